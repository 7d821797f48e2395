import { isNotStarted, type BatchRecord } from './batch-record.js';

export interface RunningQuestion {
  seq: number;
  line: number;
  id: string | number | null;
  task: string;
  node?: string;
  since: number;
}

export interface BatchFailure {
  line: number;
  id: string | number | null;
  error: string;
}

export interface BatchSnapshot {
  startedAt: number;
  concurrency: number;
  ordered: boolean;
  /** Non-blank lines read so far. */
  read: number;
  /** Non-blank lines in the whole input, when it could be counted ahead (stdin redirected from a file). */
  expected?: number;
  inputDone: boolean;
  /** Lines whose result has been written. */
  done: number;
  answered: number;
  /** Every line that did not end success, unsure and unanswerable ones included. */
  notAnswered: number;
  unsure?: number;
  unanswerable?: number;
  /** Runs the cancel stopped in flight: saved and resumable, counted as done and not answered. */
  cancelled?: number;
  /** Lines a cancelled batch never started: written with status cancelled to ask again, not counted as done. */
  notStarted?: number;
  running: RunningQuestion[];
  /** The first failures, in the order they were written (at most MAX_KEPT_FAILURES kept). */
  failures: BatchFailure[];
  finishedAt?: number;
}

const MAX_KEPT_FAILURES = 500;

/** What the batch dashboard and the plain progress lines read: counts, failures, the questions running now. */
export class BatchTracker {
  private state: Omit<BatchSnapshot, 'running'>;
  private readonly running = new Map<number, RunningQuestion>();

  constructor(options: { concurrency: number; ordered: boolean; now?: number }) {
    this.state = {
      startedAt: options.now ?? Date.now(),
      concurrency: options.concurrency,
      ordered: options.ordered,
      read: 0,
      inputDone: false,
      done: 0,
      answered: 0,
      notAnswered: 0,
      unsure: 0,
      unanswerable: 0,
      failures: [],
    };
  }

  lineRead(): void {
    this.state.read++;
  }

  expect(total: number): void {
    this.state.expected = total;
  }

  inputEnded(): void {
    this.state.inputDone = true;
  }

  started(question: Omit<RunningQuestion, 'since'>): void {
    this.running.set(question.seq, { ...question, since: Date.now() });
  }

  nodeStarted(seq: number, node: string): void {
    const entry = this.running.get(seq);
    if (entry) entry.node = node;
  }

  stopped(seq: number): void {
    this.running.delete(seq);
  }

  written(record: BatchRecord): void {
    if (isNotStarted(record)) {
      this.state.notStarted = (this.state.notStarted ?? 0) + 1;
      return;
    }
    this.state.done++;
    if (record.status === 'success') {
      this.state.answered++;
      return;
    }
    this.state.notAnswered++;
    if (record.status === 'unsure') this.state.unsure = (this.state.unsure ?? 0) + 1;
    if (record.status === 'unanswerable') this.state.unanswerable = (this.state.unanswerable ?? 0) + 1;
    if (record.status === 'cancelled') this.state.cancelled = (this.state.cancelled ?? 0) + 1;
    if (this.state.failures.length < MAX_KEPT_FAILURES) {
      const reason = 'reason' in record && record.reason ? `${record.status}: ${record.reason}` : undefined;
      this.state.failures = [...this.state.failures, { line: record.line, id: record.id, error: record.error ?? reason ?? 'not answered' }];
    }
  }

  finish(now = Date.now()): void {
    this.state.finishedAt = now;
  }

  snapshot(): BatchSnapshot {
    return { ...this.state, running: [...this.running.values()].sort((a, b) => a.seq - b.seq) };
  }
}
