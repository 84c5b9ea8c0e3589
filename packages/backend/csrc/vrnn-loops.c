// The VRNN's fixed-shape loops (to be replaced by program.c).
#include "phases.h"
#include "kernels.h"

// Rows [r0, r1) of C (=|+=) A·B(pre-packed) (+ bias) (ReLU), all n columns: for GEMMs whose weights are
// small enough for every thread to read whole, so a row-local step can follow in the same chunk.
static inline void gemm_rows(int r0, int r1, int n, int k, const f32* a, int lda, const f32* pb, f32* c, int ldc,
                             int beta, const f32* bias, int relu, f32* pack) {
  if (r0 < r1) gemm(k, a, lda, 1, pb, 0, 0, c, ldc, beta, bias, relu, pack, r0, r1, 0, n);
}

// Columns [j0, j1) of C (=|+=) A·B(pre-packed) (+ bias) (ReLU), all m rows.
static inline void gemm_cols(int j0, int j1, int m, int k, const f32* a, int lda, const f32* pb, f32* c, int ldc,
                             int beta, const f32* bias, int relu, f32* pack) {
  if (j0 < j1) gemm(k, a, lda, 1, pb, 0, 0, c, ldc, beta, bias, relu, pack, 0, m, j0, j1);
}

// ReLU of columns [j0, j1) ∩ [0, hi) for rows × … at c (ld ldc).
static inline void relu_cols(int j0, int j1, int hi, int rows, f32* c, int ldc) {
  if (j1 > hi) j1 = hi;
  if (j0 < j1) relu_block(rows, j1 - j0, c + j0, ldc);
}

// ---------------------------------------------------------------------------------------------------
// The VRNN's ancestral-sampling loop, run by every thread at once: the threads share out the column panels
// of every GEMM and the rows of every pointwise step, phase by phase (see PHASE below). The job is an
// int block (fields below; pointers as byte offsets, floors as float bits) written by engine-sample.ts.

enum {
  S_T, S_B, S_H, S_NH, S_P, S_D, S_G, S_Z, S_MZ, S_X, S_MX, S_QX, S_GAUSS, S_MEAN, S_FLOORZ, S_FLOORX,
  S_PWH, S_BALL, S_PFZ, S_PPH, S_BPH, S_PZ, S_BZ, S_PDH, S_BDH, S_PX, S_BX, S_PIH,
  S_EPSZ, S_NOISEX, S_HP, S_QZ, S_SIG, S_ZB, S_FZ, S_FX, S_QXB, S_HB, S_CB, S_OUT, S_PACK0,
  S_STATES = 72, S_STREAMS = 73
};


void EXPORT(sample_loop)(int tid, int nth, int* a) {
  const int T = a[S_T], B = a[S_B], H = a[S_H], NH = a[S_NH], P = a[S_P], D = a[S_D], G = a[S_G], Z = a[S_Z];
  const int Mz = a[S_MZ], X = a[S_X], Mx = a[S_MX], QX = a[S_QX], gaussian = a[S_GAUSS], mean = a[S_MEAN];
  const f32 floorZ = __builtin_bit_cast(f32, a[S_FLOORZ]), floorX = __builtin_bit_cast(f32, a[S_FLOORX]);
  f32 *hp = P_(a, S_HP), *qz = P_(a, S_QZ), *sig = P_(a, S_SIG), *z = P_(a, S_ZB), *fz = P_(a, S_FZ);
  f32 *fx = P_(a, S_FX), *qx = P_(a, S_QXB), *h = P_(a, S_HB), *c = P_(a, S_CB), *out = P_(a, S_OUT);
  f32* pack = P_(a, S_PACK0 + tid);
  const int rc = row_chunks(B, nth), c1 = col_chunks(NH, nth), c2 = col_chunks(D + G, nth), c3 = col_chunks(G, nth);
  int base = 0;
  // The noise first, its streams (one per step when seeded) shared out between the threads.
  const int streams = a[S_STREAMS];
  double* states = (double*)P_(a, S_STATES);
  const int nz = T * B * Z / streams, nx = T * B * X / streams;
  PHASE(streams, s) {
    fill_normal(1, states + 4 * s, nz, P_(a, S_EPSZ) + s * nz);
    if (gaussian && !mean) fill_normal(1, states + 4 * (streams + s), nx, P_(a, S_NOISEX) + s * nx);
    if (!gaussian && !mean) fill_uniform(1, states + 4 * (streams + s), nx, P_(a, S_NOISEX) + s * nx);
  }
  END_PHASE(streams);
  for (int t = 0; t < T; t++) {
    f32* xt = out + t * B * X;
    // [a_p | a_d | a_g] = h·[W_p1 | W_d1,h | W_hh] + b; the prior part ReLU'd.
    PHASE(c1, k) {
      int j0, j1;
      span(k, c1, NH, 8, &j0, &j1);
      gemm_cols(j0, j1, B, H, h, H, P_(a, S_PWH), hp, NH, 0, P_(a, S_BALL), 0, pack);
      relu_cols(j0, j1, P, B, hp, NH);
    }
    END_PHASE(c1);
    // Prior head, z draw and φz: small weights, so a chunk takes its rows of all three at once.
    PHASE(rc, k) {
      int r0, r1;
      span(k, rc, B, 4, &r0, &r1);
      gemm_rows(r0, r1, 2 * Z, P, hp, NH, P_(a, S_PPH), qz, 2 * Z, 0, P_(a, S_BPH), 0, pack);
      gauss_draw(r1 - r0, Z, qz + r0 * 2 * Z, 2 * Z, P_(a, S_EPSZ) + (t * B + r0) * Z, floorZ, 0, sig + r0 * Z,
                 z + r0 * Z);
      gemm_rows(r0, r1, Mz, Z, z, Z, P_(a, S_PZ), fz, Mz, 0, P_(a, S_BZ), 1, pack);
    }
    END_PHASE(rc);
    // [a_d | a_g] += φz·[W_d1,z | W_ih,z]; the decoder part ReLU'd.
    PHASE(c2, k) {
      int j0, j1;
      span(k, c2, D + G, 8, &j0, &j1);
      gemm_cols(j0, j1, B, Mz, fz, Mz, P_(a, S_PFZ), hp + P, NH, 1, 0, 0, pack);
      relu_cols(j0, j1, D, B, hp + P, NH);
    }
    END_PHASE(c2);
    // Decoder head, x draw and φx: by rows again.
    f32* head = gaussian && mean ? xt : qx;
    PHASE(rc, k) {
      int r0, r1;
      span(k, rc, B, 4, &r0, &r1);
      gemm_rows(r0, r1, QX, D, hp + P, NH, P_(a, S_PDH), head, QX, 0, P_(a, S_BDH), 0, pack);
      if (!(gaussian && mean)) {
        int n = r1 - r0;
        if (gaussian)
          gauss_draw(n, X, qx + r0 * 2 * X, 2 * X, P_(a, S_NOISEX) + (t * B + r0) * X, floorX, 0, sig + r0 * X,
                     xt + r0 * X);
        else if (!mean)
          bernoulli_draw(n, X, qx + r0 * X, X, P_(a, S_NOISEX) + (t * B + r0) * X, xt + r0 * X);
        else
          for (int i = r0 * X; i < r1 * X; i++) xt[i] = sigmoid_f(qx[i]);
      }
      gemm_rows(r0, r1, Mx, X, xt, X, P_(a, S_PX), fx, Mx, 0, P_(a, S_BX), 1, pack);
    }
    END_PHASE(rc);
    PHASE(c3, k) {
      int j0, j1;
      span(k, c3, G, 8, &j0, &j1);
      gemm_cols(j0, j1, B, Mx, fx, Mx, P_(a, S_PIH), hp + P + D, NH, 1, 0, 0, pack);
    }
    END_PHASE(c3);
    PHASE(rc, k) {
      int r0, r1;
      span(k, rc, B, 4, &r0, &r1);
      if (r0 < r1)
        lstm_step(r1 - r0, H, hp + P + D + r0 * NH, NH, h + r0 * H, c + r0 * H, 0, h + r0 * H, c + r0 * H, 0, 0);
    }
    END_PHASE(rc);
  }
}

// ---------------------------------------------------------------------------------------------------
// The VRNN's training time loop (forward, and its hand-written backward), run by every thread at once like
// sample_loop: see runLoop / runLoopBackward in @probseq/vrnn's engine-recurrence.ts for the equations.
// Job block fields below (pointers as byte offsets; weights pre-packed by pack_b, the backward's transposed).

enum {
  L_T, L_B, L_E, L_H, L_Z, L_M, L_FLOOR, L_P, L_HS, L_CS, L_Q, L_QM, L_QS, L_ZT, L_FZ, L_ACT, L_TC, L_EPS, L_MASK,
  L_WH, L_W2, L_B2, L_WZ, L_BZ, L_WIZ, L_WHT, L_W2T, L_WZT, L_WIZT,
  L_DP, L_DPZ, L_DZ, L_DQ, L_DH, L_DC, L_DHOUT, L_DQM, L_DQS, L_DFZ, L_PACK0 = 40
};

void EXPORT(loop_forward)(int tid, int nth, int* a) {
  const int T = a[L_T], B = a[L_B], E = a[L_E], H = a[L_H], Z = a[L_Z], M = a[L_M];
  const int G = 4 * H, L = E + G;
  const f32 floor = __builtin_bit_cast(f32, a[L_FLOOR]);
  f32 *P = P_(a, L_P), *HS = P_(a, L_HS), *CS = P_(a, L_CS), *Q = P_(a, L_Q), *QM = P_(a, L_QM), *QS = P_(a, L_QS);
  f32 *ZT = P_(a, L_ZT), *FZ = P_(a, L_FZ), *ACT = P_(a, L_ACT), *TC = P_(a, L_TC), *eps = P_(a, L_EPS);
  f32* mask = P_(a, L_MASK);
  f32* pack = P_(a, L_PACK0 + tid);
  const int rc = row_chunks(B, nth), c1 = col_chunks(L, nth), c2 = col_chunks(G, nth);
  int base = 0;
  for (int t = 0; t < T; t++) {
    f32 *p = P + t * B * L, *h = HS + t * B * H, *c = CS + t * B * H, *q = Q + t * B * 2 * Z;
    const int zo = t * B * Z;
    PHASE(c1, k) {
      int j0, j1;
      span(k, c1, L, 8, &j0, &j1);
      gemm_cols(j0, j1, B, H, h, H, P_(a, L_WH), p, L, 1, 0, 0, pack);
      relu_cols(j0, j1, E, B, p, L);
    }
    END_PHASE(c1);
    // Encoder head, z draw and φz: small weights, so a chunk takes its rows of all three at once.
    PHASE(rc, k) {
      int r0, r1;
      span(k, rc, B, 4, &r0, &r1);
      gemm_rows(r0, r1, 2 * Z, E, p, L, P_(a, L_W2), q, 2 * Z, 0, P_(a, L_B2), 0, pack);
      gauss_draw(r1 - r0, Z, q + r0 * 2 * Z, 2 * Z, eps + zo + r0 * Z, floor, QM + zo + r0 * Z, QS + zo + r0 * Z,
                 ZT + zo + r0 * Z);
      gemm_rows(r0, r1, M, Z, ZT + zo, Z, P_(a, L_WZ), FZ + t * B * M, M, 0, P_(a, L_BZ), 1, pack);
    }
    END_PHASE(rc);
    PHASE(c2, k) {
      int j0, j1;
      span(k, c2, G, 8, &j0, &j1);
      gemm_cols(j0, j1, B, M, FZ + t * B * M, M, P_(a, L_WIZ), p + E, L, 1, 0, 0, pack);
    }
    END_PHASE(c2);
    PHASE(rc, k) {
      int r0, r1;
      span(k, rc, B, 4, &r0, &r1);
      if (r0 < r1)
        lstm_step_rows(r0, r1, H, p + E, L, h, c, mask ? mask + t * B : 0, h + B * H, c + B * H,
                       ACT ? ACT + t * B * G : 0, TC ? TC + t * B * H : 0);
    }
    END_PHASE(rc);
  }
}

void EXPORT(loop_backward)(int tid, int nth, int* a) {
  const int T = a[L_T], B = a[L_B], E = a[L_E], H = a[L_H], Z = a[L_Z], M = a[L_M];
  const int G = 4 * H, L = E + G;
  f32 *P = P_(a, L_P), *CS = P_(a, L_CS), *Q = P_(a, L_Q), *FZ = P_(a, L_FZ), *ACT = P_(a, L_ACT), *TC = P_(a, L_TC);
  f32 *eps = P_(a, L_EPS), *mask = P_(a, L_MASK), *dP = P_(a, L_DP), *DPZ = P_(a, L_DPZ), *DZ = P_(a, L_DZ);
  f32 *DQ = P_(a, L_DQ), *dh = P_(a, L_DH), *dc = P_(a, L_DC), *dHout = P_(a, L_DHOUT), *dQM = P_(a, L_DQM);
  f32 *dQS = P_(a, L_DQS), *dFZ = P_(a, L_DFZ);
  f32* pack = P_(a, L_PACK0 + tid);
  const int rc = row_chunks(B, nth), c1 = col_chunks(M, nth), c2 = col_chunks(H, nth);
  int base = 0;
  for (int t = T - 1; t >= 0; t--) {
    f32 *p = dP + t * B * L, *dpz = DPZ + t * B * M, *dq = DQ + t * B * 2 * Z;
    const int ho = t * B * H, zo = t * B * Z, mo = t * B * M;
    PHASE(rc, k) {
      int r0, r1;
      span(k, rc, B, 4, &r0, &r1);
      if (r0 < r1)
        lstm_step_back_rows(r0, r1, H, dh, dc, ACT + t * B * G, TC + ho, CS + ho, mask ? mask + t * B : 0, p + E, L);
    }
    END_PHASE(rc);
    PHASE(c1, k) {
      int j0, j1;
      span(k, c1, M, 8, &j0, &j1);
      for (int r = 0; r < B; r++)
        for (int j = j0; j < j1; j++) dpz[r * M + j] = dFZ ? dFZ[mo + r * M + j] : 0.0f;
      gemm_cols(j0, j1, B, G, p + E, L, P_(a, L_WIZT), dpz, M, 1, 0, 0, pack);
      if (j0 < j1) relu_back(B, j1 - j0, dpz + j0, M, FZ + mo + j0, M);
    }
    END_PHASE(c1);
    // dz, the posterior's backward and the encoder layer's: small weights, by rows.
    PHASE(rc, k) {
      int r0, r1;
      span(k, rc, B, 4, &r0, &r1);
      gemm_rows(r0, r1, Z, M, dpz, M, P_(a, L_WZT), DZ + zo, Z, 0, 0, 0, pack);
      if (r0 < r1) {
        gauss_draw_back(r1 - r0, Z, Q + t * B * 2 * Z + r0 * 2 * Z, 2 * Z, eps + zo + r0 * Z, DZ + zo + r0 * Z,
                        dQM ? dQM + zo + r0 * Z : 0, dQS ? dQS + zo + r0 * Z : 0, dq + r0 * 2 * Z, 2 * Z);
        gemm_rows(r0, r1, E, 2 * Z, dq, 2 * Z, P_(a, L_W2T), p, L, 0, 0, 0, pack);
        relu_back(r1 - r0, E, p + r0 * L, L, P + t * B * L + r0 * L, L);
      }
    }
    END_PHASE(rc);
    // dh holds the mask's keep term; add the recurrent matmul's part and the gradient of output h_{t−1}.
    PHASE(c2, k) {
      int j0, j1;
      span(k, c2, H, 8, &j0, &j1);
      gemm_cols(j0, j1, B, L, p, L, P_(a, L_WHT), dh, H, 1, 0, 0, pack);
      if (dHout)
        for (int r = 0; r < B; r++)
          for (int j = j0; j < j1; j++) dh[r * H + j] += dHout[ho + r * H + j];
    }
    END_PHASE(c2);
  }
}
