import fs from 'node:fs';
import { embeddedDialect } from '../catalog/catalog-fingerprint.js';
import { ReflectionStrategySchema, type ReflectionStrategy } from '../context/context-schema.js';
import type { ModelCallOptions } from '../models/sql-model.js';
import type { NodeCall } from './node-definition.js';
import type { Runtime } from './runtime.js';

/** doc_search is only worth a reflection round where the namespace has markdown docs to search; the folder is read once per runtime. */
export function availableStrategies(runtime: Runtime, namespace: string): Promise<ReflectionStrategy[]> {
  return runtime.memo(`strategies:${namespace}`, async () => {
    const docs = runtime.namespace(namespace).docs;
    let hasDocs = false;
    try {
      hasDocs = docs !== undefined && fs.readdirSync(docs, { recursive: true }).some((name) => String(name).endsWith('.md'));
    } catch {
      hasDocs = false;
    }
    return ReflectionStrategySchema.options.filter((strategy) => strategy !== 'doc_search' || hasDocs);
  });
}

/** The options every model call from a node carries: its signal, the dialect, progress and trace hooks. */
export async function modelCallOptions(call: NodeCall, namespace: string): Promise<ModelCallOptions> {
  // An embedded file's dialect is known without waiting for the database to open.
  const dialect = embeddedDialect(call.runtime.namespace(namespace)) ?? (await call.runtime.connector(namespace)).dialect;
  return {
    signal: call.signal,
    dialect,
    node: call.step.node,
    parameters: call.options.parameters,
    strategies: await availableStrategies(call.runtime, namespace),
    progress: (message, data) => call.progress(message, data),
    trace: (record) => call.trace({ node: call.step.node, ...record }),
  };
}
