import type { EventLoopUtilization } from 'node:perf_hooks';

/** How long a utilization reading covers: long enough to span several questions' CPU turns. */
const WINDOW_MS = 100;

/**
 * The share of recent time a thread's event loop spent running code rather than waiting (0–1), refreshed every
 * WINDOW_MS. Near 1, the thread is saturated: a question admitted now only waits longer and holds more memory.
 */
export class LoopMeter {
  private mark: EventLoopUtilization;
  private markAt = Date.now();
  private recent = 0;

  constructor(private readonly read: (since?: EventLoopUtilization) => EventLoopUtilization) {
    this.mark = read();
  }

  utilization(now = Date.now()): number {
    if (now - this.markAt >= WINDOW_MS) {
      const current = this.read();
      this.recent = this.read(this.mark).utilization;
      this.mark = current;
      this.markAt = now;
    }
    return this.recent;
  }
}
