import type { LoopMeter } from './loop-meter.js';

/** At least this many questions run at once however busy the thread is, so one slow question never stalls a batch. */
const ALWAYS_ADMITTED = 2;
/** Above this event-loop utilization the thread is saturated: a question admitted now only waits longer and holds more memory. */
const SATURATED = 0.9;
/** While the thread is not saturated, one more question is let in this often (besides those taking a finished one's place). */
const GROW_MS = 10;

/**
 * Lets questions start on a thread only while its event loop has time for them: a finished question's place is
 * refilled only when the thread is not saturated, and more are let in one at a time while it is not. Questions that
 * wait (a model call, a slow plugin node) leave the loop idle, so they never hold a turn: `--concurrency` of them
 * still run at once. A higher `--concurrency` therefore never piles more CPU work on a saturated thread.
 */
export class Admission {
  private inFlight = 0;
  private readonly waiting: Array<() => void> = [];
  private grow: NodeJS.Timeout | undefined;
  private open = false;

  constructor(private readonly meter: LoopMeter) {}

  /** How many questions hold a turn now. */
  get held(): number {
    return this.inFlight;
  }

  /** Resolves when the question may start; call `leave()` once it has finished. */
  enter(): Promise<void> {
    if (this.waiting.length === 0 && this.admits()) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.scheduleGrowth();
    });
  }

  leave(): void {
    this.inFlight = Math.max(0, this.inFlight - 1);
    if (this.waiting.length > 0 && this.admits()) this.admitOne();
  }

  /** Every question waiting starts now (a cancelled batch turns them into "cancelled" records at once). */
  openAll(): void {
    this.open = true;
    clearTimeout(this.grow);
    while (this.waiting.length > 0) this.admitOne();
  }

  private admits(): boolean {
    return this.open || this.inFlight < ALWAYS_ADMITTED || this.meter.utilization() < SATURATED;
  }

  private admitOne(): void {
    const next = this.waiting.shift();
    if (!next) return;
    this.inFlight++;
    next();
  }

  private scheduleGrowth(): void {
    if (this.grow) return;
    this.grow = setTimeout(() => {
      this.grow = undefined;
      if (this.waiting.length === 0) return;
      if (this.admits()) this.admitOne();
      this.scheduleGrowth();
    }, GROW_MS);
  }
}
