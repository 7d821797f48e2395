export interface Expiring {
  onDeadline(): void;
}

/** A watched deadline; also a link of the watch's list, so watching and releasing one hashes nothing. */
export class Deadline {
  prev: Deadline | undefined;
  next: Deadline | undefined;
  watched = true;

  constructor(
    readonly at: number,
    readonly owner: Expiring,
  ) {}
}

/**
 * Node deadlines of every run in the process behind one timer, armed lazily: a node that ends before its deadline
 * costs a set insertion, not a setTimeout/clearTimeout pair. The timer is re-armed only for a deadline earlier than
 * the armed one, and holds the process open only while some deadline is watched.
 */
export class DeadlineWatch {
  /** The watched deadlines, oldest first. */
  private first: Deadline | undefined;
  private last: Deadline | undefined;
  private size = 0;
  private timer: NodeJS.Timeout | undefined;
  private armedAt = Infinity;
  private referenced = false;
  private unrefQueued = false;
  /** Runs under way: while any is, the timer stays referenced between their nodes. */
  private holds = 0;

  watch(timeoutMs: number, owner: Expiring): Deadline {
    const deadline = new Deadline(Date.now() + timeoutMs, owner);
    this.add(deadline);
    if (deadline.at < this.armedAt) this.arm(deadline.at);
    else if (!this.referenced) {
      this.timer!.ref();
      this.referenced = true;
    }
    return deadline;
  }

  release(deadline: Deadline): void {
    this.remove(deadline);
    if (this.holds === 0) this.unrefWhenIdle();
  }

  /**
   * A run holds the watch from its first node to its end, so releasing one node's deadline right before the next
   * node watches its own costs nothing: the timer is unref'ed only once no run holds it and no deadline is left.
   */
  hold(): void {
    this.holds += 1;
  }

  letGo(): void {
    this.holds -= 1;
    if (this.holds === 0) this.unrefWhenIdle();
  }

  private unrefWhenIdle(): void {
    if (this.size === 0 && this.referenced && !this.unrefQueued) {
      // Checked after the current job: whoever released the last deadline may watch a new one in the same job,
      // so the timer is not unref'ed and ref'ed again (two calls into C++) in between.
      this.unrefQueued = true;
      queueMicrotask(this.unrefIfIdle);
    }
  }

  private readonly unrefIfIdle = (): void => {
    this.unrefQueued = false;
    if (this.size === 0 && this.holds === 0 && this.referenced) {
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
    const expired: Deadline[] = [];
    for (let deadline = this.first; deadline; deadline = deadline.next) {
      if (deadline.at <= now) expired.push(deadline);
    }
    // Removed before any owner hears, so an owner that watches or releases meanwhile finds the list consistent.
    for (const deadline of expired) this.remove(deadline);
    for (const deadline of expired) deadline.owner.onDeadline();
    let next = Infinity;
    for (let deadline = this.first; deadline; deadline = deadline.next) {
      if (deadline.at < next) next = deadline.at;
    }
    if (next < Infinity && next < this.armedAt) this.arm(next);
  }

  private add(deadline: Deadline): void {
    deadline.prev = this.last;
    if (this.last) this.last.next = deadline;
    else this.first = deadline;
    this.last = deadline;
    this.size += 1;
  }

  private remove(deadline: Deadline): void {
    if (!deadline.watched) return;
    deadline.watched = false;
    if (deadline.prev) deadline.prev.next = deadline.next;
    else this.first = deadline.next;
    if (deadline.next) deadline.next.prev = deadline.prev;
    else this.last = deadline.prev;
    deadline.prev = deadline.next = undefined;
    this.size -= 1;
  }
}

export const nodeDeadlines = new DeadlineWatch();
