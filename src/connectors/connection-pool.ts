interface Waiter<T> {
  resolve: (item: T) => void;
  reject: (error: Error) => void;
}

/** A fixed set of items (connections) lent out one caller at a time, first come first served. */
export class ConnectionPool<T> {
  private readonly idle: T[];
  private readonly busy = new Set<T>();
  private readonly waiters: Waiter<T>[] = [];
  private readonly drained: (() => void)[] = [];
  private closedError: Error | undefined;

  constructor(items: readonly T[]) {
    this.idle = [...items];
  }

  /** Waits for a free item; rejects with `abortError()` when `signal` aborts first. */
  acquire(signal: AbortSignal | undefined, abortError: () => Error): Promise<T> {
    if (this.closedError) return Promise.reject(this.closedError);
    if (signal?.aborted) return Promise.reject(abortError());
    const item = this.idle.shift();
    if (item !== undefined) {
      this.busy.add(item);
      return Promise.resolve(item);
    }
    return new Promise<T>((resolve, reject) => {
      const onAbort = () => {
        const index = this.waiters.indexOf(waiter);
        if (index !== -1) this.waiters.splice(index, 1);
        reject(abortError());
      };
      const waiter: Waiter<T> = {
        resolve: (next) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(next);
        },
        reject: (error) => {
          signal?.removeEventListener('abort', onAbort);
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  release(item: T): void {
    const waiter = this.closedError ? undefined : this.waiters.shift();
    if (waiter) {
      waiter.resolve(item);
      return;
    }
    this.busy.delete(item);
    this.idle.push(item);
    if (this.busy.size === 0) this.drained.splice(0).forEach((notify) => notify());
  }

  /** Items currently lent out. */
  inUse(): T[] {
    return [...this.busy];
  }

  /** Refuses new and waiting callers with `error`, then resolves with all items once every loan is back. */
  async close(error: Error): Promise<T[]> {
    this.closedError = error;
    this.waiters.splice(0).forEach((waiter) => waiter.reject(error));
    if (this.busy.size > 0) await new Promise<void>((resolve) => this.drained.push(resolve));
    return [...this.idle];
  }
}
