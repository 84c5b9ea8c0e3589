// Optimiser.
#include "kernels.h"


// Σ x² over n floats.
f32 EXPORT(sum_squares)(int n, const f32* x) {
  v4 acc = vsplat(0.0f);
  int i = 0;
  for (; i + 4 <= n; i += 4) {
    v4 v = LD(x + i);
    acc = wasm_f32x4_add(acc, wasm_f32x4_mul(v, v));
  }
  f32 s = wasm_f32x4_extract_lane(acc, 0) + wasm_f32x4_extract_lane(acc, 1) + wasm_f32x4_extract_lane(acc, 2) +
          wasm_f32x4_extract_lane(acc, 3);
  for (; i < n; i++) s += x[i] * x[i];
  return s;
}

// One Adam update of n parameters, in the same float32 operation order as the tfjs ops it replaces:
// g ← g·s; m ← m·β₁ + g·(1−β₁); v ← v·β₂ + g²·(1−β₂); p ← p − ((m / c₁) / (√(v / c₂) + ε))·lr,
// with c₁ = 1 − β₁ᵗ, c₂ = 1 − β₂ᵗ (computed by the caller in float64). s = 1 skips the scaling.
void EXPORT(adam_step)(int n, f32* p, const f32* g, f32* m, f32* v, f32 s, f32 lr, f32 b1, f32 omb1, f32 b2, f32 omb2,
                       f32 eps, f32 c1, f32 c2) {
  for (int i = 0; i < n; i++) {
    f32 gi = s == 1.0f ? g[i] : g[i] * s;
    f32 mi = m[i] * b1 + gi * omb1;
    f32 vi = v[i] * b2 + (gi * gi) * omb2;
    m[i] = mi;
    v[i] = vi;
    f32 u = (mi / c1) / (__builtin_sqrtf(vi / c2) + eps);
    p[i] = p[i] - u * lr;
  }
}

