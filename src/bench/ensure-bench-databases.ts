import type { NamespaceConfig } from '../config/config-schema.js';
import { UsageError } from '../errors.js';
import type { BenchDataset } from './bench-dataset-schema.js';
import { benchDatabaseDocs } from './bench-database-docs.js';
import { ensureBenchDatabase } from './build-bench-database.js';
import { ensureEngineBenchDatabase } from './engine-bench-database.js';

export interface BenchServerChoice {
  /** A postgres or mysql dataset: the sluice.yml namespace naming the server its databases are loaded into. */
  namespace?: string;
  /** Or the server's URL. */
  url?: string;
}

/** The server a postgres or mysql dataset is loaded into, from --namespace or --url; none for duckdb and sqlite. */
export function benchServer(dataset: BenchDataset, namespaces: Record<string, NamespaceConfig>, options: BenchServerChoice): NamespaceConfig | undefined {
  if (options.namespace !== undefined && options.url !== undefined) throw new UsageError('give --namespace or --url, not both');
  const needsServer = dataset.dialect === 'postgres' || dataset.dialect === 'mysql';
  if (!needsServer) {
    if (options.namespace !== undefined || options.url !== undefined) {
      throw new UsageError(`${dataset.name} is a ${dataset.dialect} dataset: its databases are built in the cache folder, --namespace and --url do not apply`);
    }
    return undefined;
  }
  if (options.url !== undefined) return { type: dataset.dialect, url: options.url };
  if (options.namespace === undefined) {
    throw new UsageError(`${dataset.name} is a ${dataset.dialect} dataset: name the server to load it into with --namespace NS (a ${dataset.dialect} namespace of sluice.yml) or --url URL`);
  }
  const entry = Object.hasOwn(namespaces, options.namespace) ? namespaces[options.namespace] : undefined;
  if (!entry) throw new UsageError(`unknown namespace "${options.namespace}"; configured namespaces: ${Object.keys(namespaces).sort().join(', ') || 'none'}`);
  if (entry.type !== dataset.dialect) {
    throw new UsageError(`namespace "${options.namespace}" is a ${entry.type} namespace; ${dataset.name} needs a ${dataset.dialect} one`);
  }
  return entry;
}

/** Builds (or finds already built) each database on the dataset's engine; namespace entries by db_id. */
export async function ensureBenchDatabases(
  dataset: BenchDataset,
  dbIds: readonly string[],
  server: NamespaceConfig | undefined,
  cacheDir: string,
  status: (message: string) => void,
): Promise<Record<string, NamespaceConfig>> {
  const databases: Record<string, NamespaceConfig> = {};
  for (const dbId of dbIds) {
    const entry = dataset.manifest[dbId]!;
    if (dataset.dialect === 'duckdb') {
      const database = await ensureBenchDatabase(dataset.dir, dbId, entry, cacheDir);
      status(`${database.built ? 'built' : 'cached'} ${dbId}: ${database.file}`);
      databases[dbId] = { type: 'duckdb', path: database.file, ...benchDatabaseDocs(entry) };
    } else {
      const database = await ensureEngineBenchDatabase({ ...dataset, dialect: dataset.dialect }, dbId, entry, server, cacheDir);
      status(`${database.built ? 'built' : database.inPlace ? 'opened read-only' : 'cached'} ${dbId}: ${database.location}`);
      databases[dbId] = database.namespace;
    }
  }
  return databases;
}
