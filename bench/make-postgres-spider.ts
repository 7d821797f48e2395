import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import type { BenchQuestion } from '../src/bench/bench-dataset-schema.js';
import { ensureBenchDatabase } from '../src/bench/build-bench-database.js';
import { compareToGold } from '../src/bench/compare-to-gold.js';
import { loadBenchDataset } from '../src/bench/load-bench-dataset.js';
import { serializeSql } from '../src/sql-tree/serialize-sql.js';
import { sqlReferences } from '../src/bench/sql-references.js';
import { goldTieGroups } from '../src/bench/gold-tie-groups.js';
import { openDuckDbConnector } from '../src/connectors/duckdb-connector.js';
import { BENCH_MAX_ROWS } from '../src/bench/bench-max-rows.js';
import { insertStatements } from './spider-postgres/insert-statements.js';
import { readDdlCatalog } from './spider-postgres/read-ddl-catalog.js';
import { scriptOption } from './script-option.js';
import { openPostgresCheckClient } from './spider-postgres/postgres-check-client.js';
import { postgresDdl } from './spider-postgres/postgres-ddl.js';
import { loadScanner, postgresGoldSql } from './spider-postgres/postgres-gold-sql.js';

/**
 * Writes the PostgreSQL edition of a DuckDB text-to-SQL dataset and checks it:
 *
 *   node dist/bench/make-postgres-spider.js [--source ../shared/bench/spider-dev] [--out bench/datasets/spider-dev-postgres] [--url postgres://...]
 *
 * Each database is loaded into DuckDB as the bench loads it; its DDL is converted and its rows become INSERT
 * statements. Every gold query is converted, run on PostgreSQL (one scratch schema per database, dropped at the end)
 * and compared, with the bench's own comparison, to the original on DuckDB. A question whose results disagree keeps
 * its text but loses verified_against_sqlite, so it leaves the headline figure; verification.json lists them.
 */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const source = path.resolve(scriptOption('source', path.join(repoRoot, '../shared/bench/spider-dev')));
const out = path.resolve(scriptOption('out', path.join(repoRoot, 'bench/datasets/spider-dev-postgres')));
const url = scriptOption('url', process.env.SLUICE_TEST_POSTGRES_URL ?? 'postgres://sluice:sluice@127.0.0.1:55432/postgres');

const dataset = loadBenchDataset(source);
const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-spider-pg-'));
await loadScanner();
const client = await openPostgresCheckClient(url);
const parserInstance = await DuckDBInstance.create(':memory:');
const parser = await parserInstance.connect();

const converted: BenchQuestion[] = [];
const disagreements: { id: string; reason: string; gold_sql: string }[] = [];
const checkSchemas: string[] = [];
try {
  fs.rmSync(path.join(out, 'databases'), { recursive: true, force: true });
  for (const [dbId, entry] of Object.entries(dataset.manifest)) {
    const built = await ensureBenchDatabase(source, dbId, entry, cache);
    const instance = await DuckDBInstance.create(built.file, { access_mode: 'READ_ONLY' });
    const connection = await instance.connect();
    const catalog = await readDdlCatalog(connection);
    const inserts: string[] = [];
    for (const table of entry.tables_in_load_order) inserts.push(...(await insertStatements(connection, table)));
    connection.closeSync();
    instance.closeSync();

    const ddl = postgresDdl(fs.readFileSync(path.join(entry.dir, 'schema.sql'), 'utf8')).trimEnd();
    const schemaSql = `${ddl}\n\n-- Rows, as DuckDB loaded them from the original CSV files.\n\n${inserts.join('\n\n')}\n`;
    fs.mkdirSync(path.join(out, 'databases', dbId), { recursive: true });
    fs.writeFileSync(path.join(out, 'databases', dbId, 'schema.sql'), schemaSql);

    const schema = `sluice_spider_check_${dbId.toLowerCase()}`;
    checkSchemas.push(schema);
    await client.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; CREATE SCHEMA "${schema}"; SET search_path TO "${schema}"`);
    await client.exec(schemaSql);

    const duckdb = await openDuckDbConnector(built.file);
    try {
      for (const question of dataset.questions.filter((q) => q.db_id === dbId)) {
        if (question.gold_sql === undefined) {
          converted.push(question);
          continue;
        }
        let goldSql = question.gold_sql;
        let reason: string | undefined;
        try {
          goldSql = postgresGoldSql(question.gold_sql, catalog);
          const expected = await duckdb.execute(question.gold_sql, { maxRows: BENCH_MAX_ROWS });
          const parsed = await serializeSql(parser, question.gold_sql);
          const ordered = parsed.ok ? sqlReferences(parsed.statement, { tables: [] }).ordered : false;
          const ties = parsed.ok ? await goldTieGroups(parsed.statement, duckdb, parser) : undefined;
          const actual = await client.run(goldSql);
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
    }
  }
} finally {
  for (const schema of checkSchemas) await client.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => undefined);
  await client.close();
  parser.closeSync();
  parserInstance.closeSync();
  fs.rmSync(cache, { recursive: true, force: true });
}

const manifest = {
  dialect: 'postgres',
  ...Object.fromEntries(
    Object.entries(dataset.manifest).map(([dbId, entry]) => [
      dbId,
      { tables_in_load_order: entry.tables_in_load_order, csv_present: [], csv_missing: entry.csv_missing },
    ]),
  ),
};
fs.writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 1)}\n`);
fs.writeFileSync(path.join(out, 'questions.jsonl'), converted.map((question) => JSON.stringify(question)).join('\n') + '\n');
fs.copyFileSync(path.join(source, 'LICENSE'), path.join(out, 'LICENSE'));
const agree = converted.length - disagreements.length;
fs.writeFileSync(
  path.join(out, 'verification.json'),
  `${JSON.stringify({ questions: converted.length, agree_with_duckdb: agree, disagreements }, null, 1)}\n`,
);
process.stdout.write(`${converted.length} questions, ${agree} give the same result on PostgreSQL as on DuckDB\n`);
for (const d of disagreements) process.stdout.write(`  ${d.id}: ${d.reason}\n    ${d.gold_sql}\n`);
