import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { CatalogTable, Connector } from '../connectors/connector.js';
import type { ResolvedNamespace } from '../engine/runtime.js';

/** Bump when what a cached catalog holds, or how it is read from a database, changes. */
export const CATALOG_FORMAT = 21;

export interface CatalogFingerprint {
  fingerprint: string;
  /** The catalog, when computing the fingerprint needed it anyway. */
  tables?: CatalogTable[];
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** Files whose size and modification time change whenever an embedded database's schema (or data) does. */
function databaseFiles(namespace: ResolvedNamespace): string[] | undefined {
  switch (namespace.type) {
    case 'demo':
    case 'duckdb':
      return [namespace.database, `${namespace.database}.wal`];
    case 'sqlite':
      return [namespace.database, `${namespace.database}-wal`];
    default:
      return undefined;
  }
}

/** Whether the fingerprint changes with the data too (an embedded file's size and mtime), not only with the schema. */
export function fingerprintCoversData(namespace: ResolvedNamespace): boolean {
  return databaseFiles(namespace) !== undefined;
}

/** The SQL dialect of an embedded database, known without opening it. */
export function embeddedDialect(namespace: ResolvedNamespace): string | undefined {
  return namespace.type === 'demo' ? 'duckdb' : embeddedConnectorIdentity(namespace)?.dialect;
}

function statLine(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${file}\u0000${stat.size}\u0000${stat.mtimeMs}\u0000${stat.ino}`;
  } catch {
    return `${file}\u0000missing`;
  }
}

/** Schema only: estimated row counts move without the schema changing, and must not throw the cache away. */
function schemaText(tables: readonly CatalogTable[]): string {
  return JSON.stringify(tables.map((table) => [table.name, table.comment ?? null, table.columns]));
}

/**
 * What a cached catalog is keyed by. An embedded database file is fingerprinted by its files' size and mtime,
 * without a query; a server or a folder of files by a hash of its introspected schema (which is then kept).
 */
export async function catalogFingerprint(
  namespace: ResolvedNamespace,
  connector: Connector | Promise<Connector>,
  signal?: AbortSignal,
): Promise<CatalogFingerprint> {
  const files = databaseFiles(namespace);
  if (files) return { fingerprint: sha256([CATALOG_FORMAT, ...files.map(statLine)].join('\n')) };
  const tables = await (await connector).introspect(signal);
  return { fingerprint: sha256(`${CATALOG_FORMAT}\n${schemaText(tables)}`), tables };
}

/**
 * The dialect and location an embedded database file's connector will report, known without opening it: a warm
 * start reads the cached catalog while DuckDB opens the file (seconds for 10,000 tables) instead of after.
 */
export function embeddedConnectorIdentity(namespace: ResolvedNamespace): Pick<Connector, 'dialect' | 'location'> | undefined {
  switch (namespace.type) {
    // The demo's file is built on first use: until it exists, its fingerprint (its size and mtime) is not known yet.
    case 'demo':
      return fs.existsSync(namespace.database) ? { dialect: 'duckdb', location: namespace.database } : undefined;
    case 'duckdb':
      return { dialect: 'duckdb', location: namespace.database };
    case 'sqlite':
      return { dialect: 'sqlite', location: namespace.database };
    default:
      return undefined;
  }
}

/** The cache file name of a namespace: the same database reached under another namespace name shares it; no secret is in it. */
export function catalogCacheKey(namespace: ResolvedNamespace, connector: Pick<Connector, 'dialect' | 'location'>): string {
  const config: Partial<Record<string, unknown>> = namespace.config ?? {};
  const schemas = config.schemas;
  return sha256(JSON.stringify([namespace.type, connector.dialect, connector.location, schemas ?? null])).slice(0, 24);
}
