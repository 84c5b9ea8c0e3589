import type { KernelEngine } from './kernel-engine';

/** One kept buffer: what it holds (the tfjs data it came from and how it was made from it) and where. */
export interface ResidentSlot {
  data: object;
  how: string;
  n: number;
  at: number;
}

/**
 * Parameters kept in the engine across calls: copied in once and packed once, then reused for as long as
 * the same tfjs data comes back (a tensor's data never changes; an optimizer step makes new data).
 *
 * Each call site keeps a tape: the buffers its graph build asked for, in order. A later build at the same
 * site that asks for the same data, made the same way, gets the same buffers back without a copy. At the
 * first difference the tape is cut there and recorded anew. The buffers live in a region of the engine's
 * memory below the arena; when it runs out, {@link ResidentCache.open} empties it (only between calls, when
 * the arena is empty) and grows it to fit.
 */
export class ResidentCache {
  private readonly tapes = new Map<string, ResidentSlot[]>();

  /** @param engine The engine whose resident region holds the buffers. */
  constructor(private readonly engine: KernelEngine) {}

  /**
   * A session for one graph build at call site `site`, which may keep about `floats` floats in all: the
   * region is emptied and grown first if the part of them that the site does not keep yet may not fit
   * (and the arena is empty). Open it before taking an arena mark.
   * @param site The call site's name: one per graph structure (its builds ask for the same buffers in the same order).
   * @param floats Floats the build may keep in all (parameters, and their packs both ways).
   */
  open(site: string, floats: number): ResidentSession {
    // What the site's tape already keeps needs no new room when the same data comes back.
    const kept = this.tapes.get(site)?.reduce((a, s) => a + s.n, 0) ?? 0;
    const need = floats - kept;
    if (this.engine.residentFree() < need && this.engine.resetResident(floats)) this.tapes.clear();
    let tape = this.tapes.get(site);
    if (!tape) {
      tape = [];
      this.tapes.set(site, tape);
    }
    return new ResidentSession(this.engine, tape);
  }

  /** Forgets every kept buffer (the next builds copy and pack again). */
  clear(): void {
    this.tapes.clear();
    this.engine.resetResident(0);
  }
}

/** One build's view of a call site's tape (see {@link ResidentCache}). */
export class ResidentSession {
  private next = 0;
  private full = false;

  /**
   * @param engine The engine whose memory the buffers are in.
   * @param tape The call site's tape (recorded into from the first difference on).
   */
  constructor(
    private readonly engine: KernelEngine,
    private readonly tape: ResidentSlot[],
  ) {}

  /**
   * The float offset of `n` floats made from tfjs data `data` in the way `how` names: the kept buffer when
   * the tape has it next, else a new one that `make(at)` fills (kept when the region has room, else from
   * the arena for this build only).
   * @param data The tfjs data the buffer is made from (a tensor's `dataId`): the identity of its values.
   * @param how How the buffer is made from it (`'copy'`, `'pack 0:64:T'`, …).
   * @param n Floats of the buffer.
   * @param make Fills the buffer at a float offset (called only when it is not kept already).
   */
  take(data: object, how: string, n: number, make: (at: number) => void): number {
    const s = this.tape[this.next];
    if (s && s.data === data && s.how === how && s.n === n) {
      this.next++;
      return s.at;
    }
    this.tape.length = this.next;
    const kept = this.full ? null : this.engine.allocResident(n);
    if (kept === null) {
      this.full = true;
      const at = this.engine.alloc(n);
      make(at);
      return at;
    }
    make(kept);
    this.tape.push({ data, how, n, at: kept });
    this.next++;
    return kept;
  }
}
