import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { NamespaceConfig } from '../config/config-schema.js';
import { serverLocation } from '../connectors/server-location.js';
import { openWritableDatabase } from '../loaders/open-writable-database.js';
import type { WritableDatabase } from '../loaders/writable-database.js';
import type { BenchDatabaseEntry, DatasetDialect, ManifestEntry } from './bench-dataset-schema.js';
import { benchDatabaseDocs } from './bench-database-docs.js';
import { BUILD_TAG, databaseContentHash, databaseSourceFiles } from './database-content-hash.js';
import { commentOnStatements, schemaComments, withInlineComments, type SchemaComment } from './schema-comments.js';
import { splitSqlScript } from './split-sql-script.js';

export interface EngineBenchDatabase {
  dbId: string;
  /** The namespace the bench opens the database through. */
  namespace: NamespaceConfig;
  /** Where it is, for messages: a file, or a server (no password) and its schema or database. */
  location: string;
  /** False when the database on the engine was already built from the same files. */
  built: boolean;
  /** A published SQLite file the manifest names, opened read-only where it is rather than built. */
  inPlace?: boolean;
}

/** Where the builds of a server are recorded on MySQL/MariaDB, which has no comment on a database. */
const MYSQL_BUILDS = 'sluice_bench_builds';

/** The schema (postgres) or database (mysql) a benchmark database is loaded into. */
export function benchDatabaseName(dbId: string): string {
  return `sluice_bench_${dbId.toLowerCase().replace(/[^a-z0-9_]/g, '_')}`.slice(0, 63);
}

/** The CSV rows of a table, all text, with the literal NULL as null, read with DuckDB. */
async function readCsv(file: string): Promise<{ columns: string[]; rows: unknown[][] }> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(`SELECT * FROM read_csv(?, header=true, all_varchar=true, nullstr='NULL')`, [file]);
    return { columns: reader.columnNames(), rows: reader.getRows() as unknown[][] };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * MariaDB/MySQL has no COMMENT ON: a table's comment is a table option, a column's is part of its definition, restated
 * whole (type and nullability from information_schema). A column with a default or an EXTRA (auto_increment, a
 * generated value) keeps no derived comment rather than risk a changed definition.
 */
async function commentMysql(target: WritableDatabase, comments: SchemaComment[]): Promise<void> {
  const literal = (text: string): string => `'${text.replaceAll('\\', '\\\\').replaceAll("'", "''")}'`;
  const key = (name: string): string => name.replace(/^[`"](.*)[`"]$/s, '$1').toLowerCase();
  const columns = await target.query(
    `SELECT TABLE_NAME AS t, COLUMN_NAME AS c, COLUMN_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS dflt, EXTRA AS extra
       FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()`,
  );
  const definitions = new Map(columns.map((row) => [`${String(row.t).toLowerCase()}.${String(row.c).toLowerCase()}`, row]));
  for (const comment of comments) {
    if (comment.column === undefined) {
      await target.exec(`ALTER TABLE ${comment.table} COMMENT = ${literal(comment.text)}`);
      continue;
    }
    const column = definitions.get(`${key(comment.table)}.${key(comment.column)}`);
    if (!column || (column.dflt !== null && column.dflt !== 'NULL') || String(column.extra ?? '') !== '') continue;
    const nullability = column.nullable === 'NO' ? ' NOT NULL' : ' NULL';
    await target.exec(`ALTER TABLE ${comment.table} MODIFY COLUMN ${comment.column} ${String(column.type)}${nullability} COMMENT ${literal(comment.text)}`);
  }
}

/**
 * Runs schema.sql statement by statement, with the table and column explanations its `--` comments give written where
 * the engine keeps them (schemaComments), then loads the CSVs the manifest lists.
 */
async function load(target: WritableDatabase, databaseDir: string, entry: ManifestEntry): Promise<void> {
  const [schema, ...csvFiles] = databaseSourceFiles(databaseDir, entry);
  const script = fs.readFileSync(schema!, 'utf8');
  const comments = schemaComments(script);
  const statements = splitSqlScript(target.dialect === 'sqlite' ? withInlineComments(script, comments) : script);
  for (const statement of statements) await target.exec(statement);
  if (target.dialect === 'postgres') for (const statement of commentOnStatements(comments)) await target.exec(statement);
  if (target.dialect === 'mysql') await commentMysql(target, comments);
  const present = entry.tables_in_load_order.filter((table) => entry.csv_present.includes(table));
  for (const [i, table] of present.entries()) {
    const csv = await readCsv(csvFiles[i]!);
    await target.insertRows(table, csv.columns, csv.rows);
  }
  await target.analyze(entry.tables_in_load_order);
}

async function ensureSqlite(databaseDir: string, dbId: string, entry: ManifestEntry, folder: string, hash: string): Promise<EngineBenchDatabase> {
  const file = path.join(folder, `${dbId}-${hash}.sqlite`);
  const namespace: NamespaceConfig = { type: 'sqlite', path: file };
  if (fs.existsSync(file)) return { dbId, namespace, location: file, built: false };
  fs.mkdirSync(folder, { recursive: true });
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  const target = await openWritableDatabase({ type: 'sqlite', path: temporary });
  try {
    await load(target, databaseDir, entry);
    await target.close();
    fs.renameSync(temporary, file);
  } finally {
    await target.close().catch(() => undefined);
    fs.rmSync(temporary, { force: true });
  }
  for (const name of fs.readdirSync(folder)) {
    if (name !== path.basename(file) && name.startsWith(`${dbId}-`) && new RegExp(`^${BUILD_TAG}-[0-9a-f]{16}\\.sqlite$`).test(name.slice(dbId.length + 1))) {
      fs.rmSync(path.join(folder, name), { force: true });
    }
  }
  return { dbId, namespace, location: file, built: true };
}

/** One schema per database; the content hash is the schema's comment, written last, so a half-built schema is rebuilt. */
async function ensurePostgres(databaseDir: string, dbId: string, entry: ManifestEntry, server: NamespaceConfig, marker: string): Promise<EngineBenchDatabase> {
  const schema = benchDatabaseName(dbId);
  const { schemas: _schemas, ...rest } = server;
  const namespace: NamespaceConfig = { ...rest, type: 'postgres', schemas: [schema] };
  const location = `${serverLocation(namespace)} schema ${schema}`;
  const target = await openWritableDatabase(namespace);
  try {
    const rows = await target.query(`SELECT obj_description(oid, 'pg_namespace') AS marker FROM pg_namespace WHERE nspname = $1`, [schema]);
    if (rows[0]?.marker === marker) return { dbId, namespace, location, built: false };
    const quoted = `"${schema}"`;
    await target.exec(`DROP SCHEMA IF EXISTS ${quoted} CASCADE`);
    await target.exec(`CREATE SCHEMA ${quoted}`);
    await load(target, databaseDir, entry);
    await target.exec(`COMMENT ON SCHEMA ${quoted} IS '${marker}'`);
    return { dbId, namespace, location, built: true };
  } finally {
    await target.close();
  }
}

/** One database per db_id; the content hash is recorded in sluice_bench_builds.builds once the load has finished. */
async function ensureMysql(databaseDir: string, dbId: string, entry: ManifestEntry, server: NamespaceConfig, marker: string): Promise<EngineBenchDatabase> {
  const database = benchDatabaseName(dbId);
  const namespace: NamespaceConfig = { ...server, type: 'mysql', database };
  const location = serverLocation(namespace);
  const admin = await openWritableDatabase({ ...server, type: 'mysql', database: 'information_schema' });
  try {
    await admin.exec(`CREATE DATABASE IF NOT EXISTS \`${MYSQL_BUILDS}\``);
    await admin.exec(`CREATE TABLE IF NOT EXISTS \`${MYSQL_BUILDS}\`.builds (name VARCHAR(64) PRIMARY KEY, marker VARCHAR(100) NOT NULL)`);
    const rows = await admin.query(`SELECT marker FROM \`${MYSQL_BUILDS}\`.builds WHERE name = ?`, [database]);
    const exists = await admin.query(`SELECT schema_name FROM information_schema.schemata WHERE schema_name = ?`, [database]);
    if (rows[0]?.marker === marker && exists.length > 0) return { dbId, namespace, location, built: false };
    await admin.exec(`DELETE FROM \`${MYSQL_BUILDS}\`.builds WHERE name = ?`, [database]);
    await admin.exec(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.exec(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
    const target = await openWritableDatabase(namespace);
    try {
      await load(target, databaseDir, entry);
    } finally {
      await target.close();
    }
    await admin.exec(`INSERT INTO \`${MYSQL_BUILDS}\`.builds (name, marker) VALUES (?, ?)`, [database, marker]);
    return { dbId, namespace, location, built: true };
  } finally {
    await admin.close();
  }
}

/** Builds in flight in this process, so concurrent callers of the same database share one build. */
const pending = new Map<string, Promise<EngineBenchDatabase>>();

/**
 * A database of a postgres, mysql or sqlite dataset, built on that engine from its schema.sql (DDL, and maybe its
 * rows as INSERTs) and the CSVs its manifest entry lists: a sqlite file in the cache folder named by the content
 * hash, or a schema (postgres) / database (mysql) named sluice_bench_<db_id> on the server `server` names,
 * rebuilt only when the content hash it was built from changes.
 */
export function ensureEngineBenchDatabase(
  dataset: { dir: string; name: string; dialect: Exclude<DatasetDialect, 'duckdb'> },
  dbId: string,
  entry: BenchDatabaseEntry,
  server: NamespaceConfig | undefined,
  cacheDir: string,
): Promise<EngineBenchDatabase> {
  const databaseDir = entry.dir;
  const docs = benchDatabaseDocs(entry);
  if (entry.sqlite_file !== undefined) {
    const file = path.join(databaseDir, entry.sqlite_file);
    return Promise.resolve({ dbId, namespace: { type: 'sqlite', path: file, ...docs }, location: file, built: false, inPlace: true });
  }
  const hash = databaseContentHash(databaseDir, entry);
  const marker = `sluice bench ${dataset.name} ${hash}`;
  const key = `${dataset.dialect} ${server ? serverLocation(server) : ''} ${dbId} ${hash}`;
  const existing = pending.get(key);
  if (existing) return existing;
  const build = (async (): Promise<EngineBenchDatabase> => {
    if (dataset.dialect === 'sqlite') return ensureSqlite(databaseDir, dbId, entry, path.join(cacheDir, 'bench', dataset.name), hash);
    if (!server) throw new Error(`a ${dataset.dialect} dataset needs a server: --namespace NS or --url URL`);
    return dataset.dialect === 'postgres'
      ? ensurePostgres(databaseDir, dbId, entry, server, marker)
      : ensureMysql(databaseDir, dbId, entry, server, marker);
  })().then((database) => ({ ...database, namespace: { ...database.namespace, ...docs } }));
  pending.set(key, build);
  const forget = () => pending.delete(key);
  build.then(forget, forget);
  return build;
}
