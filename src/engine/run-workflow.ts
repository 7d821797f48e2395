import type { Subscriber } from 'rxjs';
import { Observable } from 'rxjs/internal/Observable';
import type { Context, NodeStep, PlanStep } from '../context/context-schema.js';
import { usageSince } from '../context/usage-arithmetic.js';
import { copyContext } from './copy-context.js';
import { nodeDeadlines } from './deadline-watch.js';
import type { EventPayload } from './engine-events.js';
import { mergeContexts } from './merge-contexts.js';
import { stepLabel, stepNodeNames } from './plan-steps.js';
import { nearestNodeHint, unknownNodeMessage } from './unknown-node-message.js';
import type { NodeOutcome } from './node-definition.js';
import type { NodeRegistry } from './node-registry.js';
import { PolicedNode, type NodeListener, type NodePolicy } from './policed-node.js';
import type { ResourceMonitor } from './resource-monitor.js';
import type { Runtime } from './runtime.js';

export { NodeTimeoutError } from './policed-node.js';

export interface WorkflowEnvironment {
  runtime: Runtime;
  registry: NodeRegistry;
  emit(payload: EventPayload): void;
  monitor: ResourceMonitor;
  /**
   * Before the first step: a promise to wait for (a fresh run's first state reaching the save dir, so no node, and no
   * query, runs for a run that nothing could resume), or undefined to start at once.
   */
  beforeFirstStep?(): Promise<void> | undefined;
  /** Called after every finished step, before the next starts: the save-dir writer hangs here. */
  onStepDone?(context: Context, nodesRun: string[]): void;
  trace?(record: Record<string, unknown>): void;
  /** The run's folder, or a function that makes it first (a fresh run's, until its writer has made it). */
  runDir?: string | (() => string);
  /** Node names in the order they ran; the runner appends to it. */
  nodesRun: string[];
  /** Safety net against plans that never end, whatever nodes insert. */
  maxSteps?: number;
}

/**
 * Walks the plan: each emission is the context after one more step (the first is the initial context).
 * Steps that nodes insert into `plan.pending` are picked up on the next turn. Unsubscribing cancels the
 * node in flight through its signal.
 */
export function runWorkflow$(initial: Context, env: WorkflowEnvironment): Observable<Context> {
  return new Observable<Context>((subscriber) => {
    const walk = new PlanWalk(env, subscriber);
    walk.begin(initial);
    return () => walk.stop();
  });
}

/**
 * One run's walk through its plan; also the hooks every node of the run shares, and the listener of its single
 * steps (one runs at a time), so a step costs no listener object.
 */
class PlanWalk implements NodePolicy, NodeListener {
  readonly runtime: Runtime;
  readonly monitor: ResourceMonitor;
  readonly runDir?: string | (() => string);
  readonly trace?: (record: Record<string, unknown>) => void;
  private executed = 0;
  private stopped = false;
  private holding = false;
  private readonly running: PolicedNode[] = [];
  /** The single step running, and the context it was handed. */
  private stepContext: Context | undefined;
  private step: NodeStep | undefined;

  constructor(
    private readonly env: WorkflowEnvironment,
    private readonly subscriber: Subscriber<Context>,
  ) {
    this.runtime = env.runtime;
    this.monitor = env.monitor;
    this.runDir = env.runDir;
    this.trace = env.trace;
  }

  emit(payload: EventPayload): void {
    this.env.emit(payload);
  }

  progress(step: NodeStep, message: string, data?: Record<string, unknown>): void {
    this.env.emit({ type: 'node_progress', step_id: step.id, node: step.node, message, ...(data ? { data } : {}) });
    const modelRetry = data?.retry as { attempt?: number; delay_ms?: number; error?: string } | undefined;
    if (modelRetry) {
      this.env.emit({
        type: 'node_retry',
        step_id: step.id,
        node: step.node,
        attempt: modelRetry.attempt ?? 1,
        delay_ms: modelRetry.delay_ms ?? 0,
        error: modelRetry.error ?? message,
      });
    }
  }

  begin(initial: Context): void {
    for (const step of initial.plan.pending) {
      const unknown = stepNodeNames(step).find((name) => !this.env.registry.has(name));
      if (unknown !== undefined) {
        this.subscriber.error(new Error(`the plan has an ${unknownNodeMessage(unknown, this.env.registry.names())}`));
        return;
      }
    }
    nodeDeadlines.hold();
    this.holding = true;
    this.subscriber.next(initial);
    const waiting = this.env.beforeFirstStep?.();
    if (!waiting) this.next(initial);
    else waiting.then(() => this.next(initial), (error: unknown) => this.fault(error));
  }

  stop(): void {
    this.stopped = true;
    for (const node of this.running) node.cancel();
    this.running.length = 0;
    this.letGo();
  }

  private letGo(): void {
    if (!this.holding) return;
    this.holding = false;
    nodeDeadlines.letGo();
  }

  done(outcome: NodeOutcome): void {
    this.stepDone(this.stepContext!, this.step!, outcome, 0);
  }

  failed(error: unknown): void {
    this.fault(error);
  }

  private next(context: Context): void {
    if (this.stopped) return;
    const step = context.plan.pending[0];
    if (!step) {
      this.letGo();
      this.subscriber.complete();
      return;
    }
    const maxSteps = this.env.maxSteps ?? 200;
    if (++this.executed > maxSteps) {
      this.fault(new Error(`the run stopped after ${maxSteps} steps; a node keeps inserting steps`));
      return;
    }
    try {
      if (step.kind === 'node') {
        this.stepContext = context;
        this.step = step;
        this.runNode(context, step, this);
      } else {
        const group = new ParallelGroup(this, context, step, Date.now());
        for (const child of step.steps) this.runNode(withCurrent(context, child), child, group.branch());
      }
    } catch (error) {
      this.fault(error);
    }
  }

  private runNode(context: Context, step: NodeStep, listener: NodeListener): void {
    const definition = this.env.registry.get(step.node);
    if (!definition) throw new Error(`unknown node "${step.node}"`);
    const node = new PolicedNode(context, step, definition, this, listener);
    this.running.push(node);
    node.start();
  }

  fault(error: unknown): void {
    if (this.stopped) return;
    this.stop();
    this.subscriber.error(error);
  }

  /** A step's work is done: mark it done, drop it from pending, tell who listens, go on. `started` times a parallel step. */
  stepDone(context: Context, step: PlanStep, outcome: NodeOutcome, started: number): void {
    if (this.stopped) return;
    this.running.length = 0;
    this.stepContext = this.step = undefined;
    try {
      const { env } = this;
      const after = outcome.context;
      const touchedPlan = after.plan !== context.plan;
      const pending = touchedPlan ? after.plan.pending.filter((s) => s.id !== step.id) : context.plan.pending.slice(1);
      const inserted = touchedPlan ? newSteps(pending, context.plan.pending) : [];
      // Refused now, as the asking node's failure (its step stays pending, so a resume runs it again once it is mended),
      // not later as a bare "unknown node" when the run reaches the step.
      const unknown = inserted.flatMap(stepNodeNames).find((name) => !env.registry.has(name));
      if (unknown !== undefined) {
        const known = env.registry.names();
        throw new Error(`node "${stepLabel(step)}" asked for unknown node "${unknown}" with insertSteps; known nodes: ${known.join(', ')}${nearestNodeHint(unknown, known)}`);
      }
      const next = copyContext(after, { done: [...context.plan.done, step], pending, next_step_id: after.plan.next_step_id });
      if (step.kind === 'node') env.nodesRun.push(step.node);
      else for (const child of step.steps) env.nodesRun.push(child.node);
      env.onStepDone?.(next, env.nodesRun);
      if (step.kind === 'parallel') {
        env.emit({
          type: 'node_end',
          step_id: step.id,
          node: 'parallel',
          iteration: step.iteration,
          duration_ms: Date.now() - started,
          summary: outcome.summary,
          usage: usageSince(next.usage, context.usage),
          resources: env.monitor.recent(),
        });
      }
      if (inserted.length > 0) {
        env.emit({
          type: 'plan_changed',
          by_step_id: step.id,
          by_node: step.kind === 'node' ? step.node : 'parallel',
          inserted,
          pending,
          reason: next.reflections.at(-1)?.reason ?? 'inserted by node',
        });
      }
      this.subscriber.next(next);
      this.next(next);
    } catch (error) {
      this.fault(error);
    }
  }
}

/** The branches of a parallel step run at once; the step is done when all are, and fails with the first that fails. */
class ParallelGroup {
  private readonly outcomes: NodeOutcome[] = [];
  private left: number;
  private branches = 0;

  constructor(
    private readonly walk: PlanWalk,
    private readonly context: Context,
    private readonly step: Extract<PlanStep, { kind: 'parallel' }>,
    private readonly started: number,
  ) {
    this.left = step.steps.length;
  }

  branch(): NodeListener {
    const index = this.branches++;
    return {
      done: (outcome) => {
        this.outcomes[index] = outcome;
        if (--this.left === 0) this.finish();
      },
      failed: (error) => this.walk.fault(error),
    };
  }

  private finish(): void {
    let outcome: NodeOutcome;
    try {
      outcome = {
        context: mergeContexts(
          this.context,
          this.outcomes.map((o) => o.context),
        ),
        summary: this.outcomes.map((o, i) => `${this.step.steps[i]!.node}: ${o.summary}`).join('; '),
      };
    } catch (error) {
      this.walk.fault(error);
      return;
    }
    this.walk.stepDone(this.context, this.step, outcome, this.started);
  }
}

function newSteps(pending: PlanStep[], before: PlanStep[]): PlanStep[] {
  const known = new Set(before.map((s) => s.id));
  return pending.filter((s) => !known.has(s.id));
}

/** While a parallel branch runs, its own step is the "running" one, so insertions land after the group. */
function withCurrent(context: Context, step: NodeStep): Context {
  return copyContext(context, { ...context.plan, pending: [step, ...context.plan.pending.slice(1)] });
}
