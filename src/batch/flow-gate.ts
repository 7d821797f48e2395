/**
 * Counts lines between being read and being written. Reading waits while `limit` are in flight,
 * so however long the input, memory holds at most `limit` questions (and their results, in --ordered).
 */
export class FlowGate {
  private held = 0;
  private waiters: Array<() => void> = [];

  constructor(readonly limit: number) {}

  acquire(): Promise<void> {
    if (this.held < this.limit) {
      this.held++;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.waiters.push(() => {
        this.held++;
        resolve();
      });
    });
  }

  release(): void {
    this.held = Math.max(0, this.held - 1);
    this.waiters.shift()?.();
  }
}
