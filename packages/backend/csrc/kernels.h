// Declarations of the kernels that other kernel files call (every exported kernel is listed in
// src/kernel-engine.ts's KernelExports).
#pragma once
#include "simd-math.h"

void gemm(int k, const f32* a, int ai, int ap, const f32* b, int bk, int bj, f32* c, int ldc, int beta,
          const f32* bias, int relu, f32* pack, int i0, int i1, int j0, int j1);
void gemm_a(int k, const f32* a, int ai, int ap, const f32* b, int bk, int bj, f32* c, int ldc, int beta,
            const f32* bias, int relu, f32* pack, int i0, int i1, int j0, int j1, int a_packed);
void pack_b(int k, int n, const f32* b, int bk, int bj, f32* dst);
void gauss_draw(int rows, int Z, const f32* q, int ldq, const f32* eps, f32 floor, f32* mu, f32* sigma, f32* z);
void lstm_step(int rows, int H, const f32* g, int ldg, const f32* hPrev, const f32* cPrev, const f32* mask, f32* h,
               f32* c, f32* act, f32* tc);
void bernoulli_draw(int rows, int X, const f32* logits, int ldl, const f32* u, f32* x);
void fill_uniform(int streams, double* states, int n, f32* out);
void fill_normal(int streams, double* states, int n, f32* out);
void fill_uniform_range(int streams, double* states, int n, f32* out, double lo, double hi);
void gauss_logratio(int rows, int Z, const f32* z, int ldz, const f32* q, int ldq, const f32* p, int ldp, f32 floor,
                    const f32* mask, f32* out);
void gauss_logratio_back(int rows, int Z, const f32* z, int ldz, const f32* q, int ldq, const f32* p, int ldp,
                         f32 floor, const f32* mask, const f32* g, f32* dz, int lddz, f32* dq, int lddq, f32* dp,
                         int lddp);
void gmm_nll(int rows, int X, int K, const f32* d, int ldd, const f32* x, int ldx, f32 floor, const f32* mask,
             f32* out);
void gmm_nll_back(int rows, int X, int K, const f32* d, int ldd, const f32* x, int ldx, f32 floor, const f32* mask,
                  const f32* g, f32* dd, int lddd);
void gmm_draw(int rows, int X, int K, const f32* d, int ldd, const f32* u, const f32* eps, f32 floor, int mean, f32* x,
              int ldx);
