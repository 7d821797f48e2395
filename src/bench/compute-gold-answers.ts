import type { DuckDBConnection } from '@duckdb/node-api';
import type { Connector } from '../connectors/connector.js';
import { errorMessage } from '../errors.js';
import type { Runtime } from '../engine/runtime.js';
import type { BenchQuestion } from './bench-dataset-schema.js';
import type { GoldAnswerResult } from './score-question.js';
import { withDuckDbQuotes } from '../sql-tree/adapt-rendering.js';
import { serializeSql } from '../sql-tree/serialize-sql.js';
import { sqlReferences, type CatalogShape } from './sql-references.js';
import { goldTieGroups } from './gold-tie-groups.js';
import { BENCH_MAX_ROWS } from './bench-max-rows.js';

async function goldAnswer(sql: string, connector: Connector, catalog: CatalogShape, parser: DuckDBConnection, timeoutMs: number): Promise<GoldAnswerResult> {
  const parsed = await serializeSql(parser, connector.dialect === 'mysql' ? withDuckDbQuotes(sql) : sql);
  const references = parsed.ok ? sqlReferences(parsed.statement, catalog) : undefined;
  try {
    const result = await connector.execute(sql, { maxRows: BENCH_MAX_ROWS, timeoutMs });
    if (result.truncated) throw new Error(`the gold result has more than ${BENCH_MAX_ROWS} rows`);
    // The widened query is DuckDB's rendering of the gold SQL, adapted to the engine; if the engine refuses it, no tie is known.
    const ties = parsed.ok && references?.ordered ? await goldTieGroups(parsed.statement, connector, parser, sql).catch(() => undefined) : undefined;
    return { result: { columns: result.columns, rows: result.rows }, references, ...(ties ? { ties } : {}) };
  } catch (error) {
    return { error: errorMessage(error), references };
  }
}

/**
 * Runs each question's gold SQL and its alternatives in its database's namespace, parses what they read and finds
 * how their ordered rows tie; by question id, the gold SQL first. A question the data cannot answer has none.
 */
export async function computeGoldAnswers(
  runtime: Runtime,
  questions: readonly BenchQuestion[],
  parser: DuckDBConnection,
): Promise<Map<string, GoldAnswerResult[]>> {
  const answers = new Map<string, GoldAnswerResult[]>();
  const catalogs = new Map<string, CatalogShape>();
  for (const question of questions) {
    if (question.gold_sql === undefined) {
      answers.set(question.id, []);
      continue;
    }
    const connector = await runtime.connector(question.db_id);
    let catalog = catalogs.get(question.db_id);
    if (!catalog) {
      const tables = await connector.introspect();
      catalog = { tables: tables.map((table) => ({ name: table.name, columns: table.columns.map((column) => column.name) })) };
      catalogs.set(question.db_id, catalog);
    }
    const golds: GoldAnswerResult[] = [];
    for (const sql of [question.gold_sql, ...question.gold_sql_alternatives]) {
      golds.push(await goldAnswer(sql, connector, catalog, parser, runtime.settings.queryTimeoutMs));
    }
    answers.set(question.id, golds);
  }
  return answers;
}
