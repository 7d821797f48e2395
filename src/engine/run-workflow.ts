import { EMPTY, Observable, defer, expand, forkJoin, map, of, retry, tap, throwError, timeout, timer } from 'rxjs';
import type { Context, NodeStep, PlanStep } from '../context/context-schema.js';
import { usageSince } from '../context/usage-arithmetic.js';
import { errorMessage } from '../errors.js';
import type { EventPayload } from './engine-events.js';
import { mergeContexts } from './merge-contexts.js';
import { stepNodeNames } from './plan-steps.js';
import type { NodeOutcome } from './node-definition.js';
import { runNode$ } from './node-operator.js';
import type { NodeRegistry } from './node-registry.js';
import type { ResourceMonitor } from './resource-monitor.js';
import type { Runtime } from './runtime.js';

export interface WorkflowEnvironment {
  runtime: Runtime;
  registry: NodeRegistry;
  emit(payload: EventPayload): void;
  monitor: ResourceMonitor;
  /** Called after every finished step, before the next starts: the save-dir writer hangs here. */
  onStepDone?(context: Context, nodesRun: string[]): void;
  trace?(record: Record<string, unknown>): void;
  runDir?: string;
  /** Node names in the order they ran; the runner appends to it. */
  nodesRun: string[];
  /** Safety net against plans that never end, whatever nodes insert. */
  maxSteps?: number;
}

export class NodeTimeoutError extends Error {
  constructor(node: string, ms: number) {
    super(`node ${node} timed out after ${ms} ms`);
    this.name = 'NodeTimeoutError';
  }
}

/**
 * Walks the plan with `expand`: each emission is the context after one more step.
 * Steps that nodes insert into `plan.pending` are picked up on the next turn.
 */
export function runWorkflow$(initial: Context, env: WorkflowEnvironment): Observable<Context> {
  const maxSteps = env.maxSteps ?? 200;
  let executed = 0;
  return defer(() => {
    for (const name of initial.plan.pending.flatMap(stepNodeNames)) {
      if (!env.registry.has(name)) return throwError(() => new Error(`unknown node "${name}" in the plan`));
    }
    return of(initial).pipe(
      expand((context: Context) => {
        const step = context.plan.pending[0];
        if (!step) return EMPTY;
        if (++executed > maxSteps) {
          return throwError(() => new Error(`the run stopped after ${maxSteps} steps; a node keeps inserting steps`));
        }
        return runStep$(context, step, env);
      }),
    );
  });
}

function runStep$(context: Context, step: PlanStep, env: WorkflowEnvironment): Observable<Context> {
  const started = Date.now();
  const usageBefore = context.usage;
  const work$: Observable<NodeOutcome> =
    step.kind === 'node'
      ? runPolicedNode$(context, step, env)
      : forkJoin(step.steps.map((child) => runPolicedNode$(withCurrent(context, child), child, env))).pipe(
          map((outcomes) => ({
            context: mergeContexts(
              context,
              outcomes.map((outcome) => outcome.context),
            ),
            summary: outcomes.map((outcome, i) => `${step.steps[i]!.node}: ${outcome.summary}`).join('; '),
          })),
        );

  return work$.pipe(
    map((outcome) => {
      const before = new Set(context.plan.pending.map((s) => s.id));
      const pending = outcome.context.plan.pending.filter((s) => s.id !== step.id);
      const inserted = pending.filter((s) => !before.has(s.id));
      const next: Context = {
        ...outcome.context,
        plan: { ...outcome.context.plan, pending, done: [...context.plan.done, step] },
      };
      if (step.kind === 'node') env.nodesRun.push(step.node);
      else env.nodesRun.push(...step.steps.map((s) => s.node));
      env.onStepDone?.(next, env.nodesRun);
      if (step.kind === 'parallel') {
        env.emit({
          type: 'node_end',
          step_id: step.id,
          node: 'parallel',
          iteration: step.iteration,
          duration_ms: Date.now() - started,
          summary: outcome.summary,
          usage: usageSince(next.usage, usageBefore),
          resources: env.monitor.sample(),
        });
      }
      if (inserted.length > 0) {
        const reflection = next.reflections.at(-1);
        env.emit({
          type: 'plan_changed',
          by_step_id: step.id,
          by_node: step.kind === 'node' ? step.node : 'parallel',
          inserted,
          pending,
          reason: reflection?.reason ?? 'inserted by node',
        });
      }
      return next;
    }),
  );
}

/** While a parallel branch runs, its own step is the "running" one, so insertions land after the group. */
function withCurrent(context: Context, step: NodeStep): Context {
  return { ...context, plan: { ...context.plan, pending: [step, ...context.plan.pending.slice(1)] } };
}

/** One node with its timeout, retry policy and events. */
function runPolicedNode$(context: Context, step: NodeStep, env: WorkflowEnvironment): Observable<NodeOutcome> {
  const definition = env.registry.get(step.node);
  if (!definition) return throwError(() => new Error(`unknown node "${step.node}"`));
  const settings = env.runtime.settings;
  const timeoutMs = step.options.timeout_ms ?? definition.defaults?.timeout_ms ?? settings.nodeTimeoutMs;
  const retries = step.options.retries ?? definition.defaults?.retries ?? settings.nodeRetries;
  let attempt = 0;
  let started = 0;

  return defer(() => {
    attempt += 1;
    started = Date.now();
    env.emit({ type: 'node_start', step_id: step.id, node: step.node, iteration: step.iteration, attempt });
    env.trace?.({ type: 'node_input', node: step.node, step_id: step.id, attempt, context });
    return runNode$(context, {
      definition,
      step,
      runtime: env.runtime,
      runDir: env.runDir,
      trace: env.trace,
      progress: (message, data) => {
        env.emit({ type: 'node_progress', step_id: step.id, node: step.node, message, ...(data ? { data } : {}) });
        const modelRetry = data?.retry as { attempt?: number; delay_ms?: number; error?: string } | undefined;
        if (modelRetry) {
          env.emit({
            type: 'node_retry',
            step_id: step.id,
            node: step.node,
            attempt: modelRetry.attempt ?? 1,
            delay_ms: modelRetry.delay_ms ?? 0,
            error: modelRetry.error ?? message,
          });
        }
      },
    }).pipe(
      timeout({ first: timeoutMs, with: () => throwError(() => new NodeTimeoutError(step.node, timeoutMs)) }),
    );
  }).pipe(
    retry({
      count: retries,
      delay: (error: unknown, count: number) => {
        if ((error as { retryable?: boolean }).retryable === false) return throwError(() => error);
        const delayMs = Math.min(200 * 2 ** (count - 1), 5_000);
        env.emit({ type: 'node_retry', step_id: step.id, node: step.node, attempt: count, delay_ms: delayMs, error: errorMessage(error) });
        return timer(delayMs);
      },
    }),
    map((outcome) => {
      const usage = usageSince(outcome.context.usage, context.usage);
      env.emit({
        type: 'node_end',
        step_id: step.id,
        node: step.node,
        iteration: step.iteration,
        duration_ms: Date.now() - started,
        summary: outcome.summary,
        usage,
        resources: env.monitor.sample(),
      });
      return outcome;
    }),
    tap({
      error: (error: unknown) =>
        env.emit({ type: 'node_error', step_id: step.id, node: step.node, duration_ms: Date.now() - started, error: errorMessage(error) }),
    }),
  );
}
