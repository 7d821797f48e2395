import type { DuckDBConnection } from '@duckdb/node-api';
import { errorMessage } from '../errors.js';
import type { Runtime } from '../engine/runtime.js';
import type { BenchQuestion } from './bench-dataset-schema.js';
import type { GoldAnswerResult } from './score-question.js';
import { serializeSql } from './serialize-sql.js';
import { sqlReferences, type CatalogShape } from './sql-references.js';
import { tiedGoldRows } from './tied-gold-rows.js';
import { BENCH_MAX_ROWS } from './bench-max-rows.js';

/** Runs each question's gold SQL in its database's namespace, parses what it reads and finds rows tied at its LIMIT; by question id. */
export async function computeGoldAnswers(
  runtime: Runtime,
  questions: readonly BenchQuestion[],
  parser: DuckDBConnection,
): Promise<Map<string, GoldAnswerResult>> {
  const answers = new Map<string, GoldAnswerResult>();
  const catalogs = new Map<string, CatalogShape>();
  for (const question of questions) {
    if (question.gold_sql === undefined) continue;
    const connector = await runtime.connector(question.db_id);
    let catalog = catalogs.get(question.db_id);
    if (!catalog) {
      const tables = await connector.introspect();
      catalog = { tables: tables.map((table) => ({ name: table.name, columns: table.columns.map((column) => column.name) })) };
      catalogs.set(question.db_id, catalog);
    }
    const parsed = await serializeSql(parser, question.gold_sql);
    const references = parsed.ok ? sqlReferences(parsed.statement, catalog) : undefined;
    try {
      const result = await connector.execute(question.gold_sql, { maxRows: BENCH_MAX_ROWS, timeoutMs: runtime.settings.queryTimeoutMs });
      if (result.truncated) throw new Error(`the gold result has more than ${BENCH_MAX_ROWS} rows`);
      // The widened query is DuckDB's rendering of the gold SQL; another engine may refuse it, and then no tie is known.
      const ties = parsed.ok ? await tiedGoldRows(parsed.statement, connector, parser).catch(() => undefined) : undefined;
      answers.set(question.id, { result: { columns: result.columns, rows: result.rows }, references, ...(ties ? { ties } : {}) });
    } catch (error) {
      answers.set(question.id, { error: errorMessage(error), references });
    }
  }
  return answers;
}
