// GEMM and weight packing.
#include "kernels.h"

// GEMM: C[i, j] = beta·C[i, j] + Σ_p A(i, p)·B(p, j) (+ bias[j]) (ReLU), for i in [i0, i1), j in [j0, j1).
// A(i, p) = a[i·ai + p·ap]; B(p, j) = b[p·bk + j·bj] (so either operand may be transposed).
// A is packed per MC-row, KC-deep block and B per 8-column panel into `pack` (KC·8 + 32 + MC·KC floats,
// per thread), unless
// bj = 0: then b is already in pack_b's layout and j0 is a multiple of 8.

#define KC 256
#define MC 128

static inline void epilogue(v4* lo, v4* hi, const f32* bias, int relu) {
  if (bias) {
    *lo = wasm_f32x4_add(*lo, LD(bias));
    *hi = wasm_f32x4_add(*hi, LD(bias + 4));
  }
  if (relu) {
    v4 zero = wasm_f32x4_splat(0.0f);
    *lo = wasm_f32x4_max(*lo, zero);
    *hi = wasm_f32x4_max(*hi, zero);
  }
}

// One 4×8 tile of C over kc products, A packed as kc × 4 (the four rows are offsets 0–3 of one pointer),
// B as kc × 8; bias/relu applied when non-null / set (the caller passes them on the last k-block only).
static inline void tile4x8p(int kc, const f32* pa, const f32* pb, f32* c, int ldc, int acc, const f32* bias, int relu) {
  v4 c00, c01, c10, c11, c20, c21, c30, c31;
  if (acc) {
    c00 = LD(c); c01 = LD(c + 4);
    c10 = LD(c + ldc); c11 = LD(c + ldc + 4);
    c20 = LD(c + 2 * ldc); c21 = LD(c + 2 * ldc + 4);
    c30 = LD(c + 3 * ldc); c31 = LD(c + 3 * ldc + 4);
  } else {
    c00 = c01 = c10 = c11 = c20 = c21 = c30 = c31 = wasm_f32x4_splat(0.0f);
  }
  for (int p = 0; p < kc; p++) {
    v4 b0 = LD(pb), b1 = LD(pb + 4);
    v4 x;
    x = SPLAT(pa); c00 = MADD(x, b0, c00); c01 = MADD(x, b1, c01);
    x = SPLAT(pa + 1); c10 = MADD(x, b0, c10); c11 = MADD(x, b1, c11);
    x = SPLAT(pa + 2); c20 = MADD(x, b0, c20); c21 = MADD(x, b1, c21);
    x = SPLAT(pa + 3); c30 = MADD(x, b0, c30); c31 = MADD(x, b1, c31);
    pa += 4;
    pb += 8;
  }
  if (bias || relu) {
    epilogue(&c00, &c01, bias, relu);
    epilogue(&c10, &c11, bias, relu);
    epilogue(&c20, &c21, bias, relu);
    epilogue(&c30, &c31, bias, relu);
  }
  ST(c, c00); ST(c + 4, c01);
  ST(c + ldc, c10); ST(c + ldc + 4, c11);
  ST(c + 2 * ldc, c20); ST(c + 2 * ldc + 4, c21);
  ST(c + 3 * ldc, c30); ST(c + 3 * ldc + 4, c31);
}

// One row of 8 columns into a contiguous 8-float scratch row `t` (edges: fewer rows or columns).
static inline void row1x8(int kc, const f32* a, int ap, const f32* pb, f32* t, int acc) {
  v4 c0 = acc ? LD(t) : wasm_f32x4_splat(0.0f), c1 = acc ? LD(t + 4) : wasm_f32x4_splat(0.0f);
  for (int p = 0; p < kc; p++) {
    v4 x = SPLAT(a);
    c0 = MADD(x, LD(pb), c0);
    c1 = MADD(x, LD(pb + 4), c1);
    pb += 8;
    a += ap;
  }
  ST(t, c0);
  ST(t + 4, c1);
}

void EXPORT(gemm)(int k, const f32* a, int ai, int ap, const f32* b, int bk, int bj, f32* c, int ldc, int beta,
                  const f32* bias, int relu, f32* pack, int i0, int i1, int j0, int j1) {
  gemm_a(k, a, ai, ap, b, bk, bj, c, ldc, beta, bias, relu, pack, i0, i1, j0, j1, 0);
}

// gemm, where `a_packed` says that `pack` already holds A's rows [i0, i1) (the call before packed the same
// A, with k ≤ KC and i1 − i0 ≤ MC): GEMMs of a program that read one input then pack it once.
void gemm_a(int k, const f32* a, int ai, int ap, const f32* b, int bk, int bj, f32* c, int ldc, int beta,
            const f32* bias, int relu, f32* pack, int i0, int i1, int j0, int j1, int a_packed) {
  f32* tmp = pack + KC * 8;
  if (k > KC || i1 - i0 > MC) a_packed = 0;
  if (k == 0) {
    // No products: C = beta·C (+ bias) (ReLU).
    for (int i = i0; i < i1; i++)
      for (int j = j0; j < j1; j++) {
        f32 v = beta ? c[i * ldc + j] : 0.0f;
        if (bias) v += bias[j];
        if (relu && v < 0) v = 0;
        c[i * ldc + j] = v;
      }
    return;
  }
  f32* pa = pack + KC * 8 + 32;
  for (int p0 = 0; p0 < k; p0 += KC) {
    int kc = k - p0 < KC ? k - p0 : KC;
    int acc = beta || p0 > 0;
    int last = p0 + kc >= k;
    for (int ib = i0; ib < i1; ib += MC) {
      int ie = ib + MC < i1 ? ib + MC : i1;
      int tiles = (ie - ib) / 4;
      // A rows of this block in 4-row tiles, each kc × 4 contiguous: one sequential stream per tile.
      for (int t = a_packed ? tiles : 0; t < tiles; t++) {
        const f32* as = a + (ib + 4 * t) * ai + p0 * ap;
        f32* d = pa + t * kc * 4;
        for (int p = 0; p < kc; p++)
          for (int r = 0; r < 4; r++) d[4 * p + r] = as[r * ai + p * ap];
      }
      for (int j = j0; j < j1; j += 8) {
        int w = j1 - j < 8 ? j1 - j : 8;
        const f32* bs = b + p0 * bk + j * bj;
        const f32* pb = pack;
        if (bj == 0) {
          pb = b + (j / 8) * k * 8 + p0 * 8;  // pre-packed by pack_b
        } else if (bj == 1 && w == 8) {
          for (int p = 0; p < kc; p++) {
            ST(pack + 8 * p, LD(bs + p * bk));
            ST(pack + 8 * p + 4, LD(bs + p * bk + 4));
          }
        } else {
          for (int p = 0; p < kc; p++)
            for (int q = 0; q < 8; q++) pack[8 * p + q] = q < w ? bs[p * bk + q * bj] : 0.0f;
        }
        const f32* bb = last && bias ? bias + j : 0;
        int rl = last && relu;
        int i = ib;
        if (w == 8) {
          for (int t = 0; t < tiles; t++, i += 4) tile4x8p(kc, pa + t * kc * 4, pb, c + i * ldc + j, ldc, acc, bb, rl);
        }
        for (; i < ie; i++) {
          f32* crow = c + i * ldc + j;
          for (int q = 0; q < 8; q++) tmp[q] = acc && q < w ? crow[q] : 0.0f;
          row1x8(kc, a + i * ai + p0 * ap, ap, pb, tmp, 1);
          for (int q = 0; q < w; q++) {
            f32 v = tmp[q];
            if (bb) v += bb[q];
            if (rl && v < 0) v = 0;
            crow[q] = v;
          }
        }
      }
    }
  }
}

// B(p, j) = b[p·bk + j·bj] (k × n) into panel-major order for gemm with bj = 0: panel q holds columns
// 8q … 8q + 7 as k rows of 8 floats (zero-padded past n), at dst + q·k·8. Weights used by every step of a
// recurrence are packed once.
void EXPORT(pack_b)(int k, int n, const f32* b, int bk, int bj, f32* dst) {
  for (int j = 0; j < n; j += 8) {
    int w = n - j < 8 ? n - j : 8;
    f32* d = dst + (j / 8) * k * 8;
    for (int p = 0; p < k; p++) {
      if (bj == 1 && w == 8) {
        ST(d + 8 * p, LD(b + p * bk + j));
        ST(d + 8 * p + 4, LD(b + p * bk + j + 4));
      } else {
        for (int q = 0; q < 8; q++) d[8 * p + q] = q < w ? b[p * bk + (j + q) * bj] : 0.0f;
      }
    }
  }
}

