import fs from 'node:fs';
import path from 'node:path';
import type { ModelConfig, NamespaceConfig, SluiceConfig } from '../config/config-schema.js';
import type { Connector } from '../connectors/connector.js';
import { openConnector } from '../connectors/open-connector.js';
import { serverLocation } from '../connectors/server-location.js';
import { databaseFileProblem } from '../connectors/database-file-problem.js';
import { holdsDataFiles, noDataFilesMessage } from '../connectors/files/holds-data-files.js';
import { ConnectorError } from '../connectors/connector-error.js';
import { mysqlConnectionOptions } from '../connectors/mysql/mysql-connection-options.js';
import { postgresConnectionOptions } from '../connectors/postgres/postgres-connection-options.js';
import { DamagedDatabaseError, UsageError } from '../errors.js';
import { nameDamagedNamespace } from './name-damaged-namespace.js';
import { modelProvider } from '../models/model-providers.js';
import type { SqlModel } from '../models/sql-model.js';
import { demoFiles } from '../demo/demo-files.js';
import type { ResolvedNamespace, Runtime } from './runtime.js';
import { runtimeSettings } from './runtime-settings.js';
import { ownEntry } from '../own-entry.js';
import { exampleStoreFolder } from '../examples/example-store-path.js';
import { sluiceStateDir } from '../examples/sluice-state-dir.js';
import { unknownModelMessage } from '../models/unknown-model-message.js';
import { defaultCacheDir } from '../config/default-cache-dir.js';
import { formatPath } from '../config/yaml-document.js';
import { serverUnreachableHint } from '../connectors/server-unreachable-hint.js';

export interface RuntimeOptions {
  config: SluiceConfig;
  /** Relative paths in the config resolve against this folder. */
  baseDir: string;
  /** Models that do not come from the config file (the environment's OpenAI model, a benchmark's gold model). */
  extraModels?: Record<string, ModelConfig>;
  /** --model on the command line. */
  model?: string;
  debug?: boolean;
  noCache?: boolean;
  env?: NodeJS.ProcessEnv;
  /** False: no confirmed examples are read (the bench, so no stored SQL reaches a scored question). */
  examples?: boolean;
  /**
   * DuckDB threads of a namespace (duckdb, demo, files) whose config names none, instead of the connector's default.
   * A batch sets one: its questions in flight keep the cores busy, and a second thread per tiny query only made the
   * calling thread spin while it waited for the other (docs/benchmarks.md, batch scaling, sixth round).
   */
  duckDbThreads?: number;
  /** Entries of sluice.yml that name an unset environment variable, with the message to give when one is used. */
  unsetVariables?: Record<string, string>;
}

export { defaultCacheDir };

/** The models a runtime knows by name: the offline model, then extra ones (the environment's, the bench's gold), then sluice.yml's. */
export function configuredModels(config: SluiceConfig, extraModels?: Record<string, ModelConfig>): Record<string, ModelConfig> {
  return {
    offline: { provider: 'offline', temperature: 0, max_output_tokens: 1024, context_window: 128_000, timeout_ms: 60_000, retries: 0, structured_output: 'auto' },
    ...extraModels,
    ...config.models,
  };
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const { config, baseDir } = options;
  const models = configuredModels(config, options.extraModels);
  const defaultModel = options.model ?? (options.extraModels && !ownEntry(config.models, config.defaults.model) && config.defaults.model === 'offline' ? Object.keys(options.extraModels)[0] : undefined) ?? config.defaults.model;
  if (!ownEntry(models, defaultModel)) {
    throw new UsageError(unknownModelMessage(defaultModel, Object.keys(models)));
  }
  const settings = runtimeSettings(config.defaults, {
    defaultModel,
    cacheDir: config.cache_dir ? path.resolve(baseDir, config.cache_dir) : defaultCacheDir(options.env),
    debug: options.debug ?? false,
    noCache: options.noCache ?? false,
    examplesDir: options.examples === false ? undefined : exampleStoreFolder(sluiceStateDir(options.env)),
  });

  const namespaces: Record<string, NamespaceConfig> = { demo: { type: 'demo' }, ...config.namespaces };
  const connectors = new Map<string, Promise<Connector>>();
  const modelInstances = new Map<string, SqlModel>();
  const memos = new Map<string, Promise<unknown>>();
  // Database files whose first bytes were read, and server namespaces whose url was read, and found right:
  // namespace() runs per model call, the check once.
  const checkedFiles = new Set<string>();

  const unsetVariables = options.unsetVariables ?? {};
  const refuseUnset = (section: 'namespaces' | 'models', name: string) => {
    const message = ownEntry(unsetVariables, formatPath([section, name]));
    if (message) throw new UsageError(message);
  };

  // A model asked for by name on the command line is checked now, as an unknown one is, before any run starts.
  if (options.model) refuseUnset('models', options.model);

  const namespace = (name: string): ResolvedNamespace => {
    const entry: NamespaceConfig | undefined = Object.hasOwn(namespaces, name) ? namespaces[name as keyof typeof namespaces] : undefined;
    if (!entry) throw new UsageError(`unknown namespace "${name}"; configured namespaces: ${Object.keys(namespaces).sort().join(', ')}`);
    refuseUnset('namespaces', name);
    const resolve = (p?: string) => (p ? path.resolve(baseDir, p) : undefined);
    const metrics = resolve(entry.metrics);
    const docs = resolve(entry.docs);
    const examples = resolve(entry.examples);
    switch (entry.type) {
      case 'demo': {
        const demo = demoFiles(settings.cacheDir);
        return { name, type: 'demo', database: demo.database, config: entry, metrics: metrics ?? demo.metrics, docs: docs ?? demo.docs, examples };
      }
      case 'postgres':
      case 'mysql':
        if (!checkedFiles.has(`server:${name}`)) {
          // A url that cannot be read (no scheme, another engine's, a mysql one without its database) is a config
          // mistake, named before a run starts, as a missing file is; a server that refuses is found when it opens.
          try {
            if (entry.type === 'postgres') postgresConnectionOptions(entry);
            else mysqlConnectionOptions(entry);
          } catch (error) {
            if (error instanceof ConnectorError) throw new UsageError(`namespace "${name}": ${error.message}`);
            throw error;
          }
          checkedFiles.add(`server:${name}`);
        }
        return { name, type: entry.type, database: serverLocation(entry), config: entry, metrics, docs, examples };
      default: {
        const location = resolve(entry.path)!;
        if (entry.type !== 'files' && !fs.existsSync(location)) {
          throw new UsageError(`namespace "${name}": database file not found: ${location}`);
        }
        if ((entry.type === 'duckdb' || entry.type === 'sqlite') && !checkedFiles.has(location)) {
          const problem = databaseFileProblem(location, entry.type);
          if (problem) throw new UsageError(`namespace "${name}": ${problem}`);
          checkedFiles.add(location);
        }
        // A glob is matched when the namespace opens; a plain folder or file can be looked for now, as a database file is.
        const plainFolder = entry.type === 'files' && !/[*?[{]/.test(entry.path ?? '');
        if (plainFolder && !fs.existsSync(location)) {
          throw new UsageError(`namespace "${name}": data folder not found: ${location}`);
        }
        // An empty folder is as much the user's to fix as a missing one: named now (exit 2), not as a resumable run fault.
        if (plainFolder && !checkedFiles.has(location)) {
          if (fs.statSync(location).isDirectory() && !holdsDataFiles(location)) throw new UsageError(`namespace "${name}": ${noDataFilesMessage(location)}`);
          checkedFiles.add(location);
        }
        return { name, type: entry.type, database: location, config: { ...entry, path: location }, metrics, docs, examples };
      }
    }
  };

  const openNamespaceConnector = async (name: string): Promise<Connector> => {
    const resolved = namespace(name);
    const config = withDefaultThreads(resolved.config, options.duckDbThreads);
    try {
      if (resolved.type === 'demo') {
        const { ensureDemoDatabase } = await import('../demo/ensure-demo-database.js');
        const demo = await ensureDemoDatabase(settings.cacheDir);
        return nameDamagedNamespace(await openConnector(config, demo.database), name);
      }
      return nameDamagedNamespace(await openConnector(config), name);
    } catch (error) {
      // A damaged file is named with its namespace, as a missing or wrong one is (exit 2).
      if (error instanceof DamagedDatabaseError) throw new DamagedDatabaseError(`namespace "${name}": ${error.message}`);
      // A server nobody answers for gets what to do about it; the run stays resumable once it is up.
      const hint = error instanceof ConnectorError ? serverUnreachableHint(error.cause, name) : undefined;
      if (hint) throw new ConnectorError(`${(error as Error).message}; ${hint}`, { cause: (error as Error).cause });
      throw error;
    }
  };

  const modelNameFor = (node: string, stepModel?: string): string => stepModel ?? ownEntry(config.nodes, node)?.model ?? defaultModel;

  return {
    config,
    settings,
    unsetVariables,
    namespace,
    connector(name) {
      let connector = connectors.get(name);
      if (!connector) {
        connector = openNamespaceConnector(name);
        connectors.set(name, connector);
        connector.catch(() => connectors.delete(name));
      }
      return connector;
    },
    model(name = defaultModel) {
      const existing = modelInstances.get(name);
      if (existing) return existing;
      const modelConfig = ownEntry(models, name);
      if (!modelConfig) throw new UsageError(unknownModelMessage(name, Object.keys(models)));
      refuseUnset('models', name);
      const factory = modelProvider(modelConfig.provider);
      if (!factory) throw new UsageError(`model "${name}": provider "${modelConfig.provider}" is not available in this build`);
      const instance = factory({ name, config: modelConfig, sluiceConfig: config, settings });
      modelInstances.set(name, instance);
      return instance;
    },
    modelNameFor,
    memo<T>(key: string, create: () => Promise<T>): Promise<T> {
      let value = memos.get(key) as Promise<T> | undefined;
      if (!value) {
        value = create();
        memos.set(key, value);
        value.catch(() => memos.delete(key));
      }
      return value;
    },
    async close(options) {
      const opened = [...connectors.values()];
      connectors.clear();
      await Promise.allSettled(opened.map(async (pending) => (await pending).close(options)));
    },
  };
}

/** The namespace's own `threads` wins; servers and SQLite take no thread setting. */
function withDefaultThreads(config: NamespaceConfig, threads: number | undefined): NamespaceConfig {
  const takesThreads = config.type === 'demo' || config.type === 'duckdb' || config.type === 'files';
  return threads === undefined || !takesThreads || config.threads !== undefined ? config : { ...config, threads };
}
