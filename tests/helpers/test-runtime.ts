import { runtimeSettings } from '../../src/engine/runtime-settings.js';
import { ConfigSchema } from '../../src/config/config-schema.js';
import type { Connector } from '../../src/connectors/connector.js';
import type { Runtime, RuntimeSettings } from '../../src/engine/runtime.js';
import type { SqlModel } from '../../src/models/sql-model.js';

/** A runtime for engine tests: real engine, no database, a model supplied by the test. */
export function testRuntime(options: { model?: SqlModel; settings?: Partial<RuntimeSettings>; connector?: Connector } = {}): Runtime {
  const memos = new Map<string, Promise<unknown>>();
  const connector: Connector = options.connector ?? {
    dialect: 'duckdb',
    introspect: async () => [],
    execute: async () => ({ columns: ['x'], column_types: ['INTEGER'], rows: [[1]], row_count: 1, truncated: false, duration_ms: 0 }),
    close: async () => {},
  };
  return {
    config: ConfigSchema.parse({}),
    settings: {
      ...runtimeSettings(ConfigSchema.parse({}).defaults, { defaultModel: 'test', cacheDir: '/tmp/sluice-test-cache', noCache: true }),
      queryTimeoutMs: 5_000,
      maxRows: 100,
      nodeTimeoutMs: 10_000,
      ...options.settings,
    },
    namespace: (name) => ({ name, type: 'duckdb', database: ':memory:' }),
    connector: async () => connector,
    model: () => {
      if (!options.model) throw new Error('no model in this test runtime');
      return options.model;
    },
    modelNameFor: () => 'test',
    memo: <T>(key: string, create: () => Promise<T>) => {
      if (!memos.has(key)) memos.set(key, create());
      return memos.get(key) as Promise<T>;
    },
    close: async () => {},
  };
}
