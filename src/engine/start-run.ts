import { ReplaySubject, lastValueFrom, type Subscription } from 'rxjs';
import { ContextSchema, type Context } from '../context/context-schema.js';
import { UsageError, errorMessage } from '../errors.js';
import { RunStore, listRuns, newRunId } from '../persistence/run-store.js';
import type { EngineEvent, EventPayload } from './engine-events.js';
import type { NodeRegistry } from './node-registry.js';
import { createSteps } from './plan-steps.js';
import { ResourceMonitor } from './resource-monitor.js';
import type { ResumeRequest, RunHandle, RunRequest, RunResult } from './run-handle.js';
import { runWorkflow$ } from './run-workflow.js';
import type { Runtime } from './runtime.js';
import type { WorkflowTemplates } from './workflow-templates.js';

/** What a run needs: shared services, the nodes it may name, and the plans by name. */
export interface Sluice {
  runtime: Runtime;
  registry: NodeRegistry;
  workflows: WorkflowTemplates;
}

export const MAX_TASK_CHARS = 10_000;

export function validateTaskText(task: string): string {
  const text = task.trim();
  if (!text) throw new UsageError('the task is empty; pass a question with --task "..."');
  if (text.length > MAX_TASK_CHARS) {
    throw new UsageError(`the task is ${text.length} characters long; the limit is ${MAX_TASK_CHARS}`);
  }
  return text;
}

export function createInitialContext(sluice: Sluice, request: RunRequest): Context {
  const text = validateTaskText(request.task);
  sluice.runtime.namespace(request.namespace);
  const template = sluice.workflows[request.plan];
  if (!template) {
    throw new UsageError(`unknown plan "${request.plan}"; known plans: ${Object.keys(sluice.workflows).sort().join(', ')}`);
  }
  const counter = { next_step_id: 0 };
  const pending = createSteps(template, counter);
  for (const step of pending) {
    const names = step.kind === 'node' ? [step.node] : step.steps.map((s) => s.node);
    for (const name of names) {
      if (!sluice.registry.has(name)) {
        throw new UsageError(`plan "${request.plan}" names unknown node "${name}"; known nodes: ${sluice.registry.names().join(', ')}`);
      }
    }
  }
  return ContextSchema.parse({
    run_id: request.runId ?? newRunId(),
    task: {
      text,
      namespace: request.namespace,
      plan: request.plan,
      current_date: request.currentDate,
      max_iterations: request.maxIterations,
      format: request.format,
    },
    plan: { done: [], pending, next_step_id: counter.next_step_id },
  });
}

export function startRun(sluice: Sluice, request: RunRequest): RunHandle {
  const context = createInitialContext(sluice, request);
  const store = request.saveDir ? RunStore.create(request.saveDir, context.run_id) : undefined;
  store?.acquireLock();
  store?.saveState(context, []);
  return launch(sluice, context, { store, nodesRun: [], resumed: false, onTrace: request.onTrace });
}

export function resumeRun(sluice: Sluice, request: ResumeRequest): RunHandle {
  const runs = listRuns(request.saveDir);
  let runId = request.runId;
  if (!runId) {
    const unfinished = runs.find((run) => run.state?.context.status === 'running');
    if (!unfinished) {
      throw new UsageError(
        runs.length === 0 ? `no runs in ${request.saveDir}` : `no unfinished run in ${request.saveDir}; name one with --run ID`,
      );
    }
    runId = unfinished.runId;
  } else if (!/^[\w.-]+$/.test(runId) || !runs.some((run) => run.runId === runId)) {
    throw new UsageError(`no run "${runId}" in ${request.saveDir}`);
  }
  const store = new RunStore(request.saveDir, runId);
  const state = store.loadState();
  if (state.context.status !== 'running') {
    throw new UsageError(`run ${runId} already finished (${state.context.status}); nothing to resume`);
  }
  store.acquireLock();
  let context = state.context;
  if (request.format) context = { ...context, task: { ...context.task, format: request.format } };
  try {
    sluice.runtime.namespace(context.task.namespace);
  } catch (error) {
    store.releaseLock();
    throw error;
  }
  return launch(sluice, context, { store, nodesRun: [...state.nodes_run], resumed: true, onTrace: request.onTrace });
}

interface LaunchOptions {
  store?: RunStore;
  nodesRun: string[];
  resumed: boolean;
  onTrace?: (record: Record<string, unknown>) => void;
}

function launch(sluice: Sluice, initial: Context, options: LaunchOptions): RunHandle {
  const { store, nodesRun } = options;
  const events$ = new ReplaySubject<EngineEvent>();
  const startedAt = Date.now();
  const monitor = new ResourceMonitor();
  const runId = initial.run_id;

  const debug = sluice.runtime.settings.debug;
  const trace = debug
    ? (record: Record<string, unknown>) => {
        store?.appendTrace(record);
        options.onTrace?.(record);
      }
    : undefined;

  const emit = (payload: EventPayload) => {
    const now = Date.now();
    const event = { ...payload, run_id: runId, at: now, elapsed_ms: now - startedAt } as EngineEvent;
    store?.appendEvent(event);
    if (trace && (event.type === 'node_end' || event.type === 'node_error' || event.type === 'node_retry')) trace({ type: 'event', event });
    events$.next(event);
  };
  const sampler = setInterval(() => emit({ type: 'resource_sample', resources: monitor.sample() }), 1_000);
  sampler.unref();

  emit({
    type: 'run_start',
    task: initial.task,
    pending: initial.plan.pending,
    done: initial.plan.done,
    resumed: options.resumed,
    model: sluice.runtime.settings.defaultModel,
  });

  let latest = initial;
  let subscription: Subscription | undefined;
  let settle: (result: RunResult) => void = () => {};
  const done = new Promise<RunResult>((resolve) => {
    settle = resolve;
  });
  let finished = false;

  const finish = (status: RunResult['status'], context: Context, error?: string) => {
    if (finished) return;
    finished = true;
    clearInterval(sampler);
    emit({
      type: 'run_end',
      status: error ? 'error' : status,
      duration_ms: Date.now() - startedAt,
      iterations: context.iteration,
      usage: context.usage,
      resources: monitor.summary(),
      ...(error ? { error } : {}),
    });
    store?.releaseLock();
    events$.complete();
    settle({ status, context, runDir: store?.dir, nodesRun: [...nodesRun], durationMs: Date.now() - startedAt, ...(error ? { error } : {}) });
  };

  const run$ = runWorkflow$(initial, {
    runtime: sluice.runtime,
    registry: sluice.registry,
    emit,
    monitor,
    nodesRun,
    runDir: store?.dir,
    trace,
    onStepDone: (context, ran) => {
      latest = context;
      trace?.({ type: 'node_output', node: ran.at(-1), sql: context.sql_attempts.at(-1)?.sql, context });
      store?.saveState(context, ran);
    },
  });

  subscription = run$.subscribe({
    next: (context) => {
      latest = context;
    },
    error: (error: unknown) => {
      finish('failed', { ...latest, failure: errorMessage(error) }, errorMessage(error));
    },
    complete: () => {
      const final = concludeRun(latest);
      try {
        store?.saveState(final, nodesRun);
      } catch (error) {
        finish('failed', final, `could not save the final state: ${errorMessage(error)}`);
        return;
      }
      finish(final.status === 'success' ? 'success' : 'failed', final);
    },
  });

  return {
    runId,
    runDir: store?.dir,
    events$: events$.asObservable(),
    done,
    cancel: (reason = 'cancelled') => {
      subscription?.unsubscribe();
      subscription = undefined;
      finish('cancelled', { ...latest, failure: reason });
    },
  };
}

/** Decides the run's status once the plan is empty: answered when the latest SQL ran without error. */
export function concludeRun(context: Context): Context {
  const attempt = context.sql_attempts.at(-1);
  const capped = context.reflections.some((r) => r.capped);
  const capNote = capped ? ` (reflection stopped at max_iterations ${context.task.max_iterations})` : '';
  if (attempt && attempt.executed && !attempt.error) {
    return { ...context, status: 'success', failure: undefined };
  }
  const failure = !attempt
    ? 'no SQL was generated'
    : !attempt.executed
      ? 'the last SQL was never executed'
      : `the last SQL failed: ${attempt.error}`;
  return { ...context, status: 'failed', failure: `${failure}${capNote}` };
}

export function waitForRun(handle: RunHandle): Promise<RunResult> {
  return lastValueFrom(handle.events$, { defaultValue: undefined }).then(() => handle.done);
}
