import type { NamespaceConfig, NamespaceType, SluiceConfig } from '../config/config-schema.js';
import type { CloseOptions, Connector } from '../connectors/connector.js';
import type { SqlModel } from '../models/sql-model.js';

/** A namespace with every path resolved: the database, its metrics file and docs folder. */
export interface ResolvedNamespace {
  name: string;
  type: NamespaceType;
  /** Where the data is, for messages: a file or folder path, or a server URL with the password removed. */
  database: string;
  /** The namespace's entry from sluice.yml with relative paths resolved (secrets included: never print it). */
  config: NamespaceConfig;
  metrics?: string;
  docs?: string;
  /** The team's file of confirmed question/SQL pairs (`examples:` in sluice.yml), resolved. */
  examples?: string;
}

export interface RuntimeSettings {
  queryTimeoutMs: number;
  maxRows: number;
  promptBudgetTokens: number;
  nodeTimeoutMs: number;
  nodeRetries: number;
  defaultModel: string;
  /** Directory for caches (demo database, LLM responses). */
  cacheDir: string;
  debug: boolean;
  /** Skip the on-disk model response cache. */
  noCache: boolean;
  /** Folder of the per-namespace stores of confirmed examples; unset, example memory is off (the bench). */
  examplesDir?: string;
}

/** Shared services for a run (or many runs): connectors, models and caches. Nodes reach the world only through it. */
export interface Runtime {
  readonly config: SluiceConfig;
  readonly settings: RuntimeSettings;
  /** Entries of sluice.yml ("namespaces.wh", "models.gpt") that name an unset environment variable, with their message. */
  readonly unsetVariables: Readonly<Record<string, string>>;
  namespace(name: string): ResolvedNamespace;
  /** Opened once per namespace and shared. */
  connector(namespace: string): Promise<Connector>;
  /** A model by its configured name ("offline" always exists). */
  model(name?: string): SqlModel;
  /** The model name a node should use, after step options and per-node config. */
  modelNameFor(node: string, stepModel?: string): string;
  /** Memoises an async value for the runtime's life (catalogs, indexes). */
  memo<T>(key: string, create: () => Promise<T>): Promise<T>;
  close(options?: CloseOptions): Promise<void>;
}
