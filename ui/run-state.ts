import type { PlanStep, Task } from '../src/context/context-schema.js';
import type { EngineEvent, RunEndEvent } from '../src/engine/engine-events.js';
import type { RunResult } from '../src/engine/run-handle.js';

export type StepStatus = 'waiting' | 'running' | 'done' | 'failed' | 'skipped';

/** One plan step as the dashboard shows it; a parallel group carries its branches as children. */
export interface StepRow {
  id: string;
  /** Node name, or "parallel" for a group. */
  node: string;
  iteration: number;
  /** Added to the plan while the run went on (by reflect, for instance). */
  inserted: boolean;
  status: StepStatus;
  /** Epoch ms of the latest start. */
  startedAt?: number;
  durationMs?: number;
  tokens: number;
  detail: string;
  attempt: number;
  /** Finished by an earlier process, before this resume. */
  earlier: boolean;
  children: StepRow[];
}

export type RunPhase = 'starting' | 'running' | RunEndEvent['status'];

export interface RunState {
  runId?: string;
  task?: Task;
  model?: string;
  /** Plugin files loaded from sluice.yml, shown in the header. */
  plugins?: string[];
  resumed: boolean;
  startedAt?: number;
  rows: StepRow[];
  phase: RunPhase;
  end?: RunEndEvent;
  /** The run's final context, once `handle.done` resolved. */
  result?: RunResult;
}

/** Not an engine event: the follower dispatches it when `handle.done` resolves. */
export interface RunFinishedAction {
  type: 'finished';
  result: RunResult;
}

export type RunAction = EngineEvent | RunFinishedAction;

export const initialRunState: RunState = { resumed: false, rows: [], phase: 'starting' };

const tokensOf = (usage: { prompt_tokens: number; completion_tokens: number }) => usage.prompt_tokens + usage.completion_tokens;

function rowFor(step: PlanStep, options: { inserted?: boolean; done?: boolean } = {}): StepRow {
  const base = {
    id: step.id,
    iteration: step.iteration,
    inserted: Boolean(options.inserted) || step.iteration > 0,
    status: options.done ? ('done' as const) : ('waiting' as const),
    tokens: 0,
    detail: options.done ? 'done earlier' : '',
    attempt: 0,
    earlier: Boolean(options.done),
  };
  if (step.kind === 'node') return { ...base, node: step.node, children: [] };
  return {
    ...base,
    node: 'parallel',
    children: step.steps.map((child) => rowFor(child, { done: options.done, inserted: options.inserted })),
  };
}

function updateRow(rows: StepRow[], id: string, change: (row: StepRow) => StepRow): StepRow[] {
  let touched = false;
  const next = rows.map((row) => {
    if (row.id === id) {
      touched = true;
      return change(row);
    }
    if (row.children.length === 0) return row;
    const children = updateRow(row.children, id, change);
    if (children === row.children) return row;
    touched = true;
    return { ...row, children };
  });
  return touched ? next : rows;
}

function findRow(rows: StepRow[], id: string): StepRow | undefined {
  for (const row of rows) {
    if (row.id === id) return row;
    const child = findRow(row.children, id);
    if (child) return child;
  }
  return undefined;
}

function parentOf(rows: StepRow[], id: string): StepRow | undefined {
  return rows.find((row) => row.children.some((child) => child.id === id));
}

/** The pending list is the authority on what is still to run: finished rows keep their place, waiting rows follow it. */
function applyPending(rows: StepRow[], pending: PlanStep[], insertedIds: Set<string>): StepRow[] {
  const settled = rows.filter((row) => row.status !== 'waiting');
  const waiting = new Map(rows.filter((row) => row.status === 'waiting').map((row) => [row.id, row]));
  const upcoming = pending.map((step) => {
    const known = waiting.get(step.id);
    waiting.delete(step.id);
    return known ?? rowFor(step, { inserted: insertedIds.has(step.id) });
  });
  const dropped = [...waiting.values()].map((row) => ({ ...row, status: 'skipped' as const, detail: 'removed from the plan' }));
  return [...settled, ...dropped, ...upcoming];
}

function closeRows(rows: StepRow[], status: RunEndEvent['status']): StepRow[] {
  return rows.map((row) => {
    const children = closeRows(row.children, status);
    if (row.status === 'waiting') return { ...row, children, status: 'skipped', detail: 'not run' };
    if (row.status === 'running') {
      const detail = status === 'cancelled' ? 'cancelled; runs again on resume' : 'stopped';
      return { ...row, children, status: 'skipped', detail };
    }
    return children === row.children ? row : { ...row, children };
  });
}

/** Folds engine events into dashboard rows. Pure, so every state can be built from a list of events in a test. */
export function reduceRunState(state: RunState, action: RunAction): RunState {
  switch (action.type) {
    case 'run_start':
      return {
        ...state,
        runId: action.run_id,
        task: action.task,
        model: action.model,
        plugins: action.plugins,
        resumed: action.resumed,
        startedAt: action.at,
        phase: 'running',
        rows: [...action.done.map((step) => rowFor(step, { done: true })), ...action.pending.map((step) => rowFor(step))],
      };
    case 'node_start': {
      let rows = updateRow(state.rows, action.step_id, (row) => ({
        ...row,
        status: 'running',
        startedAt: action.at,
        attempt: action.attempt,
        detail: action.attempt > 1 ? `attempt ${action.attempt}` : '',
      }));
      const group = parentOf(rows, action.step_id);
      if (group && group.status === 'waiting') {
        rows = updateRow(rows, group.id, (row) => ({ ...row, status: 'running', startedAt: action.at }));
      }
      return { ...state, rows };
    }
    case 'node_progress':
      return { ...state, rows: updateRow(state.rows, action.step_id, (row) => ({ ...row, detail: action.message })) };
    case 'node_retry':
      return {
        ...state,
        rows: updateRow(state.rows, action.step_id, (row) => ({
          ...row,
          detail: `retry ${action.attempt} in ${action.delay_ms} ms: ${action.error}`,
        })),
      };
    case 'node_end':
      return {
        ...state,
        rows: updateRow(state.rows, action.step_id, (row) => ({
          ...row,
          status: 'done',
          durationMs: action.duration_ms,
          tokens: tokensOf(action.usage),
          detail: action.summary,
        })),
      };
    case 'node_error': {
      let rows = updateRow(state.rows, action.step_id, (row) => ({
        ...row,
        status: 'failed',
        durationMs: action.duration_ms,
        detail: action.error,
      }));
      const group = parentOf(rows, action.step_id);
      if (group) {
        rows = updateRow(rows, group.id, (row) => ({
          ...row,
          status: 'failed',
          durationMs: action.at - (row.startedAt ?? action.at),
          detail: `${action.node} failed`,
        }));
      }
      return { ...state, rows };
    }
    case 'plan_changed': {
      const inserted = new Set(action.inserted.map((step) => step.id));
      return { ...state, rows: applyPending(state.rows, action.pending, inserted) };
    }
    case 'resource_sample':
      return state;
    case 'run_end':
      return { ...state, phase: action.status, end: action, rows: closeRows(state.rows, action.status) };
    case 'finished':
      return { ...state, result: action.result };
  }
}

export function reduceRunEvents(actions: RunAction[], state: RunState = initialRunState): RunState {
  return actions.reduce(reduceRunState, state);
}

/** Fills the rows a resumed run finished earlier with what the earlier process logged about them. */
export function withEarlierEvents(state: RunState, earlier: EngineEvent[]): RunState {
  let rows = state.rows;
  for (const event of earlier) {
    if (event.type !== 'node_end') continue;
    const row = findRow(rows, event.step_id);
    if (!row?.earlier) continue;
    rows = updateRow(rows, event.step_id, (current) => ({
      ...current,
      durationMs: event.duration_ms,
      tokens: tokensOf(event.usage),
      detail: `earlier run: ${event.summary}`,
    }));
  }
  return rows === state.rows ? state : { ...state, rows };
}

export const isFinished = (row: StepRow) => row.status === 'done' || row.status === 'failed' || row.status === 'skipped';

/** Rows that will not change any more: the finished rows before the first unfinished one. */
export function settledRowCount(rows: StepRow[]): number {
  const index = rows.findIndex((row) => !isFinished(row));
  return index === -1 ? rows.length : index;
}
