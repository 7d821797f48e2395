import type { Context, NodeStep } from '../context/context-schema.js';
import { noUsage, usageSince } from '../context/usage-arithmetic.js';
import { errorMessage } from '../errors.js';
import { isBuiltInNode } from './built-in-nodes.js';
import { nodeDeadlines, type Deadline, type Expiring } from './deadline-watch.js';
import type { EventPayload } from './engine-events.js';
import { LazyNodeCall, type NodeCallHooks } from './lazy-node-call.js';
import type { NodeDefinition, NodeOutcome } from './node-definition.js';
import type { ResourceMonitor } from './resource-monitor.js';
import type { Runtime } from './runtime.js';
import { validateNodeOutput } from './validate-node-output.js';

/** What a node that spent nothing reports: one shared, frozen object rather than a fresh one per event. */
const UNCHANGED_USAGE = Object.freeze({ ...noUsage });

export class NodeTimeoutError extends Error {
  constructor(node: string, ms: number) {
    super(`node ${node} timed out after ${ms} ms`);
    this.name = 'NodeTimeoutError';
  }
}

/** What a policed node needs from its run. */
export interface NodePolicy extends NodeCallHooks {
  runtime: Runtime;
  emit(payload: EventPayload): void;
  monitor: ResourceMonitor;
  runDir?: string | (() => string);
}

export interface NodeListener {
  done(outcome: NodeOutcome): void;
  failed(error: unknown): void;
}

/**
 * One node with its timeout, retry policy and events, driven by callbacks rather than an Observable chain, so
 * a node costs an object, one promise and its events. `cancel()` aborts the attempt in flight.
 */
export class PolicedNode implements Expiring {
  private attempt = 0;
  private started = 0;
  private call: LazyNodeCall | undefined;
  private deadline: Deadline | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private over = false;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly validate: boolean;

  constructor(
    private readonly context: Context,
    private readonly step: NodeStep,
    private readonly definition: NodeDefinition,
    private readonly policy: NodePolicy,
    private readonly listener: NodeListener,
  ) {
    const settings = policy.runtime.settings;
    this.timeoutMs = step.options.timeout_ms ?? definition.defaults?.timeout_ms ?? settings.nodeTimeoutMs;
    this.retries = step.options.retries ?? definition.defaults?.retries ?? settings.nodeRetries;
    this.validate = !isBuiltInNode(definition);
  }

  start(): void {
    this.retryTimer = undefined;
    this.attempt += 1;
    this.started = Date.now();
    const { step, policy, context } = this;
    policy.emit({ type: 'node_start', step_id: step.id, node: step.node, iteration: step.iteration, attempt: this.attempt });
    policy.trace?.({ type: 'node_input', node: step.node, step_id: step.id, attempt: this.attempt, context });
    const call = new LazyNodeCall(policy.runtime, step, policy, policy.runDir);
    this.call = call;
    this.deadline = nodeDeadlines.watch(this.timeoutMs, this);
    let pending: Promise<NodeOutcome>;
    try {
      pending = this.definition.run(context, call);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (outcome) => this.settle(call, outcome),
      (error: unknown) => {
        if (call === this.call && !call.aborted) this.fail(error);
      },
    );
  }

  cancel(): void {
    this.over = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.endAttempt(new Error('cancelled'));
  }

  private settle(call: LazyNodeCall, outcome: NodeOutcome): void {
    if (call !== this.call || call.aborted || this.over) return;
    let context: Context;
    try {
      if (typeof outcome !== 'object' || outcome === null) throw new Error(`node ${this.definition.name} returned no outcome`);
      context = this.validate ? validateNodeOutput(this.definition.name, this.context, outcome.context) : outcome.context;
    } catch (error) {
      this.fail(error);
      return;
    }
    this.release();
    this.over = true;
    const { step, policy } = this;
    policy.emit({
      type: 'node_end',
      step_id: step.id,
      node: step.node,
      iteration: step.iteration,
      duration_ms: Date.now() - this.started,
      summary: outcome.summary,
      usage: context.usage === this.context.usage ? UNCHANGED_USAGE : usageSince(context.usage, this.context.usage),
      resources: policy.monitor.recent(),
    });
    this.listener.done(context === outcome.context ? outcome : { context, summary: outcome.summary });
  }

  /** The watch fires only for the attempt's own deadline: earlier ones were released when their attempt ended. */
  onDeadline(): void {
    if (this.over) return;
    this.deadline = undefined;
    this.fail(new NodeTimeoutError(this.step.node, this.timeoutMs));
  }

  private fail(error: unknown): void {
    this.endAttempt(error);
    const { step, policy } = this;
    if (this.attempt <= this.retries && (error as { retryable?: boolean } | undefined)?.retryable !== false) {
      const delayMs = Math.min(200 * 2 ** (this.attempt - 1), 5_000);
      policy.emit({ type: 'node_retry', step_id: step.id, node: step.node, attempt: this.attempt, delay_ms: delayMs, error: errorMessage(error) });
      this.retryTimer = setTimeout(() => this.start(), delayMs);
      return;
    }
    this.over = true;
    policy.emit({ type: 'node_error', step_id: step.id, node: step.node, duration_ms: Date.now() - this.started, error: errorMessage(error) });
    this.listener.failed(error);
  }

  private endAttempt(reason: unknown): void {
    this.release();
    const call = this.call;
    this.call = undefined;
    call?.abort(reason);
  }

  private release(): void {
    if (this.deadline) nodeDeadlines.release(this.deadline);
    this.deadline = undefined;
  }
}
