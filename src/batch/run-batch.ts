import { performance } from 'node:perf_hooks';
import { Observable, Subject, concatMap, defer, finalize, from, identity, map, mergeMap, takeUntil, tap, lastValueFrom, defaultIfEmpty } from 'rxjs';
import type { RunHandle } from '../engine/run-handle.js';
import type { Sluice } from '../engine/sluice.js';
import { Admission } from './admission.js';
import { answerQuestion, type AnswerContext, type QuestionDefaults } from './answer-question.js';
import { isNotStarted, type BatchRecord, type SequencedRecord } from './batch-record.js';
import type { BatchTracker } from './batch-tracker.js';
import { FlowGate } from './flow-gate.js';
import { inInputOrder } from './in-input-order.js';
import { LoopMeter } from './loop-meter.js';
import { parseBatchLine, type BatchLine } from './parse-batch-line.js';
import type { QuestionPool } from './question-pool.js';
import { readInputLines } from './read-input-lines.js';
import { writeLine } from './write-line.js';

export interface BatchOptions {
  /** One runtime for every question: connectors, catalogs and caches are shared. */
  sluice: Sluice;
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
  concurrency: number;
  ordered: boolean;
  defaults: QuestionDefaults;
  tracker: BatchTracker;
  onTrace?: (record: Record<string, unknown>) => void;
  /** Worker threads that answer the questions instead of this thread's `sluice` (see --workers). */
  pool?: QuestionPool;
}

export interface BatchOutcome {
  written: number;
  answered: number;
  notAnswered: number;
  cancelled: boolean;
  /** A cancelled batch: the first line it did not start (nothing of it or of any later line was saved). */
  firstNotStarted?: number;
  /** A cancelled batch: the runs it stopped in flight (saved, resumable). */
  stoppedRuns?: string[];
}

export interface BatchRun {
  done: Promise<BatchOutcome>;
  /** Stops reading, cancels the runs in flight (they stay resumable) and lets their records out. */
  cancel(): void;
}

/** Questions from a stream, `concurrency` at a time, one JSON line per question as each is written. */
export function runBatch(options: BatchOptions): BatchRun {
  const { tracker, concurrency } = options;
  const gate = new FlowGate(Math.max(16, concurrency * 4));
  const handles = new Map<number, RunHandle>();
  const stop$ = new Subject<void>();
  let cancelled = false;
  let lastLine = 0;
  const outcome: BatchOutcome = { written: 0, answered: 0, notAnswered: 0, cancelled: false };
  const context = { sluice: options.sluice, defaults: options.defaults, tracker, handles, isCancelled: () => cancelled, onTrace: options.onTrace };
  const { pool } = options;
  const admission = pool ? undefined : new Admission(new LoopMeter((since) => performance.eventLoopUtilization(since)));

  const records$ = readInputLines(options.input, gate).pipe(
    takeUntil(stop$),
    tap({ next: () => tracker.lineRead(), complete: () => tracker.inputEnded() }),
    map(parseBatchLine),
    tap((line) => (lastLine = Math.max(lastLine, line.line))),
    mergeMap((line) => (pool ? pool.answer(line) : admitted(line, context, admission!)), concurrency),
    options.ordered ? inInputOrder() : identity,
    concatMap(async ({ record }) => {
      await writeLine(options.output, JSON.stringify(record));
      tracker.written(record);
      outcome.written++;
      if (record.status === 'success') outcome.answered++;
      else outcome.notAnswered++;
      if (cancelled) noteInterrupted(outcome, record);
      gate.release();
      return record;
    }),
    defaultIfEmpty(undefined),
  );

  const done = lastValueFrom(records$).then(
    () => {
      tracker.finish();
      // Lines after the last one read were never read at all.
      if (cancelled && !tracker.snapshot().inputDone) outcome.firstNotStarted ??= lastLine + 1;
      return { ...outcome, cancelled };
    },
    (error: unknown) => {
      admission?.openAll();
      for (const handle of handles.values()) handle.cancel('batch stopped');
      pool?.cancel();
      throw error;
    },
  );

  return {
    done,
    cancel: () => {
      if (cancelled) return;
      cancelled = true;
      stop$.next();
      admission?.openAll();
      for (const handle of handles.values()) handle.cancel('batch cancelled');
      pool?.cancel();
    },
  };
}

function noteInterrupted(outcome: BatchOutcome, record: BatchRecord): void {
  if (isNotStarted(record)) {
    outcome.firstNotStarted = Math.min(outcome.firstNotStarted ?? record.line, record.line);
  } else if ('run_id' in record && record.run_id && record.status === 'cancelled') {
    (outcome.stoppedRuns ??= []).push(record.run_id);
  }
}

/** A question on this thread once the thread has time for it (see Admission); a malformed line needs no turn. */
function admitted(line: BatchLine, context: AnswerContext, admission: Admission): Observable<SequencedRecord> {
  if (line.kind === 'invalid') return answerQuestion(line, context);
  return defer(() => {
    const entering = admission.enter();
    return from(entering).pipe(
      concatMap(() => answerQuestion(line, context)),
      // Also when unsubscribed while still waiting: the turn it is given then goes straight back.
      finalize(() => void entering.then(() => admission.leave())),
    );
  });
}
