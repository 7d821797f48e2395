import { Observable, catchError, defer, finalize, from, map, of } from 'rxjs';
import { errorMessage } from '../errors.js';
import type { RunHandle } from '../engine/run-handle.js';
import { startRun } from '../engine/start-run.js';
import type { Sluice } from '../engine/sluice.js';
import { notStartedRecord, answeredRecord, errorRecord, type SequencedRecord } from './batch-record.js';
import type { BatchTracker } from './batch-tracker.js';
import type { BatchLine } from './parse-batch-line.js';

export interface QuestionDefaults {
  namespace: string;
  plan: string;
  currentDate: string;
  maxIterations: number;
  saveDir?: string;
  /** Prefix of the run ids, unique to this batch; the line number follows it. */
  batchId: string;
}

export interface AnswerContext {
  sluice: Sluice;
  defaults: QuestionDefaults;
  tracker: Pick<BatchTracker, 'started' | 'nodeStarted' | 'stopped'>;
  /** Runs in flight, so a cancelled batch can cancel them. */
  handles: Map<number, RunHandle>;
  isCancelled: () => boolean;
  onTrace?: (record: Record<string, unknown>) => void;
}

/** One line to one result record: a run for a question, an error record for a malformed or refused line. */
export function answerQuestion(line: BatchLine, context: AnswerContext): Observable<SequencedRecord> {
  return defer(() => {
    const { seq } = line;
    if (line.kind === 'invalid') return of({ seq, record: errorRecord(line, line.error) });
    if (context.isCancelled()) return of({ seq, record: notStartedRecord(line) });
    const { defaults, tracker } = context;
    let handle: RunHandle;
    try {
      handle = startRun(context.sluice, {
        task: line.task,
        namespace: line.namespace ?? defaults.namespace,
        plan: line.plan ?? defaults.plan,
        currentDate: line.current_date ?? defaults.currentDate,
        maxIterations: defaults.maxIterations,
        saveDir: defaults.saveDir,
        runId: `${defaults.batchId}-${String(line.line).padStart(6, '0')}`,
        format: 'json',
        onTrace: context.onTrace,
      });
    } catch (error) {
      return of({ seq, record: errorRecord(line, errorMessage(error)) });
    }
    context.handles.set(seq, handle);
    tracker.started({ seq, line: line.line, id: line.id, task: line.task });
    const nodes = handle.events$.subscribe((event) => {
      if (event.type === 'node_start') tracker.nodeStarted(seq, event.node);
    });
    return from(handle.done).pipe(
      map((result) => ({ seq, record: answeredRecord(line, result) })),
      catchError((error: unknown) => of({ seq, record: errorRecord(line, errorMessage(error)) })),
      finalize(() => {
        nodes.unsubscribe();
        context.handles.delete(seq);
        tracker.stopped(seq);
      }),
    );
  });
}
