import fs from 'node:fs';
import path from 'node:path';
import { ensureBenchDatabase } from '../../src/bench/build-bench-database.js';
import { loadBenchDataset } from '../../src/bench/load-bench-dataset.js';
import { runCli, tempDir } from './run-cli.js';

export interface BatchLine {
  id: string;
  status: string;
  sql: string | null;
  row_count: number;
  reason?: string;
}

export interface BatchQuestion {
  id: string;
  task: string;
  namespace: string;
}

/**
 * A scratch folder whose sluice.yml makes each named database of a bench dataset, built as the bench builds it, a DuckDB
 * namespace of that name.
 */
export async function benchDatabasesDir(datasetDir: string, dbIds: Iterable<string>, prefix: string): Promise<string> {
  const dataset = loadBenchDataset(datasetDir);
  const dir = tempDir(prefix);
  const namespaces: string[] = [];
  for (const dbId of dbIds) {
    const built = await ensureBenchDatabase(datasetDir, dbId, dataset.manifest[dbId]!, path.join(dir, 'cache'));
    namespaces.push(`  ${dbId}: {type: duckdb, path: ${JSON.stringify(built.file)}}`);
  }
  fs.writeFileSync(path.join(dir, 'sluice.yml'), `namespaces:\n${namespaces.join('\n')}\n`);
  return dir;
}

/**
 * Builds the named databases of a bench dataset as the bench does, makes each a DuckDB namespace of a scratch
 * sluice.yml (a question on "demo" goes to the built-in demo), and asks every question in one batch through the real
 * CLI, offline; the batch's JSON lines come back by question id.
 */
export async function askBenchDatabases(
  datasetDir: string,
  dbIds: Iterable<string>,
  questions: readonly BatchQuestion[],
  options: { args: string[]; timeoutMs: number; prefix: string },
): Promise<{ lines: Map<string, BatchLine>; stderr: string }> {
  const dir = await benchDatabasesDir(datasetDir, dbIds, options.prefix);
  const input = questions.map((q) => JSON.stringify({ id: q.id, task: q.task, namespace: q.namespace })).join('\n');
  const result = await runCli(['run', '--format', 'json', '--concurrency', '2', ...options.args], { cwd: dir, input: `${input}\n`, timeoutMs: options.timeoutMs });
  const lines = new Map(
    result.stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as BatchLine)
      .map((line) => [line.id, line]),
  );
  return { lines, stderr: result.stderr };
}

/** A database made up for a test: its schema.sql, and each table's rows as CSV text. */
export interface MadeUpDatabase {
  schema: string;
  data: Record<string, string>;
}

/**
 * Writes made-up databases as a bench dataset (schema.sql and CSVs per database, a manifest and the questions) and
 * asks every question on them, as askBenchDatabases does.
 */
export async function askMadeUpDatabases(
  databases: Record<string, MadeUpDatabase>,
  questions: readonly BatchQuestion[],
  options: { args: string[]; timeoutMs: number; prefix: string },
): Promise<{ lines: Map<string, BatchLine>; stderr: string }> {
  const dataset = tempDir(`${options.prefix}dataset-`);
  const manifest: Record<string, unknown> = {};
  for (const [db, { schema, data }] of Object.entries(databases)) {
    fs.mkdirSync(path.join(dataset, 'databases', db, 'data'), { recursive: true });
    fs.writeFileSync(path.join(dataset, 'databases', db, 'schema.sql'), schema);
    for (const [table, csv] of Object.entries(data)) fs.writeFileSync(path.join(dataset, 'databases', db, 'data', `${table}.csv`), csv);
    manifest[db] = { tables_in_load_order: Object.keys(data), csv_present: Object.keys(data), csv_missing: [] };
  }
  fs.writeFileSync(path.join(dataset, 'manifest.json'), JSON.stringify(manifest));
  fs.writeFileSync(
    path.join(dataset, 'questions.jsonl'),
    `${questions.map((q) => JSON.stringify({ id: q.id, db_id: q.namespace, question: q.task, answerable: false })).join('\n')}\n`,
  );
  return askBenchDatabases(dataset, Object.keys(databases), questions, options);
}
