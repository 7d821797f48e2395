import { Observable, concatMap, map, type OperatorFunction } from 'rxjs';
import { ContextSchema, type Context, type NodeStep, type StepOptions } from '../context/context-schema.js';
import type { NodeCall, NodeDefinition, NodeOutcome } from './node-definition.js';
import type { Runtime } from './runtime.js';

export interface NodeInvocation {
  definition: NodeDefinition;
  step: NodeStep;
  runtime: Runtime;
  progress?: (message: string, data?: Record<string, unknown>) => void;
  trace?: (record: Record<string, unknown>) => void;
  runDir?: string;
  /** Parent signal (the run's); the node's own signal also aborts on unsubscribe. */
  signal?: AbortSignal;
}

/** Thrown when a node hands back a context that fails the schema: a broken node cannot persist a broken state. */
export class InvalidNodeOutputError extends Error {
  constructor(node: string, detail: string) {
    super(`node ${node} produced an invalid context: ${detail}`);
    this.name = 'InvalidNodeOutputError';
  }
}

/**
 * Runs one node on one context as a cold Observable. Unsubscribing aborts the node's signal,
 * which reaches the model request and the running query.
 */
export function runNode$(context: Context, invocation: NodeInvocation): Observable<NodeOutcome> {
  return new Observable<NodeOutcome>((subscriber) => {
    const controller = new AbortController();
    const parent = invocation.signal;
    const onParentAbort = () => controller.abort(parent?.reason);
    if (parent?.aborted) controller.abort(parent.reason);
    else parent?.addEventListener('abort', onParentAbort, { once: true });

    const { definition, step, runtime } = invocation;
    const call: NodeCall = {
      runtime,
      step,
      options: step.options,
      signal: controller.signal,
      progress: (message, data) => invocation.progress?.(message, data),
      model: () => runtime.model(runtime.modelNameFor(definition.name, step.options.model)),
      trace: (record) => invocation.trace?.(record),
      runDir: invocation.runDir,
    };
    definition.run(context, call).then(
      (outcome) => {
        if (controller.signal.aborted) return;
        const parsed = ContextSchema.safeParse(outcome.context);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          subscriber.error(new InvalidNodeOutputError(definition.name, `${issue?.path.join('.')}: ${issue?.message}`));
          return;
        }
        subscriber.next({ context: parsed.data, summary: outcome.summary });
        subscriber.complete();
      },
      (error: unknown) => {
        if (!controller.signal.aborted) subscriber.error(error);
      },
    );
    return () => {
      parent?.removeEventListener('abort', onParentAbort);
      controller.abort(new Error('cancelled'));
    };
  });
}

let adhocCounter = 0;

/**
 * A node as a plain RxJS operator over a context stream, for composing in code:
 * `pipe(schemaLinking(rt), generateSql(rt), myOperator, executeSql(rt))`.
 */
export function nodeOperator(
  definition: NodeDefinition,
  runtime: Runtime,
  options: StepOptions = {},
): OperatorFunction<Context, Context> {
  return (source) =>
    source.pipe(
      concatMap((context) => {
        const step: NodeStep = { kind: 'node', node: definition.name, options, iteration: context.iteration, id: `adhoc-${adhocCounter++}:${definition.name}` };
        return runNode$(context, { definition, step, runtime });
      }),
      map((outcome) => outcome.context),
    );
}
