import type { RunResult } from '../engine/run-handle.js';
import { runSummary, type RunSummary } from '../output/run-summary.js';
import { runStateSaved } from '../persistence/run-store.js';

/**
 * One output line: the fields of `--format json` with the input's id and line number. A failed run none of whose state
 * reached the save dir (a full disk) has no `run_id`: there is nothing to resume, the question must be asked again.
 */
export type AnsweredRecord = { line: number; id: string | number | null } & Omit<RunSummary, 'run_id'> & { run_id?: string };

/** A line that never became a run: malformed, or refused (unknown plan, empty task). */
export interface ErrorRecord {
  line: number;
  id: string | number | null;
  status: 'error';
  error: string;
}

/** A line a cancelled batch never started: no run, nothing saved, it must be asked again. */
export interface NotStartedRecord {
  line: number;
  id: string | number | null;
  status: 'cancelled';
  error: typeof NOT_STARTED;
}

export type BatchRecord = AnsweredRecord | ErrorRecord | NotStartedRecord;

export interface RecordSource {
  line: number;
  seq: number;
  id: string | number | null;
}

export interface SequencedRecord {
  seq: number;
  record: BatchRecord;
}

export function answeredRecord(source: RecordSource, result: RunResult): AnsweredRecord {
  const summary = runSummary(result.context, result.nodesRun, result.status);
  const error = result.error ?? summary.error ?? (result.status === 'cancelled' ? 'cancelled' : undefined);
  if (result.error && result.runDir && !runStateSaved(result.runDir)) {
    const { run_id: _unsaved, ...unsaved } = summary;
    return { line: source.line, id: source.id, ...unsaved, error: `${result.error}; nothing of this run was saved, so there is nothing to resume: ask it again` };
  }
  return { line: source.line, id: source.id, ...summary, ...(error && summary.status !== 'success' ? { error } : {}) };
}

/** The error of a line a cancelled batch never started (no run, nothing saved: it must be asked again). */
export const NOT_STARTED = 'cancelled before it started';

export function notStartedRecord(source: RecordSource): NotStartedRecord {
  return { line: source.line, id: source.id, status: 'cancelled', error: NOT_STARTED };
}

/** A cancelled line without a run: one of its questions that the batch never started. */
export function isNotStarted(record: BatchRecord): record is NotStartedRecord {
  return record.status === 'cancelled' && !('run_id' in record);
}

export function errorRecord(source: RecordSource, error: string): ErrorRecord {
  return { line: source.line, id: source.id, status: 'error', error };
}
