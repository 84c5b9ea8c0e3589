// Per-row losses. Gaussians come as raw rows [μ | ρ] with σ = softplus(ρ) + floor.
#include "kernels.h"

// out[r] = m_r · Σ_j KL(N(μq, σq) ‖ N(μp, σp)) with d = log σq − log σp:
// KL = ½·expm1(2d) − d + ½((μq − μp)/σp)².
void EXPORT(gauss_kl)(int rows, int Z, const f32* q, int ldq, const f32* p, int ldp, f32 floor, const f32* mask,
                      f32* out) {
  for (int r = 0; r < rows; r++) {
    const f32 *qr = q + r * ldq, *pr = p + r * ldp;
    v4 acc = vsplat(0.0f);
    int j = 0;
    for (; j + 4 <= Z; j += 4) {
      v4 sq = wasm_f32x4_add(softplus_v(LD(qr + Z + j)), vsplat(floor));
      v4 sp = wasm_f32x4_add(softplus_v(LD(pr + Z + j)), vsplat(floor));
      v4 d = wasm_f32x4_sub(log_pos_v(sq), log_pos_v(sp));
      v4 u = wasm_f32x4_div(wasm_f32x4_sub(LD(qr + j), LD(pr + j)), sp);
      v4 kl = wasm_f32x4_sub(wasm_f32x4_mul(vsplat(0.5f), expm1_v(wasm_f32x4_add(d, d))), d);
      acc = wasm_f32x4_add(acc, wasm_f32x4_add(kl, wasm_f32x4_mul(vsplat(0.5f), wasm_f32x4_mul(u, u))));
    }
    f32 s = hsum(acc);
    for (; j < Z; j++) {
      f32 sq = softplus_f(qr[Z + j]) + floor, sp = softplus_f(pr[Z + j]) + floor;
      f32 d = log_f(sq) - log_f(sp);
      f32 u = (qr[j] - pr[j]) / sp;
      s += 0.5f * expm1_f(2.0f * d) - d + 0.5f * u * u;
    }
    out[r] = mask ? s * mask[r] : s;
  }
}

// Backward of gauss_kl for upstream g[r]: dq and dp (rows × 2Z, ld lddq / lddp), the gradients with
// respect to the raw rows [μq | ρq] and [μp | ρp] (σ = softplus(ρ) + floor, so d/dρ = d/dσ·sigmoid(ρ)).
void EXPORT(gauss_kl_back)(int rows, int Z, const f32* q, int ldq, const f32* p, int ldp, f32 floor, const f32* mask,
                           const f32* g, f32* dq, int lddq, f32* dp, int lddp) {
  for (int r = 0; r < rows; r++) {
    f32 gr = mask ? g[r] * mask[r] : g[r];
    const f32 *qr = q + r * ldq, *pr = p + r * ldp;
    int j = 0;
    v4 gv = vsplat(gr);
    for (; j + 4 <= Z; j += 4) {
      v4 rp = LD(pr + Z + j);
      v4 sq = wasm_f32x4_add(softplus_v(LD(qr + Z + j)), vsplat(floor));
      v4 sp = wasm_f32x4_add(softplus_v(rp), vsplat(floor));
      v4 dmu = wasm_f32x4_sub(LD(qr + j), LD(pr + j));
      v4 d = wasm_f32x4_sub(log_pos_v(sq), log_pos_v(sp));
      v4 e = expm1_v(wasm_f32x4_add(d, d));
      v4 ip2 = wasm_f32x4_div(vsplat(1.0f), wasm_f32x4_mul(sp, sp));
      v4 gm = wasm_f32x4_mul(gv, wasm_f32x4_mul(dmu, ip2));
      ST(dq + r * lddq + j, gm);
      ST(dq + r * lddq + Z + j, wasm_f32x4_mul(wasm_f32x4_mul(gv, wasm_f32x4_div(e, sq)), sigmoid_v(LD(qr + Z + j))));
      ST(dp + r * lddp + j, wasm_f32x4_neg(gm));
      v4 dsp = wasm_f32x4_neg(wasm_f32x4_add(wasm_f32x4_div(e, sp), wasm_f32x4_div(wasm_f32x4_mul(wasm_f32x4_mul(dmu, dmu), ip2), sp)));
      ST(dp + r * lddp + Z + j, wasm_f32x4_mul(wasm_f32x4_mul(gv, dsp), sigmoid_v(rp)));
    }
    for (; j < Z; j++) {
      f32 rp = pr[Z + j];
      f32 sq = softplus_f(qr[Z + j]) + floor, sp = softplus_f(rp) + floor;
      f32 dmu = qr[j] - pr[j];
      f32 e = expm1_f(2.0f * (log_f(sq) - log_f(sp)));  // σq²/σp² − 1
      f32 ip2 = 1.0f / (sp * sp);
      dq[r * lddq + j] = gr * dmu * ip2;
      dq[r * lddq + Z + j] = gr * e / sq / (1.0f + exp_f(-qr[Z + j]));
      dp[r * lddp + j] = -gr * dmu * ip2;
      f32 dsp = -(e / sp) - dmu * dmu * ip2 / sp;
      dp[r * lddp + Z + j] = gr * dsp / (1.0f + exp_f(-rp));
    }
  }
}

// Bernoulli negative log-likelihood from logits: out[r] = m_r · Σ_j softplus(l) − x·l.
void EXPORT(bernoulli_nll)(int rows, int X, const f32* l, int ldl, const f32* x, const f32* mask, f32* out) {
  for (int r = 0; r < rows; r++) {
    f32 s = 0;
    int j = 0;
    v4 acc = vsplat(0.0f);
    for (; j + 4 <= X; j += 4) {
      v4 lv = LD(l + r * ldl + j);
      acc = wasm_f32x4_add(acc, wasm_f32x4_sub(softplus_v(lv), wasm_f32x4_mul(LD(x + r * X + j), lv)));
    }
    s = wasm_f32x4_extract_lane(acc, 0) + wasm_f32x4_extract_lane(acc, 1) + wasm_f32x4_extract_lane(acc, 2) +
        wasm_f32x4_extract_lane(acc, 3);
    for (; j < X; j++) s += softplus_f(l[r * ldl + j]) - x[r * X + j] * l[r * ldl + j];
    out[r] = mask ? s * mask[r] : s;
  }
}

// d/dl = (sigmoid(l) − x)·g·m into dl (ld lddl).
void EXPORT(bernoulli_nll_back)(int rows, int X, const f32* l, int ldl, const f32* x, const f32* mask, const f32* g,
                                f32* dl, int lddl) {
  for (int r = 0; r < rows; r++) {
    f32 gr = mask ? g[r] * mask[r] : g[r];
    int j = 0;
    for (; j + 4 <= X; j += 4) {
      v4 d = wasm_f32x4_sub(sigmoid_v(LD(l + r * ldl + j)), LD(x + r * X + j));
      ST(dl + r * lddl + j, wasm_f32x4_mul(d, vsplat(gr)));
    }
    for (; j < X; j++) dl[r * lddl + j] = (sigmoid_f(l[r * ldl + j]) - x[r * X + j]) * gr;
  }
}

// Gaussian negative log-likelihood from d = [μ | ρ] rows: out[r] = m_r · Σ_j ½((x − μ)/σ)² + log σ + ½ log 2π.
void EXPORT(gauss_nll)(int rows, int X, const f32* d, int ldd, const f32* x, f32 floor, const f32* mask, f32* out) {
  const f32 half_log_2pi = 0.918938533204672742f;
  for (int r = 0; r < rows; r++) {
    const f32 *dr = d + r * ldd, *xr = x + r * X;
    v4 acc = vsplat(0.0f);
    int j = 0;
    for (; j + 4 <= X; j += 4) {
      v4 sd = wasm_f32x4_add(softplus_v(LD(dr + X + j)), vsplat(floor));
      v4 u = wasm_f32x4_div(wasm_f32x4_sub(LD(xr + j), LD(dr + j)), sd);
      v4 t = wasm_f32x4_add(wasm_f32x4_mul(vsplat(0.5f), wasm_f32x4_mul(u, u)), log_pos_v(sd));
      acc = wasm_f32x4_add(acc, wasm_f32x4_add(t, vsplat(half_log_2pi)));
    }
    f32 s = hsum(acc);
    for (; j < X; j++) {
      f32 sd = softplus_f(dr[X + j]) + floor;
      f32 u = (xr[j] - dr[j]) / sd;
      s += 0.5f * u * u + log_f(sd) + half_log_2pi;
    }
    out[r] = mask ? s * mask[r] : s;
  }
}

// Backward of gauss_nll into dd = [dμ | dρ] (ld lddd).
void EXPORT(gauss_nll_back)(int rows, int X, const f32* d, int ldd, const f32* x, f32 floor, const f32* mask,
                            const f32* g, f32* dd, int lddd) {
  for (int r = 0; r < rows; r++) {
    f32 gr = mask ? g[r] * mask[r] : g[r];
    const f32 *dr = d + r * ldd, *xr = x + r * X;
    v4 gv = vsplat(gr);
    int j = 0;
    for (; j + 4 <= X; j += 4) {
      v4 rho = LD(dr + X + j);
      v4 sd = wasm_f32x4_add(softplus_v(rho), vsplat(floor));
      v4 u = wasm_f32x4_div(wasm_f32x4_sub(LD(xr + j), LD(dr + j)), sd);
      ST(dd + r * lddd + j, wasm_f32x4_neg(wasm_f32x4_div(wasm_f32x4_mul(gv, u), sd)));
      v4 ds = wasm_f32x4_div(wasm_f32x4_mul(gv, wasm_f32x4_sub(vsplat(1.0f), wasm_f32x4_mul(u, u))), sd);
      ST(dd + r * lddd + X + j, wasm_f32x4_mul(ds, sigmoid_v(rho)));
    }
    for (; j < X; j++) {
      f32 rho = dr[X + j];
      f32 sd = softplus_f(rho) + floor;
      f32 u = (xr[j] - dr[j]) / sd;
      dd[r * lddd + j] = -gr * u / sd;
      dd[r * lddd + X + j] = gr * (1.0f - u * u) / sd / (1.0f + exp_f(-rho));
    }
  }
}


// Importance-weight term of diagonal Gaussians at z: out[r] = m_r · Σ_j log N(z; μp, σp) − log N(z; μq, σq)
// = m_r · Σ_j ½(uq² − up²) + log(σq/σp) with u = (z − μ)/σ (the ½ log 2π cancel).
void EXPORT(gauss_logratio)(int rows, int Z, const f32* z, int ldz, const f32* q, int ldq, const f32* p, int ldp,
                            f32 floor, const f32* mask, f32* out) {
  for (int r = 0; r < rows; r++) {
    const f32 *zr = z + r * ldz, *qr = q + r * ldq, *pr = p + r * ldp;
    v4 acc = vsplat(0.0f);
    int j = 0;
    for (; j + 4 <= Z; j += 4) {
      v4 zv = LD(zr + j);
      v4 sq = wasm_f32x4_add(softplus_v(LD(qr + Z + j)), vsplat(floor));
      v4 sp = wasm_f32x4_add(softplus_v(LD(pr + Z + j)), vsplat(floor));
      v4 uq = wasm_f32x4_div(wasm_f32x4_sub(zv, LD(qr + j)), sq);
      v4 up = wasm_f32x4_div(wasm_f32x4_sub(zv, LD(pr + j)), sp);
      v4 quad = wasm_f32x4_mul(vsplat(0.5f), wasm_f32x4_sub(wasm_f32x4_mul(uq, uq), wasm_f32x4_mul(up, up)));
      acc = wasm_f32x4_add(acc, wasm_f32x4_add(quad, log_pos_v(wasm_f32x4_div(sq, sp))));
    }
    f32 s = hsum(acc);
    for (; j < Z; j++) {
      f32 sq = softplus_f(qr[Z + j]) + floor, sp = softplus_f(pr[Z + j]) + floor;
      f32 uq = (zr[j] - qr[j]) / sq, up = (zr[j] - pr[j]) / sp;
      s += 0.5f * (uq * uq - up * up) + log_f(sq / sp);
    }
    out[r] = mask ? s * mask[r] : s;
  }
}

// Backward of gauss_logratio for upstream g[r] (a = (z − μ)/σ²):
// dz = g·m·(aq − ap) (rows × Z, ld lddz); dq = g·m·[−aq | (1 − uq²)/σq · σ'(ρq)], dp = g·m·[ap | (up² − 1)/σp · σ'(ρp)]
// (rows × 2Z, ld lddq / lddp), σ'(ρ) = sigmoid(ρ).
void EXPORT(gauss_logratio_back)(int rows, int Z, const f32* z, int ldz, const f32* q, int ldq, const f32* p, int ldp,
                                 f32 floor, const f32* mask, const f32* g, f32* dz, int lddz, f32* dq, int lddq,
                                 f32* dp, int lddp) {
  for (int r = 0; r < rows; r++) {
    f32 gr = mask ? g[r] * mask[r] : g[r];
    const f32 *zr = z + r * ldz, *qr = q + r * ldq, *pr = p + r * ldp;
    f32 *dzr = dz + r * lddz, *dqr = dq + r * lddq, *dpr = dp + r * lddp;
    v4 gv = vsplat(gr), one = vsplat(1.0f);
    int j = 0;
    for (; j + 4 <= Z; j += 4) {
      v4 zv = LD(zr + j), rq = LD(qr + Z + j), rp = LD(pr + Z + j);
      v4 iq = wasm_f32x4_div(one, wasm_f32x4_add(softplus_v(rq), vsplat(floor)));
      v4 ip = wasm_f32x4_div(one, wasm_f32x4_add(softplus_v(rp), vsplat(floor)));
      v4 uq = wasm_f32x4_mul(wasm_f32x4_sub(zv, LD(qr + j)), iq);
      v4 up = wasm_f32x4_mul(wasm_f32x4_sub(zv, LD(pr + j)), ip);
      v4 aq = wasm_f32x4_mul(wasm_f32x4_mul(gv, uq), iq);
      v4 ap = wasm_f32x4_mul(wasm_f32x4_mul(gv, up), ip);
      ST(dzr + j, wasm_f32x4_sub(aq, ap));
      ST(dqr + j, wasm_f32x4_neg(aq));
      ST(dpr + j, ap);
      v4 dsq = wasm_f32x4_mul(wasm_f32x4_mul(gv, wasm_f32x4_sub(one, wasm_f32x4_mul(uq, uq))), iq);
      v4 dsp = wasm_f32x4_mul(wasm_f32x4_mul(gv, wasm_f32x4_sub(wasm_f32x4_mul(up, up), one)), ip);
      ST(dqr + Z + j, wasm_f32x4_mul(dsq, sigmoid_v(rq)));
      ST(dpr + Z + j, wasm_f32x4_mul(dsp, sigmoid_v(rp)));
    }
    for (; j < Z; j++) {
      f32 rq = qr[Z + j], rp = pr[Z + j];
      f32 iq = 1.0f / (softplus_f(rq) + floor), ip = 1.0f / (softplus_f(rp) + floor);
      f32 uq = (zr[j] - qr[j]) * iq, up = (zr[j] - pr[j]) * ip;
      f32 aq = gr * uq * iq, ap = gr * up * ip;
      dzr[j] = aq - ap;
      dqr[j] = -aq;
      dpr[j] = ap;
      dqr[Z + j] = gr * (1.0f - uq * uq) * iq * sigmoid_f(rq);
      dpr[Z + j] = gr * (up * up - 1.0f) * ip * sigmoid_f(rp);
    }
  }
}
