import type { OperatorFunction } from 'rxjs';
import { Observable } from 'rxjs/internal/Observable';
import { concatMap } from 'rxjs/internal/operators/concatMap';
import { map } from 'rxjs/internal/operators/map';
import type { Context, NodeStep, StepOptions } from '../context/context-schema.js';
import { isBuiltInNode } from './built-in-nodes.js';
import { LazyNodeCall } from './lazy-node-call.js';
import type { NodeDefinition, NodeOutcome } from './node-definition.js';
import type { Runtime } from './runtime.js';
import { validateNodeOutput } from './validate-node-output.js';

export { InvalidNodeOutputError } from './validate-node-output.js';

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

/**
 * Runs one node on one context as a cold Observable. Unsubscribing aborts the node's signal,
 * which reaches the model request and the running query. The output of a node that is not built in
 * is checked against the context schema.
 */
export function runNode$(context: Context, invocation: NodeInvocation): Observable<NodeOutcome> {
  return new Observable<NodeOutcome>((subscriber) => {
    const { definition, step, runtime } = invocation;
    const call = new LazyNodeCall(
      runtime,
      step,
      { progress: (_step, message, data) => invocation.progress?.(message, data), trace: invocation.trace },
      invocation.runDir,
    );
    const parent = invocation.signal;
    const onParentAbort = () => call.abort(parent?.reason);
    if (parent?.aborted) call.abort(parent.reason);
    else parent?.addEventListener('abort', onParentAbort, { once: true });

    let pending: Promise<NodeOutcome>;
    try {
      pending = definition.run(context, call);
    } catch (error) {
      pending = Promise.reject(error);
    }
    pending.then(
      (outcome) => {
        if (call.aborted) return;
        try {
          const checked = isBuiltInNode(definition) ? outcome.context : validateNodeOutput(definition.name, context, outcome.context);
          subscriber.next({ context: checked, summary: outcome.summary });
          subscriber.complete();
        } catch (error) {
          subscriber.error(error);
        }
      },
      (error: unknown) => {
        if (!call.aborted) subscriber.error(error);
      },
    );
    return () => {
      parent?.removeEventListener('abort', onParentAbort);
      call.abort(new Error('cancelled'));
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
