export interface Expiring {
  onDeadline(): void;
}

export interface Deadline {
  readonly at: number;
  readonly owner: Expiring;
}

/**
 * Node deadlines of every run in the process behind one timer, armed lazily: a node that ends before its deadline
 * costs a set insertion, not a setTimeout/clearTimeout pair. The timer is re-armed only for a deadline earlier than
 * the armed one, and holds the process open only while some deadline is watched.
 */
export class DeadlineWatch {
  private readonly active = new Set<Deadline>();
  private timer: NodeJS.Timeout | undefined;
  private armedAt = Infinity;
  private referenced = false;
  private unrefQueued = false;

  watch(timeoutMs: number, owner: Expiring): Deadline {
    const deadline: Deadline = { at: Date.now() + timeoutMs, owner };
    this.active.add(deadline);
    if (deadline.at < this.armedAt) this.arm(deadline.at);
    else if (!this.referenced) {
      this.timer!.ref();
      this.referenced = true;
    }
    return deadline;
  }

  release(deadline: Deadline): void {
    this.active.delete(deadline);
    if (this.active.size === 0 && this.referenced && !this.unrefQueued) {
      // Checked after the current job: a run starts its next node in the same job as it releases the last one,
      // so the timer is not unref'ed and ref'ed again (two calls into C++) between every two nodes.
      this.unrefQueued = true;
      queueMicrotask(this.unrefIfIdle);
    }
  }

  private readonly unrefIfIdle = (): void => {
    this.unrefQueued = false;
    if (this.active.size === 0 && this.referenced) {
      this.timer!.unref();
      this.referenced = false;
    }
  };

  private arm(at: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.armedAt = at;
    this.timer = setTimeout(() => this.fire(), Math.max(0, at - Date.now()));
    this.referenced = true;
  }

  private fire(): void {
    this.timer = undefined;
    this.armedAt = Infinity;
    this.referenced = false;
    const now = Date.now();
    let next = Infinity;
    for (const deadline of [...this.active]) {
      if (deadline.at <= now) {
        this.active.delete(deadline);
        deadline.owner.onDeadline();
      } else if (deadline.at < next) next = deadline.at;
    }
    if (next < Infinity && next < this.armedAt) this.arm(next);
  }
}

export const nodeDeadlines = new DeadlineWatch();
