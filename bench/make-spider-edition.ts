import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { BenchQuestion } from '../src/bench/bench-dataset-schema.js';
import { ensureBenchDatabase } from '../src/bench/build-bench-database.js';
import { compareToGold } from '../src/bench/compare-to-gold.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { ensureEngineBenchDatabase } from '../src/bench/engine-bench-database.js';
import { serializeSql } from '../src/sql-tree/serialize-sql.js';
import { sqlReferences } from '../src/bench/sql-references.js';
import { goldTieGroups } from '../src/bench/gold-tie-groups.js';
import { openDuckDbConnector } from '../src/connectors/duckdb-connector.js';
import { openConnector } from '../src/connectors/open-connector.js';
import { BENCH_MAX_ROWS } from '../src/bench/bench-max-rows.js';
import { insertStatements } from './spider-postgres/insert-statements.js';
import { readDdlCatalog } from './spider-postgres/read-ddl-catalog.js';
import { scriptOption } from './script-option.js';
import { loadScanner, type DdlCatalog } from './spider-postgres/postgres-gold-sql.js';
import { SPIDER_EDITIONS, type EditionDialect } from './spider-editions.js';
import { catalogDdl } from './spider-shared/catalog-ddl.js';
import { dialectFor } from '../src/dialects/dialect-for.js';

/** The first line of spider-dev's schema.sql files, whose one-column-per-line DDL the editions convert as text. */
const SPIDER_DDL = /^-- DuckDB dialect, converted from schema\.sql/;

/**
 * Writes the PostgreSQL, MySQL/MariaDB or SQLite edition of a DuckDB text-to-SQL dataset and checks it:
 *
 *   node dist/bench/make-spider-edition.js --dialect postgres|mysql|sqlite [--source ../shared/bench/spider-dev] [--out bench/datasets/spider-dev-<dialect>] [--url URL]
 *
 * Each database is loaded into DuckDB as the bench loads it; its DDL is converted and its rows become INSERT
 * statements. The edition is then loaded the way `sluice bench` loads it (on the server `--url` names, or into a
 * SQLite file), and every gold query is converted, run there through sluice's own connector and compared, with the
 * bench's own comparison, to the original on DuckDB. A question whose results disagree keeps its text but loses
 * verified_against_sqlite, so it leaves the headline figure; verification.json lists them.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dialect = scriptOption('dialect', '') as EditionDialect;
if (!Object.hasOwn(SPIDER_EDITIONS, dialect)) {
  process.stderr.write(`give --dialect ${Object.keys(SPIDER_EDITIONS).join('|')}\n`);
  process.exit(2);
}
const edition = SPIDER_EDITIONS[dialect];
const source = path.resolve(scriptOption('source', path.join(repoRoot, '../shared/bench/spider-dev')));
const out = path.resolve(scriptOption('out', path.join(repoRoot, 'bench/datasets', edition.folder)));
const url = edition.defaultUrl === undefined ? undefined : scriptOption('url', edition.defaultUrl);

const dataset = loadBenchDataset(source);
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-spider-mysql-'));
await loadScanner();
const parserInstance = await DuckDBInstance.create(':memory:');
const parser = await parserInstance.connect();
const catalogs = new Map<string, DdlCatalog>();

const manifest = {
  dialect,
  ...(dataset.currentDate ? { current_date: dataset.currentDate } : {}),
  ...Object.fromEntries(
    Object.entries(dataset.manifest).map(([dbId, entry]) => [
      dbId,
      { tables_in_load_order: entry.tables_in_load_order, csv_present: [], csv_missing: entry.csv_missing, ...(entry.docs ? { docs: entry.docs } : {}) },
    ]),
  ),
};
const writeQuestions = (questions: BenchQuestion[]): void =>
  fs.writeFileSync(path.join(out, 'questions.jsonl'), questions.map((question) => JSON.stringify(question)).join('\n') + '\n');

/** The longest text each column holds, keyed "table\u0000column" (one scan per column). */
async function longestTextPerColumn(connection: DuckDBConnection, catalog: DdlCatalog): Promise<Map<string, number>> {
  const longest = new Map<string, number>();
  const quoted = (name: string) => `"${name.replaceAll('"', '""')}"`;
  for (const table of catalog.tables) {
    for (const column of table.columns) {
      const [[length]] = (await connection.runAndReadAll(`SELECT coalesce(max(length(CAST(${quoted(column.name)} AS VARCHAR))), 0) FROM ${quoted(table.name)}`)).getRows() as [[unknown]];
      longest.set(`${table.name}\u0000${column.name}`, Number(length));
    }
  }
  return longest;
}

try {
  fs.rmSync(path.join(out, 'databases'), { recursive: true, force: true });
  for (const [dbId, entry] of Object.entries(dataset.manifest)) {
    const built = await ensureBenchDatabase(source, dbId, entry, cache);
    const instance = await DuckDBInstance.create(built.file, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const catalog = await readDdlCatalog(connection);
    const longest = edition.sizesTextColumns ? await longestTextPerColumn(connection, catalog) : new Map<string, number>();
    catalogs.set(dbId, catalog);
    const inserts: string[] = [];
    for (const table of entry.tables_in_load_order) inserts.push(...(await insertStatements(connection, table, edition.rows)));
    const longestText = (table: string, column: string): number => longest.get(`${table}\u0000${column}`) ?? 0;
    const sourceDdl = fs.readFileSync(path.join(entry.dir, 'schema.sql'), 'utf8');
    // Spider's DDL is converted line by line, keeping its spelling; any other database is written from DuckDB's catalog.
    const ddl = (
      SPIDER_DDL.test(sourceDdl) ? edition.ddl(sourceDdl, longestText) : await catalogDdl(connection, entry.tables_in_load_order, dialect, dialectFor(dialect), longestText)
    ).trimEnd();
    connection.closeSync();
    instance.closeSync();

    fs.mkdirSync(path.join(out, 'databases', dbId), { recursive: true });
    fs.writeFileSync(path.join(out, 'databases', dbId, 'schema.sql'), `${ddl}\n\n-- Rows, as DuckDB loaded them from the original CSV files.\n\n${inserts.join('\n\n')}\n`);
  }
  fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
  if (fs.existsSync(path.join(source, 'LICENSE'))) fs.copyFileSync(path.join(source, 'LICENSE'), path.join(out, 'LICENSE'));
  for (const [dbId, entry] of Object.entries(dataset.manifest)) {
    if (entry.docs) fs.cpSync(path.join(entry.dir, entry.docs), path.join(out, 'databases', dbId, entry.docs), { recursive: true });
  }
  writeQuestions(dataset.questions);

  const converted: BenchQuestion[] = [];
  const disagreements: { id: string; reason: string; gold_sql: string }[] = [];
  const written = loadBenchDataset(out);
  for (const [dbId, entry] of Object.entries(written.manifest)) {
    const server = url === undefined ? undefined : { type: dialect, url };
    const loaded = await ensureEngineBenchDatabase({ ...written, dialect }, dbId, entry, server, cache);
    const target = await openConnector(loaded.namespace);
    const duckdb = await openDuckDbConnector((await ensureBenchDatabase(source, dbId, dataset.manifest[dbId]!, cache)).file);
    try {
      for (const question of dataset.questions.filter((q) => q.db_id === dbId)) {
        if (question.gold_sql === undefined) {
          converted.push(question);
          continue;
        }
        let goldSql = question.gold_sql;
        let reason: string | undefined;
        try {
          goldSql = edition.goldSql(question.gold_sql, catalogs.get(dbId)!);
          const expected = await duckdb.execute(question.gold_sql, { maxRows: BENCH_MAX_ROWS });
          const parsed = await serializeSql(parser, question.gold_sql);
          const ordered = parsed.ok ? sqlReferences(parsed.statement, { tables: [] }).ordered : false;
          const ties = parsed.ok ? await goldTieGroups(parsed.statement, duckdb, parser) : undefined;
          const actual = await target.execute(goldSql, { maxRows: BENCH_MAX_ROWS });
          const verdict = compareToGold({ result: expected, ordered, ties }, actual);
          if (!verdict.match) reason = verdict.reason ?? 'results differ';
        } catch (error) {
          reason = (error as Error).message.split('\n')[0];
        }
        if (reason) disagreements.push({ id: question.id, reason, gold_sql: goldSql });
        converted.push({ ...question, gold_sql: goldSql, verified_against_sqlite: question.verified_against_sqlite && !reason });
      }
    } finally {
      await duckdb.close();
      await target.close();
    }
  }
  writeQuestions(converted);
  const agree = converted.length - disagreements.length;
  fs.writeFileSync(
    path.join(out, 'verification.json'),
    `${JSON.stringify({ questions: converted.length, agree_with_duckdb: agree, disagreements }, null, 1)}\n`,
  );
  process.stdout.write(`${converted.length} questions, ${agree} give the same result on ${edition.label} as on DuckDB\n`);
  for (const d of disagreements) process.stdout.write(`  ${d.id}: ${d.reason}\n    ${d.gold_sql}\n`);
} finally {
  parser.closeSync();
  parserInstance.closeSync();
  fs.rmSync(cache, { recursive: true, force: true });
}
