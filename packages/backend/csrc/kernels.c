// probseq WASM SIMD kernels: a packed GEMM with a bias + ReLU epilogue, and the pointwise parts of the
// VRNN's LSTM / posterior / prior steps. Built twice by scripts/build-kernels.mjs: with plain SIMD128
// (mul + add) and with relaxed SIMD (fused multiply-add where the CPU has it).
//
// Rules that let several threads run this module over one shared memory: no static data, no C stack
// (no local arrays, no address-taken locals), scratch memory always passed in by the caller.
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

// ---------------------------------------------------------------------------------------------------
// Scalar maths (Cephes single precision: relative error ≈ 1e-7 on the ranges used).

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

// ---------------------------------------------------------------------------------------------------
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
  f32* tmp = pack + KC * 8;
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
      for (int t = 0; t < tiles; t++) {
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

// ---------------------------------------------------------------------------------------------------
// Pointwise kernels. Row-major blocks with explicit leading dimensions.

// y[r, j] = relu(y[r, j]) for a rows × cols block.
void EXPORT(relu_block)(int rows, int cols, f32* y, int ldy) {
  for (int r = 0; r < rows; r++)
    for (int j = 0; j < cols; j++) {
      f32 v = y[r * ldy + j];
      y[r * ldy + j] = v > 0 ? v : 0.0f;
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

// Backward of lstm_step. In: dh, dc (gradients of the state after the step, after the mask), act, tc,
// cPrev, mask. Out: dGates (rows × 4H, ld ldd, pre-activation gradients), and dc ← gradient of c_prev
// through the cell (plus the mask's keep term). dh ← its keep term (1 − m)·dh (0 without a mask); the
// caller adds the recurrent matmul's contribution.
void EXPORT(lstm_step_back)(int rows, int H, f32* dh, f32* dc, const f32* act, const f32* tc, const f32* cPrev,
                            const f32* mask, f32* dGates, int ldd) {
  for (int r = 0; r < rows; r++) {
    f32 m = mask ? mask[r] : 1.0f;
    const f32* ar = act + r * 4 * H;
    f32* dg = dGates + r * ldd;
    for (int j = 0; j < H; j++) {
      f32 dhv = dh[r * H + j], dcv = dc[r * H + j];
      f32 dhn = m * dhv, dcn = m * dcv;
      f32 si = ar[j], sf = ar[H + j], tg = ar[2 * H + j], so = ar[3 * H + j];
      f32 t = tc[r * H + j];
      f32 dct = dcn + dhn * so * (1.0f - t * t);
      dg[j] = dct * tg * si * (1.0f - si);
      dg[H + j] = dct * cPrev[r * H + j] * sf * (1.0f - sf);
      dg[2 * H + j] = dct * si * (1.0f - tg * tg);
      dg[3 * H + j] = dhn * t * so * (1.0f - so);
      dc[r * H + j] = dct * sf + (dcv - dcn);
      dh[r * H + j] = dhv - dhn;
    }
  }
}

// dy[r, j] ·= (y[r, j] > 0) for ReLU outputs y (block with leading dimensions).
void EXPORT(relu_back)(int rows, int cols, f32* dy, int lddy, const f32* y, int ldy) {
  for (int r = 0; r < rows; r++)
    for (int j = 0; j < cols; j++)
      if (!(y[r * ldy + j] > 0)) dy[r * lddy + j] = 0.0f;
}

// Backward of gauss_draw into dq = [dμ | dρ] (rows × 2Z, ld lddq):
// dμ = dμ_out + dz, dρ = (dσ_out + dz·ε)·sigmoid(ρ). dmu/dsigma (rows × Z) may be null.
void EXPORT(gauss_draw_back)(int rows, int Z, const f32* q, int ldq, const f32* eps, const f32* dz, const f32* dmu,
                             const f32* dsigma, f32* dq, int lddq) {
  for (int r = 0; r < rows; r++)
    for (int j = 0; j < Z; j++) {
      f32 g = dz[r * Z + j];
      dq[r * lddq + j] = g + (dmu ? dmu[r * Z + j] : 0.0f);
      f32 ds = g * eps[r * Z + j] + (dsigma ? dsigma[r * Z + j] : 0.0f);
      dq[r * lddq + Z + j] = ds / (1.0f + exp_f(-q[r * ldq + Z + j]));
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

// y[i] += x[i].
void EXPORT(add_into)(int n, const f32* x, f32* y) {
  for (int i = 0; i < n; i++) y[i] += x[i];
}

// out[i] = x[i]·y[i].
void EXPORT(mul_into)(int n, const f32* x, const f32* y, f32* out) {
  for (int i = 0; i < n; i++) out[i] = x[i] * y[i];
}

// Copies a rows × cols block between leading dimensions.
void EXPORT(copy_block)(int rows, int cols, const f32* src, int lds, f32* dst, int ldd) {
  for (int r = 0; r < rows; r++)
    for (int j = 0; j < cols; j++) dst[r * ldd + j] = src[r * lds + j];
}

// ---------------------------------------------------------------------------------------------------
// The VRNN's per-step losses. Gaussians come as raw rows [μ | ρ] with σ = softplus(ρ) + floor.

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

// Backward of gauss_kl for upstream g[r]: dqm, dqs (rows × Z: w.r.t. μq and σq) and dp (rows × 2Z, ld lddp:
// w.r.t. μp and ρp).
void EXPORT(gauss_kl_back)(int rows, int Z, const f32* q, int ldq, const f32* p, int ldp, f32 floor, const f32* mask,
                           const f32* g, f32* dqm, f32* dqs, f32* dp, int lddp) {
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
      ST(dqm + r * Z + j, gm);
      ST(dqs + r * Z + j, wasm_f32x4_mul(gv, wasm_f32x4_div(e, sq)));
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
      dqm[r * Z + j] = gr * dmu * ip2;
      dqs[r * Z + j] = gr * e / sq;
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

// ---------------------------------------------------------------------------------------------------
// Optimiser.

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

// Row ranges [r0, r1) of lstm_step / lstm_step_back, for the thread pool (pointers are those of row 0).
void EXPORT(lstm_step_rows)(int r0, int r1, int H, const f32* g, int ldg, const f32* hPrev, const f32* cPrev,
                            const f32* mask, f32* h, f32* c, f32* act, f32* tc) {
  lstm_step(r1 - r0, H, g + r0 * ldg, ldg, hPrev + r0 * H, cPrev + r0 * H, mask ? mask + r0 : 0, h + r0 * H,
            c + r0 * H, act ? act + r0 * 4 * H : 0, tc ? tc + r0 * H : 0);
}

void EXPORT(lstm_step_back_rows)(int r0, int r1, int H, f32* dh, f32* dc, const f32* act, const f32* tc,
                                 const f32* cPrev, const f32* mask, f32* dGates, int ldd) {
  lstm_step_back(r1 - r0, H, dh + r0 * H, dc + r0 * H, act + r0 * 4 * H, tc + r0 * H, cPrev + r0 * H,
                 mask ? mask + r0 : 0, dGates + r0 * ldd, ldd);
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

void fill_uniform(int streams, double* states, int n, f32* out);
void fill_normal(int streams, double* states, int n, f32* out);

static inline f32* P_(const int* a, int field) { return (f32*)(unsigned long)(unsigned)a[field]; }

// Work between the threads of a loop is shared out in phases: each phase is cut into chunks that the
// threads claim from a counter (NEXT, tickets numbered across the whole job), and a thread moves on to the
// next phase once every chunk of this one is done (DONE). So a thread the OS has descheduled holds up only
// the chunk it holds, never a whole barrier: one that arrives late finds the chunks taken and catches up.
// A thread that waits spins briefly, then sleeps in memory.atomic.wait32 (except a browser's main thread,
// which may not block); the time the caller (tid 0) sleeps is added up for the engine's thread guard.
enum {
  SYNC_NEXT = 80, SYNC_DONE = 96, SYNC_WAITERS = 97, SYNC_ABORT = 98, SYNC_CALLER_BLOCKS = 99, SYNC_SPIN = 100,
  SYNC_SLOW_MS = 101, SYNC_SLEPT_MS = 102, SYNC_SLOWED = 104, SYNC_FIELDS = 112
};

__attribute__((import_module("env"), import_name("now"))) double now_ms(void);

// Chunk index (from 0) of the phase whose tickets start at base, or −1 when all `count` are claimed.
// (Tests: SYNC_SLOW_MS, float bits, makes the first helper chunk of each job last at least that long.)
static inline int claim(int* a, int base, int count, int tid) {
  const int end = base + count;
  for (;;) {
    int cur = __atomic_load_n(&a[SYNC_NEXT], __ATOMIC_ACQUIRE);
    if (cur >= end) return -1;
    if (__sync_val_compare_and_swap(&a[SYNC_NEXT], cur, cur + 1) == cur) {
      if (tid != 0 && a[SYNC_SLOW_MS] && __sync_val_compare_and_swap(&a[SYNC_SLOWED], 0, 1) == 0) {
        const double t0 = now_ms(), slow = __builtin_bit_cast(f32, a[SYNC_SLOW_MS]);
        while (now_ms() - t0 < slow) {
        }
      }
      return cur - base;
    }
  }
}

static inline void finish(int* a, int end) {
  if (__atomic_add_fetch(&a[SYNC_DONE], 1, __ATOMIC_SEQ_CST) == end && __atomic_load_n(&a[SYNC_WAITERS], __ATOMIC_SEQ_CST))
    __builtin_wasm_memory_atomic_notify(&a[SYNC_DONE], 0x7fffffff);
}

// Waits until every chunk up to ticket `end` is done; returns end (the next phase's base), or −1 when the
// job was aborted (a helper thread failed).
static int phase_end(int* a, int end, int tid) {
  if (__atomic_load_n(&a[SYNC_DONE], __ATOMIC_ACQUIRE) >= end) return end;
  for (int i = a[SYNC_SPIN]; i > 0; i--)
    if (__atomic_load_n(&a[SYNC_DONE], __ATOMIC_ACQUIRE) >= end) return end;
  const int can_block = tid != 0 || a[SYNC_CALLER_BLOCKS];
  const double t0 = tid == 0 ? now_ms() : 0;
  for (;;) {
    const int d = __atomic_load_n(&a[SYNC_DONE], __ATOMIC_SEQ_CST);
    if (d >= end) break;
    if (__atomic_load_n(&a[SYNC_ABORT], __ATOMIC_ACQUIRE)) return -1;
    if (can_block) {
      __atomic_add_fetch(&a[SYNC_WAITERS], 1, __ATOMIC_SEQ_CST);
      __builtin_wasm_memory_atomic_wait32(&a[SYNC_DONE], d, 2000000);
      __atomic_sub_fetch(&a[SYNC_WAITERS], 1, __ATOMIC_SEQ_CST);
    }
  }
  if (tid == 0) *(double*)&a[SYNC_SLEPT_MS] += now_ms() - t0;
  return end;
}

// `for` over the chunks k of a `count`-chunk phase that this thread claims; END_PHASE waits for the rest.
// Both expect `a` (the job block), `tid` and `base` (this phase's first ticket) in scope.
#define PHASE(count, k) \
  for (int k = claim(a, base, count, tid); k >= 0; finish(a, base + (count)), k = claim(a, base, count, tid))
#define END_PHASE(count) \
  if ((base = phase_end(a, base + (count), tid)) < 0) return

// How many chunks a phase of `units` work units gets: one on a single thread, else two per thread.
static inline int chunk_count(int units, int nth) {
  const int c = nth == 1 ? 1 : 2 * nth;
  return c < units ? c : units;
}
// Chunk k of `count` over n columns (whole 8-column panels) or n rows (whole 4-row blocks).
static inline int col_chunks(int n, int nth) { return chunk_count((n + 7) / 8, nth); }
static inline int row_chunks(int n, int nth) { return chunk_count((n + 3) / 4, nth); }
static inline void span(int k, int count, int n, int unit, int* lo, int* hi) {
  const int units = (n + unit - 1) / unit;
  *lo = units * k / count * unit;
  *hi = units * (k + 1) / count * unit;
  if (*lo > n) *lo = n;
  if (*hi > n) *hi = n;
}

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
// tfjs-core 4's seeded random streams, bit for bit, so noise needs no tensors: seedrandom's alea (Baagøe, MIT;
// seeded in JS, state passed in as four doubles s0, s1, s2, c) and tf.randomNormal's Marsaglia polar method,
// whose Math.log is V8's port of FreeBSD msun's e_log.c — reproduced here.

static double fdlibm_log(double x) {
  const double ln2_hi = 6.93147180369123816490e-01, ln2_lo = 1.90821492927058770002e-10,
               two54 = 1.80143985094819840000e+16, Lg1 = 6.666666666666735130e-01,
               Lg2 = 3.999999999940941908e-01, Lg3 = 2.857142874366239149e-01, Lg4 = 2.222219843214978396e-01,
               Lg5 = 1.818357216161805012e-01, Lg6 = 1.531383769920937332e-01, Lg7 = 1.479819860511658591e-01;
  unsigned long long bits = __builtin_bit_cast(unsigned long long, x);
  int hx = (int)(bits >> 32);
  unsigned lx = (unsigned)bits;
  int k = 0;
  if (hx < 0x00100000) {
    if (((hx & 0x7fffffff) | lx) == 0) return -__builtin_inf();
    if (hx < 0) return __builtin_nan("");
    k -= 54;
    x *= two54;
    bits = __builtin_bit_cast(unsigned long long, x);
    hx = (int)(bits >> 32);
  }
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  int i = (hx + 0x95f64) & 0x100000;
  bits = __builtin_bit_cast(unsigned long long, x);
  bits = ((unsigned long long)(unsigned)(hx | (i ^ 0x3ff00000)) << 32) | (bits & 0xffffffffull);
  x = __builtin_bit_cast(double, bits);
  k += (i >> 20);
  double f = x - 1.0;
  double dk;
  if ((0x000fffff & (2 + hx)) < 3) {
    if (f == 0.0) {
      if (k == 0) return 0.0;
      dk = (double)k;
      return dk * ln2_hi + dk * ln2_lo;
    }
    double R = f * f * (0.5 - 0.33333333333333333 * f);
    if (k == 0) return f - R;
    dk = (double)k;
    return dk * ln2_hi - ((R - dk * ln2_lo) - f);
  }
  double s = f / (2.0 + f);
  dk = (double)k;
  double z = s * s;
  i = hx - 0x6147a;
  double w = z * z;
  int j = 0x6b851 - hx;
  double t1 = w * (Lg2 + w * (Lg4 + w * Lg6));
  double t2 = z * (Lg1 + w * (Lg3 + w * (Lg5 + w * Lg7)));
  i |= j;
  double R = t2 + t1;
  if (i > 0) {
    double hfsq = 0.5 * f * f;
    if (k == 0) return f - (hfsq - s * (hfsq + R));
    return dk * ln2_hi - ((hfsq - (s * (hfsq + R) + dk * ln2_lo)) - f);
  }
  if (k == 0) return f - s * (f - R);
  return dk * ln2_hi - ((s * (f - R) - dk * ln2_lo) - f);
}

__attribute__((export_name("log_f64"))) double log_f64_export(double x) { return fdlibm_log(x); }

static inline double alea_next(double* st) {
  double t = 2091639.0 * st[0] + st[3] * 2.3283064365386963e-10;
  st[0] = st[1];
  st[1] = st[2];
  st[3] = (double)(int)t;
  st[2] = t - st[3];
  return st[2];
}

// tf.randomUniform(n, 0, 1) from each of `streams` alea states (4 doubles each) into out[s·n …].
void EXPORT(fill_uniform)(int streams, double* states, int n, f32* out) {
  for (int s = 0; s < streams; s++) {
    double* st = states + 4 * s;
    for (int i = 0; i < n; i++) out[s * n + i] = (f32)alea_next(st);
  }
}

// tf.randomNormal(n, 0, 1) from each of `streams` alea states into out[s·n …].
void EXPORT(fill_normal)(int streams, double* states, int n, f32* out) {
  for (int s = 0; s < streams; s++) {
    double* st = states + 4 * s;
    f32* o = out + s * n;
    for (int i = 0; i < n;) {
      double v1, v2, q;
      do {
        v1 = 2 * alea_next(st) - 1;
        v2 = 2 * alea_next(st) - 1;
        q = v1 * v1 + v2 * v2;
      } while (q >= 1 || q == 0);
      double mul = __builtin_sqrt(-2.0 * fdlibm_log(q) / q);
      o[i++] = (f32)(v1 * mul);
      if (i < n) o[i++] = (f32)(v2 * mul);
    }
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
