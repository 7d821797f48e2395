import type { Observable } from 'rxjs';
import type { Context } from '../context/context-schema.js';
import type { EngineEvent } from './engine-events.js';

/** unsure: answered, but a shape check failed; unanswerable: the data cannot answer, so nothing ran. */
export type RunOutcomeStatus = 'success' | 'unsure' | 'unanswerable' | 'failed' | 'cancelled';

export interface RunResult {
  status: RunOutcomeStatus;
  context: Context;
  /** The run's folder in the save dir (absent when persistence is off). */
  runDir?: string;
  /** Node names in the order they ran (this process and earlier ones, for a resumed run). */
  nodesRun: string[];
  durationMs: number;
  /** Set when the machinery failed (a node threw after its retries); the state stays resumable. */
  error?: string;
  /** With `error`: 2 when the fault is one the user fixes (a damaged database file found mid-run), else 1. */
  errorExitCode?: 1 | 2;
}

/** A run in progress. Subscribers (CLI lines, Ink UI, batch writer, save-dir writer) only read events. */
export interface RunHandle {
  readonly runId: string;
  readonly runDir?: string;
  /** Every event of the run, replayed to late subscribers; completes when the run ends. */
  readonly events$: Observable<EngineEvent>;
  /** Resolves when the run ends, whatever its status; rejects only on faults of the machinery. */
  readonly done: Promise<RunResult>;
  /** Stops the run: aborts the model request and interrupts the query in flight. State stays resumable. */
  cancel(reason?: string): void;
}

export interface RunRequest {
  task: string;
  namespace: string;
  plan: string;
  currentDate: string;
  maxIterations: number;
  /** Where run folders go; undefined turns persistence off. */
  saveDir?: string;
  runId?: string;
  /** Output format the output node renders; html renders the table, and the caller writes the page (followRunToHtml). */
  format: 'table' | 'json' | 'csv' | 'markdown' | 'html';
  /** With --debug: receives every trace record (node inputs/outputs, model calls) besides the trace file. */
  onTrace?: (record: Record<string, unknown>) => void;
}

export interface ResumeRequest {
  saveDir: string;
  /** Defaults to the latest unfinished run. */
  runId?: string;
  format?: RunRequest['format'];
  onTrace?: RunRequest['onTrace'];
  /** Told, before the run goes on, what the user should know about it (its plan changed in workflow.yml since it started). */
  onNote?(text: string): void;
}
