// Mixture of K diagonal Gaussians over X dimensions (the GMM output head). Each row of d is
// [logits (K) | μ (K·X) | ρ (K·X)]: component k has mean μ[k·X … k·X + X), scale σ = softplus(ρ) + floor and
// weight π_k = softmax(logits)_k.
#include "kernels.h"

// Σ_j log N(x_j; μ_j, σ_j).
static inline f32 diag_gauss_logpdf(int X, const f32* mu, const f32* rho, const f32* x, f32 floor) {
  const f32 half_log_2pi = 0.918938533204672742f;
  v4 acc = vsplat(0.0f);
  int j = 0;
  for (; j + 4 <= X; j += 4) {
    v4 sd = wasm_f32x4_add(softplus_v(LD(rho + j)), vsplat(floor));
    v4 u = wasm_f32x4_div(wasm_f32x4_sub(LD(x + j), LD(mu + j)), sd);
    acc = wasm_f32x4_add(acc, wasm_f32x4_add(wasm_f32x4_mul(vsplat(0.5f), wasm_f32x4_mul(u, u)), log_pos_v(sd)));
  }
  f32 s = hsum(acc);
  for (; j < X; j++) {
    f32 sd = softplus_f(rho[j]) + floor;
    f32 u = (x[j] - mu[j]) / sd;
    s += 0.5f * u * u + log_f(sd);
  }
  return -s - (f32)X * half_log_2pi;
}

static inline f32 max_of(int n, const f32* v) {
  f32 m = v[0];
  for (int k = 1; k < n; k++) m = v[k] > m ? v[k] : m;
  return m;
}

// Σ_k e^(v_k − m).
static inline f32 sum_exp_minus(int n, const f32* v, f32 m) {
  f32 s = 0;
  for (int k = 0; k < n; k++) s += exp_f(v[k] - m);
  return s;
}

// out[r] = −m_r · log Σ_k π_k N(x; μ_k, σ_k) = −m_r · (LSE_k(l_k + log N_k) − LSE_k l_k), where the first
// log-sum-exp runs online over k: (a_max, s) holds a_max + log s.
void EXPORT(gmm_nll)(int rows, int X, int K, const f32* d, int ldd, const f32* x, int ldx, f32 floor,
                     const f32* mask, f32* out) {
  for (int r = 0; r < rows; r++) {
    const f32 *lg = d + r * ldd, *mu = lg + K, *rho = mu + K * X, *xr = x + r * ldx;
    f32 lmax = max_of(K, lg);
    f32 lse_l = lmax + log_f(sum_exp_minus(K, lg, lmax));
    f32 amax = 0, s = 0;
    for (int k = 0; k < K; k++) {
      f32 a = lg[k] + diag_gauss_logpdf(X, mu + k * X, rho + k * X, xr, floor);
      if (k == 0) {
        amax = a;
        s = 1.0f;
      } else if (a > amax) {
        s = s * exp_f(amax - a) + 1.0f;
        amax = a;
      } else {
        s += exp_f(a - amax);
      }
    }
    f32 nll = lse_l - (amax + log_f(s));
    out[r] = mask ? nll * mask[r] : nll;
  }
}

// Backward of gmm_nll for upstream g[r] into dd = [dlogits | dμ | dρ] (ld lddd), with the responsibilities
// w_k = π_k N_k / Σ_i π_i N_i: dl_k = g·m·(π_k − w_k), dμ_kj = −g·m·w_k·(x − μ)/σ²,
// dρ_kj = −g·m·w_k·((x − μ)²/σ³ − 1/σ)·sigmoid(ρ).
// The first pass keeps l_k + log N_k in dd's logit slots and ∂log N_k/∂(μ, ρ) in its μ and ρ slots, so dd
// must not overlap d or x.
void EXPORT(gmm_nll_back)(int rows, int X, int K, const f32* d, int ldd, const f32* x, int ldx, f32 floor,
                          const f32* mask, const f32* g, f32* dd, int lddd) {
  const f32 half_log_2pi = 0.918938533204672742f;
  for (int r = 0; r < rows; r++) {
    f32 gr = mask ? g[r] * mask[r] : g[r];
    const f32 *lg = d + r * ldd, *mu = lg + K, *rho = mu + K * X, *xr = x + r * ldx;
    f32 *dl = dd + r * lddd, *dmu = dl + K, *drho = dmu + K * X;
    f32 lmax = max_of(K, lg);
    f32 lse_l = lmax + log_f(sum_exp_minus(K, lg, lmax));
    for (int k = 0; k < K; k++) {
      const f32 *mk = mu + k * X, *rk = rho + k * X;
      f32 *dmk = dmu + k * X, *drk = drho + k * X;
      v4 acc = vsplat(0.0f);
      int j = 0;
      for (; j + 4 <= X; j += 4) {
        v4 rv = LD(rk + j);
        v4 sd = wasm_f32x4_add(softplus_v(rv), vsplat(floor));
        v4 is = wasm_f32x4_div(vsplat(1.0f), sd);
        v4 u = wasm_f32x4_mul(wasm_f32x4_sub(LD(xr + j), LD(mk + j)), is);
        v4 u2 = wasm_f32x4_mul(u, u);
        acc = wasm_f32x4_add(acc, wasm_f32x4_add(wasm_f32x4_mul(vsplat(0.5f), u2), log_pos_v(sd)));
        ST(dmk + j, wasm_f32x4_mul(u, is));
        ST(drk + j, wasm_f32x4_mul(wasm_f32x4_mul(wasm_f32x4_sub(u2, vsplat(1.0f)), is), sigmoid_v(rv)));
      }
      f32 s = hsum(acc);
      for (; j < X; j++) {
        f32 sd = softplus_f(rk[j]) + floor, is = 1.0f / sd;
        f32 u = (xr[j] - mk[j]) * is;
        s += 0.5f * u * u + log_f(sd);
        dmk[j] = u * is;
        drk[j] = (u * u - 1.0f) * is * sigmoid_f(rk[j]);
      }
      dl[k] = lg[k] - s - (f32)X * half_log_2pi;
    }
    f32 amax = max_of(K, dl);
    f32 lse_a = amax + log_f(sum_exp_minus(K, dl, amax));
    for (int k = 0; k < K; k++) {
      f32 w = exp_f(dl[k] - lse_a);
      dl[k] = gr * (exp_f(lg[k] - lse_l) - w);
      v4 c = vsplat(-gr * w);
      f32 *dmk = dmu + k * X, *drk = drho + k * X;
      int j = 0;
      for (; j + 4 <= X; j += 4) {
        ST(dmk + j, wasm_f32x4_mul(c, LD(dmk + j)));
        ST(drk + j, wasm_f32x4_mul(c, LD(drk + j)));
      }
      for (; j < X; j++) {
        dmk[j] *= -gr * w;
        drk[j] *= -gr * w;
      }
    }
  }
}

// Draws x (rows × X, ld ldx) from the mixture: component k is the first with u[r] < Σ_{i≤k} π_i (the last when
// rounding leaves none), then x_j = μ_kj + σ_kj·eps[r·X + j]. With mean ≠ 0 writes the mixture mean Σ_k π_k μ_k
// instead (u and eps unused).
void EXPORT(gmm_draw)(int rows, int X, int K, const f32* d, int ldd, const f32* u, const f32* eps, f32 floor, int mean,
                      f32* x, int ldx) {
  for (int r = 0; r < rows; r++) {
    const f32 *lg = d + r * ldd, *mu = lg + K, *rho = mu + K * X;
    f32* xr = x + r * ldx;
    f32 lmax = max_of(K, lg);
    f32 total = sum_exp_minus(K, lg, lmax);
    if (mean) {
      for (int k = 0; k < K; k++) {
        f32 w = exp_f(lg[k] - lmax) / total;
        const f32* mk = mu + k * X;
        v4 wv = vsplat(w);
        int j = 0;
        if (k == 0) {
          for (; j + 4 <= X; j += 4) ST(xr + j, wasm_f32x4_mul(wv, LD(mk + j)));
          for (; j < X; j++) xr[j] = w * mk[j];
        } else {
          for (; j + 4 <= X; j += 4) ST(xr + j, wasm_f32x4_add(LD(xr + j), wasm_f32x4_mul(wv, LD(mk + j))));
          for (; j < X; j++) xr[j] += w * mk[j];
        }
      }
      continue;
    }
    // u < Σ_{i≤k} π_i compared unnormalised: u·Σ_i e^(l_i − l_max) < Σ_{i≤k} e^(l_i − l_max).
    f32 target = u[r] * total, cum = 0;
    int k = K - 1;
    for (int i = 0; i < K; i++) {
      cum += exp_f(lg[i] - lmax);
      if (target < cum) {
        k = i;
        break;
      }
    }
    const f32 *mk = mu + k * X, *rk = rho + k * X, *er = eps + r * X;
    int j = 0;
    for (; j + 4 <= X; j += 4) {
      v4 sd = wasm_f32x4_add(softplus_v(LD(rk + j)), vsplat(floor));
      ST(xr + j, wasm_f32x4_add(LD(mk + j), wasm_f32x4_mul(sd, LD(er + j))));
    }
    for (; j < X; j++) xr[j] = mk[j] + (softplus_f(rk[j]) + floor) * er[j];
  }
}
