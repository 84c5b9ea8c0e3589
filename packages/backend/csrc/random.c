// tfjs-core 4's seeded random streams, bit for bit, so noise needs no tensors: seedrandom's alea (Baagøe, MIT;
// seeded in JS, state passed in as four doubles s0, s1, s2, c) and tf.randomNormal's Marsaglia polar method,
// whose Math.log is V8's port of FreeBSD msun's e_log.c — reproduced here.
#include "kernels.h"


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

// tf.randomUniform(n, lo, hi) (lo + (hi − lo)·u in double, then float32) from each of `streams` alea states.
void EXPORT(fill_uniform_range)(int streams, double* states, int n, f32* out, double lo, double hi) {
  for (int s = 0; s < streams; s++) {
    double* st = states + 4 * s;
    for (int i = 0; i < n; i++) out[s * n + i] = (f32)(lo + (hi - lo) * alea_next(st));
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

