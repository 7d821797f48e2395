import { DuckDBInstance } from '@duckdb/node-api';
import { runtimeSettings } from '../../src/engine/runtime-settings.js';
import { ConfigSchema } from '../../src/config/config-schema.js';
import type { Connector } from '../../src/connectors/connector.js';
import { openDuckDbConnector } from '../../src/connectors/duckdb-connector.js';
import type { NodeCall } from '../../src/engine/node-definition.js';
import type { ResolvedNamespace, Runtime } from '../../src/engine/runtime.js';

/** Creates a DuckDB file by running the statements, then closes it so a read-only connector can open it. */
export async function createDuckDbFile(path: string, statements: readonly string[]): Promise<void> {
  const instance = await DuckDBInstance.create(path);
  const connection = await instance.connect();
  for (const sql of statements) await connection.run(sql);
  connection.closeSync();
  instance.closeSync();
}

/** A Runtime over one namespace ("test"), with real connectors and an in-memory memo. */
export function catalogTestRuntime(namespace: Omit<ResolvedNamespace, 'name' | 'type'>): Runtime & { connectorsOpened: number } {
  const memo = new Map<string, Promise<unknown>>();
  const connectors = new Map<string, Promise<Connector>>();
  const runtime = {
    connectorsOpened: 0,
    config: ConfigSchema.parse({}),
    settings: runtimeSettings(ConfigSchema.parse({}).defaults, { defaultModel: 'offline', cacheDir: '.sluice-cache', noCache: true }),
    namespace: (name: string): ResolvedNamespace => ({ name, type: 'duckdb', ...namespace }),
    connector(name: string): Promise<Connector> {
      if (!connectors.has(name)) {
        runtime.connectorsOpened += 1;
        connectors.set(name, openDuckDbConnector(namespace.database));
      }
      return connectors.get(name) as Promise<Connector>;
    },
    model: () => {
      throw new Error('no model in catalog tests');
    },
    modelNameFor: () => 'offline',
    memo<T>(key: string, create: () => Promise<T>): Promise<T> {
      if (!memo.has(key)) memo.set(key, create());
      return memo.get(key) as Promise<T>;
    },
    async close(): Promise<void> {
      for (const connector of connectors.values()) await (await connector).close();
      connectors.clear();
    },
  };
  return runtime;
}

/** A NodeCall for running one node directly in a test. */
export function testCall(runtime: Runtime, node: string, parameters?: Record<string, unknown>, progress: NodeCall['progress'] = () => {}): NodeCall {
  return {
    runtime,
    step: { kind: 'node', node, options: {}, iteration: 0, id: `${node}-1` },
    options: parameters ? { parameters } : {},
    signal: new AbortController().signal,
    progress,
    model: () => runtime.model(),
    trace: () => {},
  };
}
