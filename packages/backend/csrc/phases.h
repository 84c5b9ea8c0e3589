// Work sharing between the engine's threads: a multi-threaded call (a program, see program.c) is a series
// of phases, each cut into chunks that the threads claim; the job block's SYNC_* words coordinate them.
#pragma once
#include "simd-math.h"

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

