import type { RunResult } from '../engine/run-handle.js';
import { runSummary, type RunSummary } from '../output/run-summary.js';

/** One output line: the fields of `--format json` with the input's id and line number. */
export type AnsweredRecord = { line: number; id: string | number | null } & RunSummary;

/** A line that never became a run: malformed, or refused (unknown plan, empty task). */
export interface ErrorRecord {
  line: number;
  id: string | number | null;
  status: 'error';
  error: string;
}

export type BatchRecord = AnsweredRecord | ErrorRecord;

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
  return { line: source.line, id: source.id, ...summary, ...(error && summary.status !== 'success' ? { error } : {}) };
}

/** The error of a line a cancelled batch never started (no run, nothing saved: it must be asked again). */
export const NOT_STARTED = 'cancelled before it started';

export function errorRecord(source: RecordSource, error: string): ErrorRecord {
  return { line: source.line, id: source.id, status: 'error', error };
}
