import { Worker } from 'node:worker_threads';
import { Observable } from 'rxjs';
import { notStartedRecord, errorRecord, type SequencedRecord } from './batch-record.js';
import type { BatchTracker } from './batch-tracker.js';
import { LoopMeter } from './loop-meter.js';
import type { BatchLine, BatchQuestion } from './parse-batch-line.js';
import type { FromQuestionWorker, QuestionWorkerSetup, ToQuestionWorker } from './worker-messages.js';

/** A worker takes at least this many questions at once however busy it is, so a slow question never stalls it alone. */
const ALWAYS_ADMITTED = 2;
/** Above this event-loop utilization a worker is saturated: more questions in flight would not finish sooner. */
const SATURATED = 0.9;
const RECHECK_MS = 10;
const CLOSE_GRACE_MS = 5_000;

interface Pending {
  line: BatchQuestion;
  emit: (record: SequencedRecord) => void;
}

interface PoolWorker {
  worker: Worker;
  meter: LoopMeter;
  ready: boolean;
  gone?: string;
  inFlight: Map<number, Pending>;
}

/**
 * Questions answered by worker threads, each with its own runtime, so a batch uses every core. Reading, ordering,
 * writing and progress stay on the main thread; a question goes to the least-loaded ready worker, and waits while
 * every worker is saturated (an admission limit: a higher --concurrency never piles more work on a busy core).
 */
export class QuestionPool {
  private readonly workers: PoolWorker[];
  private readonly queue: Pending[] = [];
  private recheck: NodeJS.Timeout | undefined;
  private cancelled = false;
  /** Why the last worker stopped, once none is left: later questions get an error line at once instead of waiting. */
  private allGone: string | undefined;

  constructor(size: number, setup: QuestionWorkerSetup, private readonly tracker: BatchTracker) {
    this.workers = Array.from({ length: size }, () => this.spawn(setup));
  }

  /** One line to its record; a line that is not a question, or comes after a cancel, never reaches a worker. */
  answer(line: BatchLine): Observable<SequencedRecord> {
    return new Observable<SequencedRecord>((subscriber) => {
      const emit = (record: SequencedRecord) => {
        subscriber.next(record);
        subscriber.complete();
      };
      if (line.kind === 'invalid') return emit({ seq: line.seq, record: errorRecord(line, line.error) });
      if (this.cancelled) return emit({ seq: line.seq, record: notStartedRecord(line) });
      if (this.allGone) return emit({ seq: line.seq, record: errorRecord(line, `batch worker stopped: ${this.allGone}`) });
      this.queue.push({ line, emit });
      this.dispatch();
    });
  }

  /** Questions not yet handed out are cancelled before they start; workers cancel the runs they hold (resumable). */
  cancel(): void {
    this.cancelled = true;
    for (const pending of this.queue.splice(0)) pending.emit({ seq: pending.line.seq, record: notStartedRecord(pending.line) });
    this.post({ type: 'cancel' });
  }

  /** Closes every worker's runtime, then the workers. */
  async close(): Promise<void> {
    clearTimeout(this.recheck);
    await Promise.all(
      this.workers.map(async (entry) => {
        if (entry.gone) return;
        const closed = new Promise<void>((resolve) => {
          entry.worker.on('message', (message: FromQuestionWorker) => message.type === 'closed' && resolve());
          entry.worker.once('exit', () => resolve());
          setTimeout(resolve, CLOSE_GRACE_MS).unref();
        });
        entry.worker.postMessage({ type: 'close' } satisfies ToQuestionWorker);
        await closed;
        await entry.worker.terminate();
      }),
    );
  }

  private spawn(setup: QuestionWorkerSetup): PoolWorker {
    const worker = new Worker(new URL('./question-worker.js', import.meta.url), { workerData: setup });
    const entry: PoolWorker = { worker, meter: new LoopMeter((since) => worker.performance.eventLoopUtilization(since)), ready: false, inFlight: new Map() };
    worker.on('message', (message: FromQuestionWorker) => this.receive(entry, message));
    worker.on('error', (error) => this.lose(entry, error.message));
    worker.on('exit', (code) => this.lose(entry, `exited with code ${code}`));
    return entry;
  }

  private receive(entry: PoolWorker, message: FromQuestionWorker): void {
    if (message.type === 'ready') {
      entry.ready = true;
      this.dispatch();
    } else if (message.type === 'failed') {
      this.lose(entry, message.error);
    } else if (message.type === 'nodes') {
      for (const [seq, node] of message.nodes) if (entry.inFlight.has(seq)) this.tracker.nodeStarted(seq, node);
    } else if (message.type === 'records') {
      for (const { seq, record } of message.records) {
        const pending = entry.inFlight.get(seq);
        if (!pending) continue;
        entry.inFlight.delete(seq);
        this.tracker.stopped(seq);
        pending.emit({ seq, record });
      }
      this.dispatch();
    }
  }

  /** A worker that failed or stopped: its questions get an error line each (nothing is silently dropped). */
  private lose(entry: PoolWorker, reason: string): void {
    if (entry.gone) return;
    entry.gone = reason;
    for (const [seq, pending] of entry.inFlight) {
      this.tracker.stopped(seq);
      pending.emit({ seq, record: errorRecord(pending.line, `batch worker stopped: ${reason}`) });
    }
    entry.inFlight.clear();
    if (this.workers.every((other) => other.gone)) {
      this.allGone = reason;
      for (const pending of this.queue.splice(0)) pending.emit({ seq: pending.line.seq, record: errorRecord(pending.line, `batch worker stopped: ${reason}`) });
    }
    this.dispatch();
  }

  private dispatch(): void {
    clearTimeout(this.recheck);
    this.recheck = undefined;
    const now = Date.now();
    while (this.queue.length > 0) {
      const target = this.leastLoaded();
      if (!target) return;
      if (target.inFlight.size >= ALWAYS_ADMITTED && target.meter.utilization(now) >= SATURATED) {
        this.recheck = setTimeout(() => this.dispatch(), RECHECK_MS);
        return;
      }
      const pending = this.queue.shift()!;
      target.inFlight.set(pending.line.seq, pending);
      this.tracker.started({ seq: pending.line.seq, line: pending.line.line, id: pending.line.id, task: pending.line.task });
      target.worker.postMessage({ type: 'answer', line: pending.line } satisfies ToQuestionWorker);
    }
  }

  private leastLoaded(): PoolWorker | undefined {
    let best: PoolWorker | undefined;
    for (const entry of this.workers) {
      if (!entry.ready || entry.gone) continue;
      if (!best || entry.inFlight.size < best.inFlight.size) best = entry;
    }
    return best;
  }

  private post(message: ToQuestionWorker): void {
    for (const entry of this.workers) if (!entry.gone) entry.worker.postMessage(message);
  }
}
