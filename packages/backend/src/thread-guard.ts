/** Engine wall time over which the thread guard judges (ms). */
export const GUARD_WINDOW_MS = 250;
/** The share of a window the caller may sleep waiting for helpers before the guard halves the threads. */
export const GUARD_SLEPT_SHARE = 0.25;

/**
 * Watches how long the kernel engine's calling thread sleeps waiting for its helpers. On a quiet machine a
 * helper finishes its chunk within the caller's brief spin, so the caller hardly ever sleeps; on a machine
 * busy with other work the OS deschedules helpers mid-chunk and the caller sleeps for whole time slices.
 * When, over a window of {@link GUARD_WINDOW_MS} of multi-threaded work, sleeping takes more than
 * {@link GUARD_SLEPT_SHARE} of it, fewer threads are faster: `record` then returns half the threads.
 */
export class ThreadGuard {
  private wall = 0;
  private slept = 0;

  /**
   * @param windowMs Engine wall time (ms) over which the guard judges; default {@link GUARD_WINDOW_MS}.
   * @param sleptShare The share of a window the caller may sleep before the threads are halved; default
   *   {@link GUARD_SLEPT_SHARE}.
   */
  constructor(
    private readonly windowMs = GUARD_WINDOW_MS,
    private readonly sleptShare = GUARD_SLEPT_SHARE,
  ) {}

  /**
   * Adds one multi-threaded call (its wall time and the caller's sleep, ms) run on `threads` threads.
   * Returns the thread count to use from now on, and the share slept that decided it.
   * @param wall The call's wall time (ms).
   * @param slept How long the calling thread slept waiting for its helpers during the call (ms).
   * @param threads The number of threads the call ran on.
   */
  record(wall: number, slept: number, threads: number): { threads: number; share: number } {
    this.wall += wall;
    this.slept += slept;
    if (this.wall < this.windowMs) return { threads, share: 0 };
    const share = this.slept / this.wall;
    this.wall = this.slept = 0;
    return { threads: share > this.sleptShare ? Math.max(1, threads >> 1) : threads, share };
  }
}
