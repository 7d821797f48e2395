import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { BenchDatabaseEntry, ManifestEntry } from './bench-dataset-schema.js';
import { BUILD_TAG, databaseContentHash, databaseSourceFiles } from './database-content-hash.js';
import { commentOnStatements, schemaComments } from './schema-comments.js';

export interface BenchDatabase {
  dbId: string;
  /** The cached DuckDB file. */
  file: string;
  /** False when the cached file was reused. */
  built: boolean;
}

const sqlString = (text: string): string => `'${text.replaceAll("'", "''")}'`;
const quoteIdentifier = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** Dates may be stored as YYYYMMDD text (wta_1.players.birth_date); DuckDB's cast alone does not read that. */
function dateExpression(column: string, type: string): string {
  const quoted = quoteIdentifier(column);
  return `COALESCE(TRY_CAST(${quoted} AS ${type}), TRY_STRPTIME(${quoted}, '%Y%m%d')::${type})`;
}

async function loadTable(connection: DuckDBConnection, table: string, csv: string): Promise<void> {
  const columns = (
    await connection.runAndReadAll(
      `SELECT column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND table_name = ? ORDER BY column_index`,
      [table],
    )
  ).getRowObjectsJson();
  const header = (
    await connection.runAndReadAll(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_csv(${sqlString(csv)}, header=true, all_varchar=true))`)
  )
    .getRows()
    .map((row) => String(row[0]).toLowerCase());
  const replacements = columns
    .filter((column) => /^(DATE|TIMESTAMP)$/.test(String(column.data_type)) && header.includes(String(column.column_name).toLowerCase()))
    .map((column) => `${dateExpression(String(column.column_name), String(column.data_type))} AS ${quoteIdentifier(String(column.column_name))}`);
  const replace = replacements.length > 0 ? ` REPLACE (${replacements.join(', ')})` : '';
  await connection.run(
    `INSERT INTO ${quoteIdentifier(table)} BY NAME SELECT *${replace} FROM read_csv(${sqlString(csv)}, header=true, all_varchar=true, nullstr='NULL')`,
  );
}

async function buildDatabase(databaseDir: string, entry: ManifestEntry, target: string): Promise<void> {
  const instance = await DuckDBInstance.create(target);
  const connection = await instance.connect();
  try {
    const schema = fs.readFileSync(path.join(databaseDir, 'schema.sql'), 'utf8');
    await connection.run(schema);
    // DuckDB keeps no `--` comment; the schema's explanations of tables and columns reach the catalog as COMMENT ON.
    for (const statement of commentOnStatements(schemaComments(schema))) await connection.run(statement);
    const csvFiles = databaseSourceFiles(databaseDir, entry).slice(1);
    const present = entry.tables_in_load_order.filter((table) => entry.csv_present.includes(table));
    for (const [i, table] of present.entries()) {
      try {
        await loadTable(connection, table, csvFiles[i]!);
      } catch (error) {
        throw new Error(`loading ${csvFiles[i]} into ${table}: ${(error as Error).message}`);
      }
    }
    await connection.run('CHECKPOINT');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** How long an earlier build of a database is kept unused: another checkout or version of sluice may still read it. */
const STALE_BUILD_MS = 24 * 60 * 60 * 1000;

/** Earlier builds of the same database, from files that have since changed, that nobody has used for a day. */
function removeStaleBuilds(folder: string, dbId: string, current: string): void {
  const stale = new RegExp(`^${dbId.replace(/[.]/g, '\\.')}-${BUILD_TAG}-[0-9a-f]{16}\\.duckdb$`);
  const cutoff = Date.now() - STALE_BUILD_MS;
  for (const name of fs.readdirSync(folder)) {
    const file = path.join(folder, name);
    if (file === current || !stale.test(name)) continue;
    const used = fs.statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (used !== undefined && used < cutoff) fs.rmSync(file, { force: true });
  }
}

/** Marks a cached build as used now, so a build another checkout or version is still using is not removed. */
function markUsed(file: string): void {
  const now = new Date();
  try {
    fs.utimesSync(file, now, now);
  } catch {
    // A read-only cache keeps its files: nothing here removes them either.
  }
}

/** Builds in flight in this process, by target file, so concurrent callers share one build. */
const pending = new Map<string, Promise<BenchDatabase>>();

/**
 * The dataset's database as a DuckDB file under cacheDir (in a folder named after the dataset), built from the files in
 * entry.dir and named by a hash of them: reused while they are unchanged, rebuilt (into a temporary file, then renamed)
 * when they change. Two checkouts or versions of sluice sharing the cache each keep their own build: an earlier one is
 * removed only after a day unused.
 */
export function ensureBenchDatabase(datasetDir: string, dbId: string, entry: BenchDatabaseEntry, cacheDir: string): Promise<BenchDatabase> {
  const databaseDir = entry.dir;
  const folder = path.join(cacheDir, 'bench', path.basename(datasetDir));
  const file = path.join(folder, `${dbId}-${databaseContentHash(databaseDir, entry)}.duckdb`);
  const existing = pending.get(file);
  if (existing) return existing;
  const build = (async (): Promise<BenchDatabase> => {
    if (fs.existsSync(file)) {
      markUsed(file);
      return { dbId, file, built: false };
    }
    fs.mkdirSync(folder, { recursive: true });
    const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await buildDatabase(databaseDir, entry, temporary);
      fs.renameSync(temporary, file);
      removeStaleBuilds(folder, dbId, file);
    } finally {
      fs.rmSync(temporary, { force: true });
      fs.rmSync(`${temporary}.wal`, { force: true });
    }
    return { dbId, file, built: true };
  })();
  pending.set(file, build);
  const forget = () => pending.delete(file);
  build.then(forget, forget);
  return build;
}
