import type { ModelCallOptions } from '../models/sql-model.js';
import type { NodeCall } from './node-definition.js';

/** The options every model call from a node carries: its signal, the dialect, progress and trace hooks. */
export async function modelCallOptions(call: NodeCall, namespace: string): Promise<ModelCallOptions> {
  const connector = await call.runtime.connector(namespace);
  return {
    signal: call.signal,
    dialect: connector.dialect,
    node: call.step.node,
    parameters: call.options.parameters,
    progress: (message, data) => call.progress(message, data),
    trace: (record) => call.trace({ node: call.step.node, ...record }),
  };
}
