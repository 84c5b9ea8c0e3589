// Shared by every kernel file: vector types, load/store macros, and the scalar and four-lane maths
// (Cephes single precision: relative error ≈ 1e-7 on the ranges used).
//
// Rules that let several threads run this module over one shared memory: no static data, no C stack
// (no local arrays, no address-taken locals), scratch memory always passed in by the caller.
#pragma once
#include <wasm_simd128.h>

typedef float f32;
typedef v128_t v4;

#ifdef PROBSEQ_RELAXED
#define MADD(a, b, c) wasm_f32x4_relaxed_madd(a, b, c)
#else
#define MADD(a, b, c) wasm_f32x4_add(wasm_f32x4_mul(a, b), c)
#endif
#define LD(p) wasm_v128_load(p)
#define ST(p, v) wasm_v128_store(p, v)
#define SPLAT(p) wasm_v128_load32_splat(p)
#define EXPORT(name) __attribute__((export_name(#name))) name


static inline f32 as_f32(unsigned u) { return __builtin_bit_cast(f32, u); }
static inline unsigned as_u32(f32 x) { return __builtin_bit_cast(unsigned, x); }

static inline f32 exp_f(f32 x) {
  if (x > 88.72283905206835f) return as_f32(0x7f800000u);
  if (x < -103.972684f) return 0.0f;
  if (x != x) return x;
  f32 fx = __builtin_floorf(x * 1.44269504088896341f + 0.5f);
  f32 r = x - fx * 0.693359375f;
  r = r - fx * -2.12194440e-4f;
  f32 z = r * r;
  f32 y = ((((1.9875691500E-4f * r + 1.3981999507E-3f) * r + 8.3334519073E-3f) * r + 4.1665795894E-2f) * r +
           1.6666665459E-1f) * r + 5.0000001201E-1f;
  y = y * z + r + 1.0f;
  int n = (int)fx;
  // 2^n in two halves so that n down to −149 (subnormal results) stays exact.
  int n1 = n / 2, n2 = n - n1;
  return y * as_f32((unsigned)(n1 + 127) << 23) * as_f32((unsigned)(n2 + 127) << 23);
}

static inline f32 log_f(f32 x) {
  // x > 0, finite.
  unsigned u = as_u32(x);
  int e;
  if (u < 0x00800000u) {  // subnormal: scale up by 2^23
    x *= 8388608.0f;
    u = as_u32(x);
    e = (int)(u >> 23) - 126 - 23;
  } else {
    e = (int)(u >> 23) - 126;
  }
  f32 m = as_f32((u & 0x007fffffu) | 0x3f000000u);  // [0.5, 1)
  if (m < 0.707106781186547524f) {
    e -= 1;
    m = m + m - 1.0f;
  } else {
    m = m - 1.0f;
  }
  f32 z = m * m;
  f32 y = ((((((((7.0376836292E-2f * m - 1.1514610310E-1f) * m + 1.1676998740E-1f) * m - 1.2420140846E-1f) * m +
               1.4249322787E-1f) * m - 1.6668057665E-1f) * m + 2.0000714765E-1f) * m - 2.4999993993E-1f) * m +
           3.3333331174E-1f) * m * z;
  f32 fe = (f32)e;
  y += -2.12194440e-4f * fe;
  y += -0.5f * z;
  return m + y + 0.693359375f * fe;
}

// log(1 + u) for u ≥ 0, accurate for tiny u (the w − 1 correction).
static inline f32 log1p_f(f32 u) {
  f32 w = 1.0f + u;
  if (w == 1.0f) return u;
  return log_f(w) * (u / (w - 1.0f));
}

static inline f32 softplus_f(f32 x) {
  f32 ax = x < 0 ? -x : x;
  return (x > 0 ? x : 0.0f) + log1p_f(exp_f(-ax));
}

static inline f32 sigmoid_f(f32 x) {
  if (x >= 0) return 1.0f / (1.0f + exp_f(-x));
  f32 e = exp_f(x);
  return e / (1.0f + e);
}

static inline f32 tanh_f(f32 x) {
  f32 ax = x < 0 ? -x : x;
  f32 r;
  if (ax < 0.0625f) {
    f32 z = x * x;
    return x + x * z * (-0.333333333f + z * (0.133333333f + z * -0.0539682540f));
  }
  if (ax > 9.0f) r = 1.0f;
  else r = 1.0f - 2.0f / (exp_f(2.0f * ax) + 1.0f);
  return x < 0 ? -r : r;
}


// Four-lane versions of the same maths (same polynomials; special cases by lane selects).
static inline v4 vsplat(f32 x) { return wasm_f32x4_splat(x); }

// e^x for x already clamped to [−103.97, 88.72]: the scalar version's polynomial, 2^n in two halves.
static inline v4 exp_core_v(v4 xc) {
  v4 fx = wasm_f32x4_floor(wasm_f32x4_add(wasm_f32x4_mul(xc, vsplat(1.44269504088896341f)), vsplat(0.5f)));
  v4 r = wasm_f32x4_sub(xc, wasm_f32x4_mul(fx, vsplat(0.693359375f)));
  r = wasm_f32x4_sub(r, wasm_f32x4_mul(fx, vsplat(-2.12194440e-4f)));
  v4 z = wasm_f32x4_mul(r, r);
  v4 y = vsplat(1.9875691500E-4f);
  y = wasm_f32x4_add(wasm_f32x4_mul(y, r), vsplat(1.3981999507E-3f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, r), vsplat(8.3334519073E-3f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, r), vsplat(4.1665795894E-2f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, r), vsplat(1.6666665459E-1f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, r), vsplat(5.0000001201E-1f));
  y = wasm_f32x4_add(wasm_f32x4_add(wasm_f32x4_mul(y, z), r), vsplat(1.0f));
  v4 n = wasm_i32x4_trunc_sat_f32x4(fx);
  v4 n1 = wasm_i32x4_shr(n, 1);
  v4 n2 = wasm_i32x4_sub(n, n1);
  v4 p1 = wasm_i32x4_shl(wasm_i32x4_add(n1, wasm_i32x4_splat(127)), 23);
  v4 p2 = wasm_i32x4_shl(wasm_i32x4_add(n2, wasm_i32x4_splat(127)), 23);
  return wasm_f32x4_mul(wasm_f32x4_mul(y, p1), p2);
}

static inline v4 exp_v(v4 x) {
  v4 big = wasm_f32x4_gt(x, vsplat(88.72283905206835f));
  v4 tiny = wasm_f32x4_lt(x, vsplat(-103.972684f));
  v4 nan = wasm_f32x4_ne(x, x);
  v4 y = exp_core_v(wasm_f32x4_min(wasm_f32x4_max(x, vsplat(-103.972684f)), vsplat(88.72283905206835f)));
  y = wasm_v128_bitselect(vsplat(__builtin_inff()), y, big);
  y = wasm_v128_bitselect(vsplat(0.0f), y, tiny);
  return wasm_v128_bitselect(x, y, nan);
}

// exp for arguments clamped to [−87, 88] (finite results; NaN propagates through the arithmetic): enough
// inside sigmoid and tanh, without exp_v's special-case selects.
static inline v4 exp_clamped_v(v4 x) {
  return exp_core_v(wasm_f32x4_min(wasm_f32x4_max(x, vsplat(-87.0f)), vsplat(88.0f)));
}

// log for positive, normal, finite x.
static inline v4 log_pos_v(v4 x) {
  v4 e = wasm_i32x4_sub(wasm_u32x4_shr(x, 23), wasm_i32x4_splat(126));
  v4 m = wasm_v128_or(wasm_v128_and(x, wasm_i32x4_splat(0x007fffff)), wasm_i32x4_splat(0x3f000000));
  v4 small = wasm_f32x4_lt(m, vsplat(0.707106781186547524f));
  e = wasm_i32x4_add(e, small);  // small lanes are all-ones = −1
  m = wasm_v128_bitselect(wasm_f32x4_sub(wasm_f32x4_add(m, m), vsplat(1.0f)), wasm_f32x4_sub(m, vsplat(1.0f)), small);
  v4 z = wasm_f32x4_mul(m, m);
  v4 y = vsplat(7.0376836292E-2f);
  y = wasm_f32x4_add(wasm_f32x4_mul(y, m), vsplat(-1.1514610310E-1f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, m), vsplat(1.1676998740E-1f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, m), vsplat(-1.2420140846E-1f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, m), vsplat(1.4249322787E-1f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, m), vsplat(-1.6668057665E-1f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, m), vsplat(2.0000714765E-1f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, m), vsplat(-2.4999993993E-1f));
  y = wasm_f32x4_add(wasm_f32x4_mul(y, m), vsplat(3.3333331174E-1f));
  y = wasm_f32x4_mul(wasm_f32x4_mul(y, m), z);
  v4 fe = wasm_f32x4_convert_i32x4(e);
  y = wasm_f32x4_add(y, wasm_f32x4_mul(fe, vsplat(-2.12194440e-4f)));
  y = wasm_f32x4_add(y, wasm_f32x4_mul(z, vsplat(-0.5f)));
  return wasm_f32x4_add(wasm_f32x4_add(m, y), wasm_f32x4_mul(fe, vsplat(0.693359375f)));
}

// log(1 + u) for u in [0, 1].
static inline v4 log1p_v(v4 u) {
  v4 w = wasm_f32x4_add(vsplat(1.0f), u);
  v4 d = wasm_f32x4_sub(w, vsplat(1.0f));
  v4 exact = wasm_f32x4_eq(d, vsplat(0.0f));
  v4 r = wasm_f32x4_mul(log_pos_v(w), wasm_f32x4_div(u, wasm_v128_bitselect(vsplat(1.0f), d, exact)));
  return wasm_v128_bitselect(u, r, exact);
}

static inline v4 softplus_v(v4 x) {
  v4 ax = wasm_f32x4_abs(x);
  return wasm_f32x4_add(wasm_f32x4_max(x, vsplat(0.0f)), log1p_v(exp_v(wasm_f32x4_neg(ax))));
}

static inline v4 sigmoid_v(v4 x) {
  return wasm_f32x4_div(vsplat(1.0f), wasm_f32x4_add(vsplat(1.0f), exp_clamped_v(wasm_f32x4_neg(x))));
}

static inline v4 tanh_v(v4 x) {
  v4 ax = wasm_f32x4_abs(x);
  v4 z = wasm_f32x4_mul(x, x);
  v4 poly = wasm_f32x4_add(vsplat(0.133333333f), wasm_f32x4_mul(z, vsplat(-0.0539682540f)));
  poly = wasm_f32x4_add(vsplat(-0.333333333f), wasm_f32x4_mul(z, poly));
  poly = wasm_f32x4_add(x, wasm_f32x4_mul(wasm_f32x4_mul(x, z), poly));
  v4 e = exp_clamped_v(wasm_f32x4_min(wasm_f32x4_add(ax, ax), vsplat(18.0f)));
  v4 r = wasm_f32x4_sub(vsplat(1.0f), wasm_f32x4_div(vsplat(2.0f), wasm_f32x4_add(e, vsplat(1.0f))));
  r = wasm_v128_or(r, wasm_v128_and(x, wasm_i32x4_splat((int)0x80000000)));  // sign of x
  return wasm_v128_bitselect(poly, r, wasm_f32x4_lt(ax, vsplat(0.0625f)));
}

static inline f32 expm1_f(f32 x) {
  f32 ax = x < 0 ? -x : x;
  if (ax < 0.5f) {
    return x * (1.0f + x * (0.5f + x * (1.0f / 6 + x * (1.0f / 24 + x * (1.0f / 120 + x * (1.0f / 720 + x * (1.0f / 5040)))))));
  }
  return exp_f(x) - 1.0f;
}

static inline v4 expm1_v(v4 x) {
  v4 p = vsplat(1.0f / 5040);
  p = wasm_f32x4_add(wasm_f32x4_mul(p, x), vsplat(1.0f / 720));
  p = wasm_f32x4_add(wasm_f32x4_mul(p, x), vsplat(1.0f / 120));
  p = wasm_f32x4_add(wasm_f32x4_mul(p, x), vsplat(1.0f / 24));
  p = wasm_f32x4_add(wasm_f32x4_mul(p, x), vsplat(1.0f / 6));
  p = wasm_f32x4_add(wasm_f32x4_mul(p, x), vsplat(0.5f));
  p = wasm_f32x4_add(wasm_f32x4_mul(p, x), vsplat(1.0f));
  p = wasm_f32x4_mul(p, x);
  v4 e = wasm_f32x4_sub(exp_v(x), vsplat(1.0f));
  return wasm_v128_bitselect(p, e, wasm_f32x4_lt(wasm_f32x4_abs(x), vsplat(0.5f)));
}

static inline f32 hsum(v4 v) {
  return wasm_f32x4_extract_lane(v, 0) + wasm_f32x4_extract_lane(v, 1) + wasm_f32x4_extract_lane(v, 2) +
         wasm_f32x4_extract_lane(v, 3);
}
