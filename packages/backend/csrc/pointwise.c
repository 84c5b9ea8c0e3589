// Pointwise kernels. Row-major blocks with explicit leading dimensions.
#include "kernels.h"

__attribute__((export_name("exp_f"))) f32 exp_export(f32 x) { return exp_f(x); }
__attribute__((export_name("log_f"))) f32 log_export(f32 x) { return log_f(x); }
__attribute__((export_name("softplus_f"))) f32 softplus_export(f32 x) { return softplus_f(x); }
__attribute__((export_name("sigmoid_f"))) f32 sigmoid_export(f32 x) { return sigmoid_f(x); }
__attribute__((export_name("tanh_f"))) f32 tanh_export(f32 x) { return tanh_f(x); }

// The four-lane versions over n floats (n a multiple of 4), for tests: which = 0 exp, 1 softplus, 2 sigmoid, 3 tanh.
void EXPORT(map_v)(int which, int n, const f32* x, f32* y) {
  for (int i = 0; i + 4 <= n; i += 4) {
    v4 v = LD(x + i);
    ST(y + i, which == 0 ? exp_v(v) : which == 1 ? softplus_v(v) : which == 2 ? sigmoid_v(v) : tanh_v(v));
  }
}


// Reparameterised Gaussian draw from [μ | ρ] rows: σ = softplus(ρ) + floor, z = μ + σ·ε.
// q: rows × 2Z (ld ldq); eps, mu, sigma, z: rows × Z contiguous (mu may be null).
void EXPORT(gauss_draw)(int rows, int Z, const f32* q, int ldq, const f32* eps, f32 floor, f32* mu, f32* sigma,
                        f32* z) {
  for (int r = 0; r < rows; r++) {
    int j = 0;
    for (; j + 4 <= Z; j += 4) {
      v4 m = LD(q + r * ldq + j);
      v4 sd = wasm_f32x4_add(softplus_v(LD(q + r * ldq + Z + j)), vsplat(floor));
      if (mu) ST(mu + r * Z + j, m);
      ST(sigma + r * Z + j, sd);
      ST(z + r * Z + j, wasm_f32x4_add(m, wasm_f32x4_mul(sd, LD(eps + r * Z + j))));
    }
    for (; j < Z; j++) {
      f32 m = q[r * ldq + j];
      f32 sd = softplus_f(q[r * ldq + Z + j]) + floor;
      if (mu) mu[r * Z + j] = m;
      sigma[r * Z + j] = sd;
      z[r * Z + j] = m + sd * eps[r * Z + j];
    }
  }
}

// LSTM step from pre-activations g = [i | f | g | o] (rows × 4H, ld ldg), torch gate order:
// c = σ(f)·c_prev + σ(i)·tanh(g), h = σ(o)·tanh(c). act receives [σ(i) | σ(f) | tanh(g) | σ(o)] (rows × 4H),
// tc receives tanh(c) (both may be null). With a mask m (rows), padded steps keep the state:
// s = s_prev + m·(s_new − s_prev). h_prev and c_prev may alias h and c.
void EXPORT(lstm_step)(int rows, int H, const f32* g, int ldg, const f32* hPrev, const f32* cPrev, const f32* mask,
                       f32* h, f32* c, f32* act, f32* tc) {
  for (int r = 0; r < rows; r++) {
    const f32* gr = g + r * ldg;
    f32 m = mask ? mask[r] : 1.0f;
    int j = 0;
    for (; j + 4 <= H; j += 4) {
      v4 si = sigmoid_v(LD(gr + j));
      v4 sf = sigmoid_v(LD(gr + H + j));
      v4 tg = tanh_v(LD(gr + 2 * H + j));
      v4 so = sigmoid_v(LD(gr + 3 * H + j));
      v4 cp = LD(cPrev + r * H + j), hp = LD(hPrev + r * H + j);
      v4 cn = wasm_f32x4_add(wasm_f32x4_mul(sf, cp), wasm_f32x4_mul(si, tg));
      v4 t = tanh_v(cn);
      v4 hn = wasm_f32x4_mul(so, t);
      if (act) {
        f32* ar = act + r * 4 * H;
        ST(ar + j, si);
        ST(ar + H + j, sf);
        ST(ar + 2 * H + j, tg);
        ST(ar + 3 * H + j, so);
      }
      if (tc) ST(tc + r * H + j, t);
      if (mask) {
        v4 mv = vsplat(m);
        cn = wasm_f32x4_add(cp, wasm_f32x4_mul(mv, wasm_f32x4_sub(cn, cp)));
        hn = wasm_f32x4_add(hp, wasm_f32x4_mul(mv, wasm_f32x4_sub(hn, hp)));
      }
      ST(c + r * H + j, cn);
      ST(h + r * H + j, hn);
    }
    for (; j < H; j++) {
      f32 si = sigmoid_f(gr[j]);
      f32 sf = sigmoid_f(gr[H + j]);
      f32 tg = tanh_f(gr[2 * H + j]);
      f32 so = sigmoid_f(gr[3 * H + j]);
      f32 cp = cPrev[r * H + j], hp = hPrev[r * H + j];
      f32 cn = sf * cp + si * tg;
      f32 t = tanh_f(cn);
      f32 hn = so * t;
      if (act) {
        f32* ar = act + r * 4 * H;
        ar[j] = si;
        ar[H + j] = sf;
        ar[2 * H + j] = tg;
        ar[3 * H + j] = so;
      }
      if (tc) tc[r * H + j] = t;
      if (mask) {
        cn = cp + m * (cn - cp);
        hn = hp + m * (hn - hp);
      }
      c[r * H + j] = cn;
      h[r * H + j] = hn;
    }
  }
}

// Bernoulli draw from logits: x = (u < sigmoid(l)) as 0/1.
void EXPORT(bernoulli_draw)(int rows, int X, const f32* logits, int ldl, const f32* u, f32* x) {
  for (int r = 0; r < rows; r++)
    for (int j = 0; j < X; j++) x[r * X + j] = u[r * X + j] < sigmoid_f(logits[r * ldl + j]) ? 1.0f : 0.0f;
}

// Column sums: out[j] (+)= Σ_r y[r, j].
void EXPORT(col_sum)(int rows, int cols, const f32* y, int ldy, f32* out, int acc) {
  for (int j = 0; j < cols; j++) out[j] = acc ? out[j] : 0.0f;
  for (int r = 0; r < rows; r++)
    for (int j = 0; j < cols; j++) out[j] += y[r * ldy + j];
}

// dst[j, i] = src[i, j] for a rows × cols block (src leading dimension lds; dst is cols × rows, contiguous).
void EXPORT(transpose)(int rows, int cols, const f32* src, int lds, f32* dst) {
  for (int i0 = 0; i0 < rows; i0 += 32)
    for (int j0 = 0; j0 < cols; j0 += 32) {
      int i1 = i0 + 32 < rows ? i0 + 32 : rows, j1 = j0 + 32 < cols ? j0 + 32 : cols;
      for (int i = i0; i < i1; i++)
        for (int j = j0; j < j1; j++) dst[j * rows + i] = src[i * lds + j];
    }
}

