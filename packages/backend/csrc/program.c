// The program runner: a model's computation as a list of kernel instructions, run for `steps` steps by
// every engine thread at once. Programs are written by src/program-builder.ts; this file knows nothing of
// any model.
//
// An instruction is I_FIELDS ints: op, flags, rows, then the op's fields. A pointer field is two ints,
// a byte offset and a per-step byte stride (signed), so step s reads base + s·stride: a recurrence reads
// h_{t−1} and writes h_t at neighbouring blocks of one buffer, in either direction of time.
//
// Instructions are grouped into phases (flag F_START opens one). A phase is shared out in chunks that any
// thread claims (phases.h):
//   - by rows (default): each chunk is a block of 4-row groups, and runs every instruction of the phase on
//     its rows in order, so a phase may chain row-local steps (a GEMM by rows with small weights, an
//     activation, a cell step, a draw);
//   - by columns (F_COLS): the phase's GEMMs are independent; the 8-column panels of all of them are
//     numbered together and each chunk takes a range;
//   - by units (F_UNITS): `rows` independent units (random streams), one chunk each.
#include "kernels.h"
#include "phases.h"

enum { I_OP, I_FLAGS, I_ROWS, I_FIELDS = 32 };
enum { F_START = 1, F_COLS = 2, F_UNITS = 4 };
enum {
  OP_GEMM = 1, OP_ACT, OP_ACT_BACK, OP_LSTM, OP_LSTM_BACK, OP_GRU, OP_GRU_BACK, OP_GAUSS_DRAW, OP_GAUSS_DRAW_BACK,
  OP_COPY, OP_FILL, OP_BERN_DRAW, OP_LOSS, OP_LOSS_BACK, OP_GMM_DRAW, OP_ZERO, OP_GMM_GUMBEL, OP_PF_STEP, OP_PF_STEP_BACK,
  OP_GATHER, OP_GATHER_BACK
};
enum { ACT_LINEAR, ACT_RELU, ACT_TANH, ACT_SIGMOID, ACT_SOFTPLUS };
// Losses (OP_LOSS / OP_LOSS_BACK kind field).
enum { LOSS_GAUSS_KL, LOSS_GAUSS_NLL, LOSS_BERN_NLL, LOSS_GMM_NLL, LOSS_GAUSS_LOGRATIO };

// Program job block: J_SEGMENTS programs run one after the other (each: steps, instruction count, code
// offset, from J_SEG0), then each thread's packing buffer, then the SYNC_* words (phases.h).
enum { J_SEGMENTS, J_SEG0 = 1, J_MAX_SEGMENTS = 13, J_PACK0 = 40 };

static inline f32* ptr(const int* in, int field, int s) {
  const int base = in[field];
  return base ? (f32*)(unsigned long)(unsigned)(base + s * in[field + 1]) : 0;
}
static inline f32 fbits(int v) { return __builtin_bit_cast(f32, v); }

// ---------------------------------------------------------------------------------------------------
// Activations and their derivatives from the output y (so the pre-activation need not be kept).

static inline v4 act_v(v4 x, int kind) {
  switch (kind) {
    case ACT_RELU: return wasm_f32x4_max(x, vsplat(0.0f));
    case ACT_TANH: return tanh_v(x);
    case ACT_SIGMOID: return sigmoid_v(x);
    case ACT_SOFTPLUS: return softplus_v(x);
    default: return x;
  }
}
static inline f32 act_f(f32 x, int kind) {
  switch (kind) {
    case ACT_RELU: return x > 0 ? x : 0.0f;
    case ACT_TANH: return tanh_f(x);
    case ACT_SIGMOID: return sigmoid_f(x);
    case ACT_SOFTPLUS: return softplus_f(x);
    default: return x;
  }
}
// dy·f'(x) written as a function of y = f(x).
static inline v4 act_grad_v(v4 dy, v4 y, int kind) {
  const v4 one = vsplat(1.0f);
  switch (kind) {
    case ACT_RELU: return wasm_v128_and(dy, wasm_f32x4_gt(y, vsplat(0.0f)));
    case ACT_TANH: return wasm_f32x4_mul(dy, wasm_f32x4_sub(one, wasm_f32x4_mul(y, y)));
    case ACT_SIGMOID: return wasm_f32x4_mul(dy, wasm_f32x4_mul(y, wasm_f32x4_sub(one, y)));
    case ACT_SOFTPLUS: return wasm_f32x4_mul(dy, wasm_f32x4_sub(one, exp_v(wasm_f32x4_neg(y))));
    default: return dy;
  }
}
static inline f32 act_grad_f(f32 dy, f32 y, int kind) {
  switch (kind) {
    case ACT_RELU: return y > 0 ? dy : 0.0f;
    case ACT_TANH: return dy * (1.0f - y * y);
    case ACT_SIGMOID: return dy * y * (1.0f - y);
    case ACT_SOFTPLUS: return dy * (1.0f - exp_f(-y));
    default: return dy;
  }
}

// y = f(x) over rows × cols blocks (x and y may alias).
void EXPORT(act_block)(int rows, int cols, const f32* x, int ldx, f32* y, int ldy, int kind) {
  if (kind == ACT_LINEAR && x == y) return;
  for (int r = 0; r < rows; r++) {
    const f32* xr = x + r * ldx;
    f32* yr = y + r * ldy;
    int j = 0;
    for (; j + 4 <= cols; j += 4) ST(yr + j, act_v(LD(xr + j), kind));
    for (; j < cols; j++) yr[j] = act_f(xr[j], kind);
  }
}

// dy ·= f'(x), from y = f(x), in place.
void EXPORT(act_back_block)(int rows, int cols, f32* dy, int lddy, const f32* y, int ldy, int kind) {
  if (kind == ACT_LINEAR) return;
  for (int r = 0; r < rows; r++) {
    f32* dr = dy + r * lddy;
    const f32* yr = y + r * ldy;
    int j = 0;
    for (; j + 4 <= cols; j += 4) ST(dr + j, act_grad_v(LD(dr + j), LD(yr + j), kind));
    for (; j < cols; j++) dr[j] = act_grad_f(dr[j], yr[j], kind);
  }
}

// ---------------------------------------------------------------------------------------------------
// Cells. Masked rows keep their state: s = s_prev + m·(s_new − s_prev).

// Backward of lstm_step, accumulating: dG += ∂/∂gates, dhPrev += (1 − m)·dh, dcPrev += ∂/∂c_prev.
void EXPORT(lstm_back_acc)(int rows, int H, const f32* dh, const f32* dc, const f32* act, const f32* tc,
                           const f32* cPrev, const f32* mask, f32* dG, int lddg, f32* dhPrev, f32* dcPrev) {
  for (int r = 0; r < rows; r++) {
    const f32 m = mask ? mask[r] : 1.0f;
    const f32* ar = act + r * 4 * H;
    f32* dg = dG + r * lddg;
    for (int j = 0; j < H; j++) {
      const int o = r * H + j;
      const f32 dhv = dh[o], dcv = dc ? dc[o] : 0.0f;
      const f32 dhn = m * dhv, dcn = m * dcv;
      const f32 si = ar[j], sf = ar[H + j], tg = ar[2 * H + j], so = ar[3 * H + j];
      const f32 t = tc[o];
      const f32 dct = dcn + dhn * so * (1.0f - t * t);
      dg[j] += dct * tg * si * (1.0f - si);
      dg[H + j] += dct * cPrev[o] * sf * (1.0f - sf);
      dg[2 * H + j] += dct * si * (1.0f - tg * tg);
      dg[3 * H + j] += dhn * t * so * (1.0f - so);
      dcPrev[o] += dct * sf + (dcv - dcn);
      dhPrev[o] += dhv - dhn;
    }
  }
}

// GRU step (torch.nn.GRUCell, gates r, u, n): gx = x·W_ih + b_ih and gh = h·W_hh + b_hh (rows × 3H),
// r = σ(gx_r + gh_r), u = σ(gx_u + gh_u), n = tanh(gx_n + r·gh_n), h = n + u·(h_prev − n).
// act receives [r | u | n] (rows × 3H; may be null).
void EXPORT(gru_step)(int rows, int H, const f32* gx, int ldgx, const f32* gh, int ldgh, const f32* hPrev,
                      const f32* mask, f32* h, f32* act) {
  for (int r = 0; r < rows; r++) {
    const f32 *xr = gx + r * ldgx, *hr = gh + r * ldgh;
    const f32 m = mask ? mask[r] : 1.0f;
    int j = 0;
    for (; j + 4 <= H; j += 4) {
      v4 rg = sigmoid_v(wasm_f32x4_add(LD(xr + j), LD(hr + j)));
      v4 ug = sigmoid_v(wasm_f32x4_add(LD(xr + H + j), LD(hr + H + j)));
      v4 ng = tanh_v(wasm_f32x4_add(LD(xr + 2 * H + j), wasm_f32x4_mul(rg, LD(hr + 2 * H + j))));
      v4 hp = LD(hPrev + r * H + j);
      v4 hn = wasm_f32x4_add(ng, wasm_f32x4_mul(ug, wasm_f32x4_sub(hp, ng)));
      if (mask) hn = wasm_f32x4_add(hp, wasm_f32x4_mul(vsplat(m), wasm_f32x4_sub(hn, hp)));
      if (act) {
        f32* ar = act + r * 3 * H;
        ST(ar + j, rg);
        ST(ar + H + j, ug);
        ST(ar + 2 * H + j, ng);
      }
      ST(h + r * H + j, hn);
    }
    for (; j < H; j++) {
      f32 rg = sigmoid_f(xr[j] + hr[j]);
      f32 ug = sigmoid_f(xr[H + j] + hr[H + j]);
      f32 ng = tanh_f(xr[2 * H + j] + rg * hr[2 * H + j]);
      f32 hp = hPrev[r * H + j];
      f32 hn = ng + ug * (hp - ng);
      if (mask) hn = hp + m * (hn - hp);
      if (act) {
        f32* ar = act + r * 3 * H;
        ar[j] = rg;
        ar[H + j] = ug;
        ar[2 * H + j] = ng;
      }
      h[r * H + j] = hn;
    }
  }
}

// Backward of gru_step, accumulating into dGX, dGH (rows × 3H) and dhPrev.
void EXPORT(gru_back_acc)(int rows, int H, const f32* dh, const f32* act, const f32* gh, int ldgh, const f32* hPrev,
                          const f32* mask, f32* dGX, int lddgx, f32* dGH, int lddgh, f32* dhPrev) {
  for (int r = 0; r < rows; r++) {
    const f32 m = mask ? mask[r] : 1.0f;
    const f32* ar = act + r * 3 * H;
    f32 *dx = dGX + r * lddgx, *dhh = dGH + r * lddgh;
    for (int j = 0; j < H; j++) {
      const int o = r * H + j;
      const f32 rg = ar[j], ug = ar[H + j], ng = ar[2 * H + j], hp = hPrev[o];
      const f32 dhv = dh[o], dhn = m * dhv;
      const f32 dpn = dhn * (1.0f - ug) * (1.0f - ng * ng);
      const f32 du = dhn * (hp - ng) * ug * (1.0f - ug);
      const f32 dr = dpn * gh[r * ldgh + 2 * H + j] * rg * (1.0f - rg);
      dx[j] += dr;
      dx[H + j] += du;
      dx[2 * H + j] += dpn;
      dhh[j] += dr;
      dhh[H + j] += du;
      dhh[2 * H + j] += dpn * rg;
      dhPrev[o] += dhn * ug + (dhv - dhn);
    }
  }
}

// Backward of gauss_draw, accumulating into dq = [dμ | dρ]: dμ += dμ_out + dz, dρ += (dσ_out + dz·ε)·σ'(ρ).
static void gauss_draw_back_acc(int rows, int Z, const f32* q, int ldq, const f32* eps, const f32* dz,
                                const f32* dmu, const f32* dsigma, f32* dq, int lddq) {
  for (int r = 0; r < rows; r++)
    for (int j = 0; j < Z; j++) {
      const int o = r * Z + j;
      const f32 g = dz ? dz[o] : 0.0f;
      dq[r * lddq + j] += g + (dmu ? dmu[o] : 0.0f);
      const f32 ds = g * (eps ? eps[o] : 0.0f) + (dsigma ? dsigma[o] : 0.0f);
      dq[r * lddq + Z + j] += ds * sigmoid_f(q[r * ldq + Z + j]);
    }
}

// ---------------------------------------------------------------------------------------------------
// Losses: one value per row. OP_LOSS fields: 3 kind, 4 width, 5 K (mixture components), 6/7 a (the first
// raw rows: q, d or l), 8 lda, 9/10 b (prior raw rows, or x), 11 ldb, 12/13 z (log-ratio), 14 ldz, 15 floor,
// 16/17 mask, 18/19 out. OP_LOSS_BACK adds 20/21 upstream g, 22/23 da, 24 ldda, 25/26 db, 27 lddb, 28/29 dz,
// 30 lddz, and writes the gradients (the builder adds them where they belong).

void gauss_kl(int rows, int Z, const f32* q, int ldq, const f32* p, int ldp, f32 floor, const f32* mask, f32* out);
void gauss_kl_back(int rows, int Z, const f32* q, int ldq, const f32* p, int ldp, f32 floor, const f32* mask,
                   const f32* g, f32* dq, int lddq, f32* dp, int lddp);
void bernoulli_nll(int rows, int X, const f32* l, int ldl, const f32* x, const f32* mask, f32* out);
void bernoulli_nll_back(int rows, int X, const f32* l, int ldl, const f32* x, const f32* mask, const f32* g, f32* dl,
                        int lddl);
void gauss_nll(int rows, int X, const f32* d, int ldd, const f32* x, f32 floor, const f32* mask, f32* out);
void gauss_nll_back(int rows, int X, const f32* d, int ldd, const f32* x, f32 floor, const f32* mask, const f32* g,
                    f32* dd, int lddd);
void gmm_nll(int rows, int X, int K, const f32* d, int ldd, const f32* x, int ldx, f32 floor, const f32* mask, f32* out);
void gmm_nll_back(int rows, int X, int K, const f32* d, int ldd, const f32* x, int ldx, f32 floor, const f32* mask,
                  const f32* g, f32* dd, int lddd);
void gauss_logratio(int rows, int Z, const f32* z, int ldz, const f32* q, int ldq, const f32* p, int ldp, f32 floor,
                    const f32* mask, f32* out);
void gauss_logratio_back(int rows, int Z, const f32* z, int ldz, const f32* q, int ldq, const f32* p, int ldp,
                         f32 floor, const f32* mask, const f32* g, f32* dz, int lddz, f32* dq, int lddq, f32* dp,
                         int lddp);
void gmm_draw(int rows, int X, int K, const f32* d, int ldd, const f32* u, const f32* eps, f32 floor, int mean, f32* x,
              int ldx);

static void loss_rows(const int* in, int s, int r0, int r1) {
  const int kind = in[3], W = in[4], K = in[5], lda = in[8], ldb = in[11], ldz = in[14], n = r1 - r0;
  const f32 floor = fbits(in[15]);
  const f32 *a = ptr(in, 6, s) + r0 * lda, *b = ptr(in, 9, s) + r0 * ldb, *mask = ptr(in, 16, s);
  if (mask) mask += r0;
  f32* out = ptr(in, 18, s) + r0;
  switch (kind) {
    case LOSS_GAUSS_KL: gauss_kl(n, W, a, lda, b, ldb, floor, mask, out); break;
    case LOSS_GAUSS_NLL: gauss_nll(n, W, a, lda, b, floor, mask, out); break;
    case LOSS_BERN_NLL: bernoulli_nll(n, W, a, lda, b, mask, out); break;
    case LOSS_GMM_NLL: gmm_nll(n, W, K, a, lda, b, ldb, floor, mask, out); break;
    case LOSS_GAUSS_LOGRATIO:
      gauss_logratio(n, W, ptr(in, 12, s) + r0 * ldz, ldz, a, lda, b, ldb, floor, mask, out);
      break;
  }
}

static void loss_back_rows(const int* in, int s, int r0, int r1) {
  const int kind = in[3], W = in[4], K = in[5], lda = in[8], ldb = in[11], ldz = in[14], n = r1 - r0;
  const int ldda = in[24], lddb = in[27], lddz = in[30];
  const f32 floor = fbits(in[15]);
  const f32 *a = ptr(in, 6, s) + r0 * lda, *b = ptr(in, 9, s) + r0 * ldb, *mask = ptr(in, 16, s);
  const f32* g = ptr(in, 20, s) + r0;
  if (mask) mask += r0;
  f32 *da = ptr(in, 22, s), *db = ptr(in, 25, s), *dz = ptr(in, 28, s);
  if (da) da += r0 * ldda;
  if (db) db += r0 * lddb;
  if (dz) dz += r0 * lddz;
  switch (kind) {
    case LOSS_GAUSS_KL:
      gauss_kl_back(n, W, a, lda, b, ldb, floor, mask, g, da, ldda, db, lddb);
      break;
    case LOSS_GAUSS_NLL: gauss_nll_back(n, W, a, lda, b, floor, mask, g, da, ldda); break;
    case LOSS_BERN_NLL: bernoulli_nll_back(n, W, a, lda, b, mask, g, da, ldda); break;
    case LOSS_GMM_NLL: gmm_nll_back(n, W, K, a, lda, b, ldb, floor, mask, g, da, ldda); break;
    case LOSS_GAUSS_LOGRATIO:
      gauss_logratio_back(n, W, ptr(in, 12, s) + r0 * ldz, ldz, a, lda, b, ldb, floor, mask, g, dz, lddz, da, ldda, db,
                          lddb);
      break;
  }
}

// A draw from mixture rows [logits | μ | ρ] as DiagGaussianMixture.sample does it: the component by the
// Gumbel-max trick, argmax_k(logit_k − log(−log u_k)) (u: rows × K), then x = μ_k + σ_k·ε_k (ε: rows × K × X).
static void gmm_gumbel_rows(int n, int X, int K, const f32* d, int ldd, const f32* u, const f32* eps, f32 floor,
                            f32* x, int ldx) {
  for (int r = 0; r < n; r++) {
    const f32* dr = d + r * ldd;
    int kb = 0;
    f32 best = -__builtin_inff();
    for (int k = 0; k < K; k++) {
      const f32 v = dr[k] - log_f(-log_f(u[r * K + k]));
      if (v > best) {
        best = v;
        kb = k;
      }
    }
    const f32 *mu = dr + K + kb * X, *rho = dr + K + K * X + kb * X, *e = eps + (r * K + kb) * X;
    for (int j = 0; j < X; j++) x[r * ldx + j] = mu[j] + (softplus_f(rho[j]) + floor) * e[j];
  }
}

// dst (+)= src over rows × cols blocks (a function of its own, so the loop is not reloading instruction
// fields that the stores might alias).
static void copy_rows(int rows, int cols, const f32* src, int lds, f32* dst, int ldd, int acc) {
  for (int r = 0; r < rows; r++) {
    const f32* sr = src + r * lds;
    f32* dr = dst + r * ldd;
    if (acc)
      for (int j = 0; j < cols; j++) dr[j] += sr[j];
    else
      for (int j = 0; j < cols; j++) dr[j] = sr[j];
  }
}

// ---------------------------------------------------------------------------------------------------
// The particle filter of FIVO over R = N·B rows (particle n of sequence b in row n·B + b), one unit per
// sequence. OP_PF_STEP fields: 3 N, 4 B, 5 policy (0 never resample, 1 when ESS < N/2, 2 always), 6 the last
// step (no resampling there: its weights close the bound), 7/8 −log p(x_t | ·) and 9/10 log p(z_t)/q(z_t)
// (rows; masked rows 0), 11/12 log-weights before the step, 13/14 after it, 15/16 uniforms (B × N), 17/18 mask
// (rows; row b is sequence b's), 19/20 the source row of each row (written), 21/22 the bound's increment at
// this step (row b), 23/24 what happened (row b: 0 carried on, 1 resampled, 2 the last step), 25/26 the
// accumulated log-weights w = before + log α (rows).
// The increment is log (1/N) Σ_n exp w_n when the sequence resamples or at the last step (then its weights
// restart at 0); ancestors are drawn by inverse CDF, u_j·Σ_n e_n, as fivo.ts draws them.
static void pf_step(const int* in, int s, int b) {
  const int N = in[3], B = in[4], policy = in[5], last = in[6];
  const f32 *nll = ptr(in, 7, s), *lr = ptr(in, 9, s), *w0 = ptr(in, 11, s), *u = ptr(in, 15, s), *mask = ptr(in, 17, s);
  f32 *w1 = ptr(in, 13, s), *anc = ptr(in, 19, s), *inc = ptr(in, 21, s), *flag = ptr(in, 23, s), *w = ptr(in, 25, s);
  f32 mx = -__builtin_inff();
  for (int n = 0; n < N; n++) {
    const int r = n * B + b;
    w[r] = w0[r] + (lr[r] - nll[r]);
    if (w[r] > mx) mx = w[r];
  }
  const int finite = mx > -__builtin_inff() && mx < __builtin_inff();
  double sum = 0, sq = 0;
  for (int n = 0; n < N; n++) {
    const double e = finite ? exp_f(w[n * B + b] - mx) : 1.0;
    sum += e;
    sq += e * e;
  }
  int mode = 0;
  if (s == last) mode = 2;
  else if (N > 1 && policy && (!mask || mask[b] != 0.0f) && (policy == 2 || sum * sum / sq < 0.5 * N)) mode = 1;
  flag[b] = (f32)mode;
  inc[b] = mode ? mx + log_f((f32)sum) - log_f((f32)N) : 0.0f;
  for (int n = 0; n < N; n++) anc[n * B + b] = (f32)(n * B + b);
  if (mode != 1) {
    for (int n = 0; n < N; n++) w1[n * B + b] = w[n * B + b];
    return;
  }
  // The weights e_n, kept in the new log-weights' rows until the draws are done.
  for (int n = 0; n < N; n++) w1[n * B + b] = finite ? exp_f(w[n * B + b] - mx) : 1.0f;
  for (int j = 0; j < N; j++) {
    const double target = (double)u[b * N + j] * sum;
    int n = 0;
    for (double acc = w1[b]; acc <= target && n < N - 1;) acc += w1[++n * B + b];
    anc[j * B + b] = (f32)(n * B + b);
  }
  for (int n = 0; n < N; n++) w1[n * B + b] = 0.0f;
}

// Backward of pf_step for sequence b, accumulating: with g_n = (carried on: ∂/∂w1_n) + (increment:
// ∂/∂inc · softmax(w)_n), the log-weights before the step and log p(z)/q(z) take +g_n and the NLL −g_n.
// OP_PF_STEP_BACK fields: 3 N, 4 B, 5/6 w, 7/8 flag, 9/10 ∂inc, 11/12 ∂w1, 13/14 ∂w0, 15/16 ∂log-ratio, 17/18 ∂nll.
static void pf_step_back(const int* in, int s, int b) {
  const int N = in[3], B = in[4];
  const f32 *w = ptr(in, 5, s), *flag = ptr(in, 7, s), *dinc = ptr(in, 9, s), *dw1 = ptr(in, 11, s);
  f32 *dw0 = ptr(in, 13, s), *dlr = ptr(in, 15, s), *dnll = ptr(in, 17, s);
  const int mode = (int)flag[b];
  f32 mx = -__builtin_inff();
  double sum = 0;
  if (mode) {
    for (int n = 0; n < N; n++) if (w[n * B + b] > mx) mx = w[n * B + b];
    for (int n = 0; n < N; n++) sum += exp_f(w[n * B + b] - mx);
  }
  const f32 d = mode && dinc ? dinc[b] : 0.0f;
  for (int n = 0; n < N; n++) {
    const int r = n * B + b;
    f32 g = mode == 1 || !dw1 ? 0.0f : dw1[r];
    if (mode) g += d * (f32)(exp_f(w[r] - mx) / sum);
    if (dw0) dw0[r] += g;
    if (dlr) dlr[r] += g;
    if (dnll) dnll[r] -= g;
  }
}

// dst row r = src row anc[r] (a row index of the same step block). OP_GATHER fields: 3 cols, 4/5 src, 6 lds,
// 7/8 anc, 9/10 dst, 11 ldd.
static void gather_rows(const int* in, int s, int r0, int r1) {
  const int cols = in[3], lds = in[6], ldd = in[11];
  const f32 *src = ptr(in, 4, s), *anc = ptr(in, 7, s);
  f32* dst = ptr(in, 9, s);
  for (int r = r0; r < r1; r++) {
    const f32* sr = src + (int)anc[r] * lds;
    f32* dr = dst + r * ldd;
    for (int j = 0; j < cols; j++) dr[j] = sr[j];
  }
}

// Backward of gather_rows by source rows (so threads never add into the same row): row r of sequence
// b = r mod B collects the gradients of the rows j·B + b that copied it. OP_GATHER_BACK fields: 3 cols, 4 N, 5 B,
// 6/7 anc, 8/9 ∂dst, 10 ld∂dst, 11/12 ∂src (+=), 13 ld∂src.
static void gather_back_rows(const int* in, int s, int r0, int r1) {
  const int cols = in[3], N = in[4], B = in[5], ldd = in[10], lds = in[13];
  const f32 *anc = ptr(in, 6, s), *dd = ptr(in, 8, s);
  f32* ds = ptr(in, 11, s);
  for (int r = r0; r < r1; r++) {
    const int b = r % B;
    f32* sr = ds + r * lds;
    for (int j = 0; j < N; j++) {
      const int q = j * B + b;
      if ((int)anc[q] != r) continue;
      const f32* dr = dd + q * ldd;
      for (int c = 0; c < cols; c++) sr[c] += dr[c];
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// One instruction on rows [r0, r1) (row phases) or columns [j0, j1) (column phases: GEMM only).

// OP_GEMM fields: 3 n, 4 k, 5/6 A, 7 lda, 8/9 W (packed), 10/11 C, 12 ldc, 13 beta, 14/15 bias, 16 act; and an
// optional second term C += A2·W2 before the activation: 17 k2, 18/19 A2, 20 lda2, 21/22 W2.
// `prev`: the GEMM instruction this thread ran just before in the same chunk (or null); when it read the same
// A (pointer, depth, stride) with one term, the pack area still holds A and is not packed again. Field 23,
// when set, limits the activation to the instruction's first that-many columns (a widened GEMM whose first
// part has an activation and the rest none).
static void gemm_part(const int* in, int s, int r0, int r1, int j0, int j1, f32* pack, const int* prev) {
  const int k = in[4], lda = in[7], ldc = in[12], act = in[16], k2 = in[17], act_cols = in[23];
  const f32 *a = ptr(in, 5, s), *w = ptr(in, 8, s), *bias = ptr(in, 14, s);
  f32* c = ptr(in, 10, s);
  if (r0 >= r1 || j0 >= j1) return;
  const int reuse = prev && !prev[17] && prev[4] == k && prev[7] == lda && ptr(prev, 5, s) == a;
  if (act_cols && !k2) {
    // Columns [j0, act_cols) with the activation, [act_cols, j1) without (act_cols is a multiple of 8).
    const int m = j1 < act_cols ? j1 : act_cols;
    if (j0 < m) {
      gemm_a(k, a, lda, 1, w, 0, 0, c, ldc, in[13], bias, act == ACT_RELU, pack, r0, r1, j0, m, reuse);
      if (act > ACT_RELU) act_block(r1 - r0, m - j0, c + r0 * ldc + j0, ldc, c + r0 * ldc + j0, ldc, act);
    }
    const int lo = j0 > act_cols ? j0 : act_cols;
    if (lo < j1) gemm_a(k, a, lda, 1, w, 0, 0, c, ldc, in[13], bias, 0, pack, r0, r1, lo, j1, reuse || j0 < m);
    return;
  }
  gemm_a(k, a, lda, 1, w, 0, 0, c, ldc, in[13], bias, !k2 && act == ACT_RELU, pack, r0, r1, j0, j1, reuse);
  if (k2) gemm_a(k2, ptr(in, 18, s), in[20], 1, ptr(in, 21, s), 0, 0, c, ldc, 1, 0, act == ACT_RELU, pack, r0, r1, j0, j1, 0);
  if (act > ACT_RELU) act_block(r1 - r0, j1 - j0, c + r0 * ldc + j0, ldc, c + r0 * ldc + j0, ldc, act);
}

static void exec_rows(const int* in, int s, int r0, int r1, f32* pack) {
  const int n = r1 - r0;
  if (n <= 0) return;
  switch (in[I_OP]) {
    case OP_GEMM: gemm_part(in, s, r0, r1, 0, in[3], pack, 0); break;
    case OP_ACT: {
      const int cols = in[3], ldx = in[6], ldy = in[9];
      act_block(n, cols, ptr(in, 4, s) + r0 * ldx, ldx, ptr(in, 7, s) + r0 * ldy, ldy, in[10]);
      break;
    }
    case OP_ACT_BACK: {
      const int cols = in[3], ld = in[6], ldy = in[9];
      act_back_block(n, cols, ptr(in, 4, s) + r0 * ld, ld, ptr(in, 7, s) + r0 * ldy, ldy, in[10]);
      break;
    }
    case OP_LSTM: {
      const int H = in[3], ldg = in[6];
      const f32 *mask = ptr(in, 11, s), *act = ptr(in, 17, s), *tc = ptr(in, 19, s);
      lstm_step(n, H, ptr(in, 4, s) + r0 * ldg, ldg, ptr(in, 7, s) + r0 * H, ptr(in, 9, s) + r0 * H,
                mask ? mask + r0 : 0, ptr(in, 13, s) + r0 * H, ptr(in, 15, s) + r0 * H,
                act ? (f32*)act + r0 * 4 * H : 0, tc ? (f32*)tc + r0 * H : 0);
      break;
    }
    case OP_LSTM_BACK: {
      const int H = in[3], lddg = in[18];
      const f32 *mask = ptr(in, 14, s), *dc = ptr(in, 6, s);
      lstm_back_acc(n, H, ptr(in, 4, s) + r0 * H, dc ? dc + r0 * H : 0, ptr(in, 8, s) + r0 * 4 * H,
                    ptr(in, 10, s) + r0 * H, ptr(in, 12, s) + r0 * H, mask ? mask + r0 : 0,
                    ptr(in, 16, s) + r0 * lddg, lddg, ptr(in, 19, s) + r0 * H, ptr(in, 21, s) + r0 * H);
      break;
    }
    case OP_GRU: {
      const int H = in[3], ldgx = in[6], ldgh = in[9];
      const f32 *mask = ptr(in, 12, s), *act = ptr(in, 16, s);
      gru_step(n, H, ptr(in, 4, s) + r0 * ldgx, ldgx, ptr(in, 7, s) + r0 * ldgh, ldgh, ptr(in, 10, s) + r0 * H,
               mask ? mask + r0 : 0, ptr(in, 14, s) + r0 * H, act ? (f32*)act + r0 * 3 * H : 0);
      break;
    }
    case OP_GRU_BACK: {
      const int H = in[3], ldgh = in[10], lddgx = in[17], lddgh = in[20];
      const f32* mask = ptr(in, 13, s);
      gru_back_acc(n, H, ptr(in, 4, s) + r0 * H, ptr(in, 6, s) + r0 * 3 * H, ptr(in, 8, s) + r0 * ldgh, ldgh,
                   ptr(in, 11, s) + r0 * H, mask ? mask + r0 : 0, ptr(in, 15, s) + r0 * lddgx, lddgx,
                   ptr(in, 18, s) + r0 * lddgh, lddgh, ptr(in, 21, s) + r0 * H);
      break;
    }
    case OP_GAUSS_DRAW: {
      const int Z = in[3], ldq = in[6];
      f32* mu = ptr(in, 10, s);
      const f32* eps = ptr(in, 7, s);
      f32 *sigma = ptr(in, 12, s), *z = ptr(in, 14, s);
      gauss_draw(n, Z, ptr(in, 4, s) + r0 * ldq, ldq, eps + r0 * Z, fbits(in[9]), mu ? mu + r0 * Z : 0,
                 sigma + r0 * Z, z + r0 * Z);
      break;
    }
    case OP_GAUSS_DRAW_BACK: {
      const int Z = in[3], ldq = in[6], lddq = in[17];
      const f32 *eps = ptr(in, 7, s), *dz = ptr(in, 9, s), *dmu = ptr(in, 11, s), *dsg = ptr(in, 13, s);
      gauss_draw_back_acc(n, Z, ptr(in, 4, s) + r0 * ldq, ldq, eps ? eps + r0 * Z : 0, dz ? dz + r0 * Z : 0,
                          dmu ? dmu + r0 * Z : 0, dsg ? dsg + r0 * Z : 0, ptr(in, 15, s) + r0 * lddq, lddq);
      break;
    }
    case OP_COPY: {
      const int cols = in[3], lds = in[6], ldd = in[9];
      copy_rows(n, cols, ptr(in, 4, s) + r0 * lds, lds, ptr(in, 7, s) + r0 * ldd, ldd, in[10]);
      break;
    }
    case OP_ZERO: {
      const int cols = in[3], ld = in[6];
      f32* dst = ptr(in, 4, s) + r0 * ld;
      for (int r = 0; r < n; r++)
        for (int j = 0; j < cols; j++) dst[r * ld + j] = 0.0f;
      break;
    }
    case OP_BERN_DRAW: {
      // 3 X, 4/5 logits, 6 ldl, 7/8 u, 9/10 x, 11 ldx (= X), 12 mean (x = sigmoid(l)).
      const int X = in[3], ldl = in[6], ldx = in[11];
      const f32* l = ptr(in, 4, s) + r0 * ldl;
      f32* x = ptr(in, 9, s) + r0 * ldx;
      if (in[12]) act_block(n, X, l, ldl, x, ldx, ACT_SIGMOID);
      else bernoulli_draw(n, X, l, ldl, ptr(in, 7, s) + r0 * X, x);
      break;
    }
    case OP_GMM_DRAW: {
      // 3 X, 4 K, 5/6 d, 7 ldd, 8/9 u (one per row), 10/11 eps (rows × X), 12 floor, 13 mean, 14/15 x, 16 ldx.
      const int X = in[3], K = in[4], ldd = in[7], ldx = in[16];
      const f32 *u = ptr(in, 8, s), *eps = ptr(in, 10, s);
      gmm_draw(n, X, K, ptr(in, 5, s) + r0 * ldd, ldd, u ? u + r0 : 0, eps ? eps + r0 * X : 0, fbits(in[12]), in[13],
               ptr(in, 14, s) + r0 * ldx, ldx);
      break;
    }
    case OP_GMM_GUMBEL: {
      // 3 X, 4 K, 5/6 d, 7 ldd, 8/9 u (rows × K), 10/11 eps (rows × K × X), 12 floor, 14/15 x, 16 ldx.
      const int X = in[3], K = in[4], ldd = in[7], ldx = in[16];
      gmm_gumbel_rows(n, X, K, ptr(in, 5, s) + r0 * ldd, ldd, ptr(in, 8, s) + r0 * K, ptr(in, 10, s) + r0 * K * X,
                      fbits(in[12]), ptr(in, 14, s) + r0 * ldx, ldx);
      break;
    }
    case OP_LOSS: loss_rows(in, s, r0, r1); break;
    case OP_LOSS_BACK: loss_back_rows(in, s, r0, r1); break;
    case OP_GATHER: gather_rows(in, s, r0, r1); break;
    case OP_GATHER_BACK: gather_back_rows(in, s, r0, r1); break;
  }
}

// Units: OP_PF_STEP and OP_PF_STEP_BACK (one sequence each, above), or OP_FILL: 3 kind (0 normal, 1 uniform, 2 uniform on the open interval (2⁻²³, 1) as tfjs-backed
// distributions draw it), 4/5 states (4 doubles per stream), 6 floats per stream, 7/8 out.
static void exec_unit(const int* in, int s, int u) {
  if (in[I_OP] == OP_PF_STEP) {
    pf_step(in, s, u);
    return;
  }
  if (in[I_OP] == OP_PF_STEP_BACK) {
    pf_step_back(in, s, u);
    return;
  }
  double* states = (double*)ptr(in, 4, s) + 4 * u;
  const int n = in[6];
  f32* out = ptr(in, 7, s) + u * n;
  if (in[3] == 0) fill_normal(1, states, n, out);
  else if (in[3] == 1) fill_uniform(1, states, n, out);
  else fill_uniform_range(1, states, n, out, 1.1920929e-7, 1.0);
}

static inline int panels_of(const int* in) { return (in[3] + 7) / 8; }

void EXPORT(run_program)(int tid, int nth, int* a) {
  f32* pack = P_(a, J_PACK0 + tid);
  int base = 0;
  for (int g = 0; g < a[J_SEGMENTS]; g++) {
    const int steps = a[J_SEG0 + 3 * g], count = a[J_SEG0 + 3 * g + 1];
    const int* code = (const int*)(unsigned long)(unsigned)a[J_SEG0 + 3 * g + 2];
    for (int s = 0; s < steps; s++) {
      for (int i = 0; i < count;) {
        int e = i + 1;
        while (e < count && !(code[e * I_FIELDS + I_FLAGS] & F_START)) e++;
        const int* first = code + i * I_FIELDS;
        const int flags = first[I_FLAGS];
        if (flags & F_UNITS) {
          const int units = first[I_ROWS];
          PHASE(units, k) {
            for (int q = i; q < e; q++) exec_unit(code + q * I_FIELDS, s, k);
          }
          END_PHASE(units);
        } else if (flags & F_COLS) {
          int total = 0;
          for (int q = i; q < e; q++) total += panels_of(code + q * I_FIELDS);
          const int chunks = chunk_count(total, nth);
          PHASE(chunks, k) {
            int u0, u1;
            span(k, chunks, total, 1, &u0, &u1);
            int at = 0;
            // The phase's GEMMs that read the same input (all rows) pack it once in this chunk.
            const int* prev = 0;
            for (int q = i; q < e && at < u1; q++) {
              const int* in = code + q * I_FIELDS;
              const int p = panels_of(in);
              int lo = u0 > at ? u0 - at : 0, hi = u1 - at < p ? u1 - at : p;
              if (lo < hi) {
                int j1 = hi * 8;
                if (j1 > in[3]) j1 = in[3];
                gemm_part(in, s, 0, in[I_ROWS], lo * 8, j1, pack, prev);
                prev = in;
              }
              at += p;
            }
          }
          END_PHASE(chunks);
        } else {
          const int rows = first[I_ROWS];
          const int chunks = row_chunks(rows, nth);
          PHASE(chunks, k) {
            int r0, r1;
            span(k, chunks, rows, 4, &r0, &r1);
            for (int q = i; q < e; q++) exec_rows(code + q * I_FIELDS, s, r0, r1, pack);
          }
          END_PHASE(chunks);
        }
        i = e;
      }
    }
  }
}
