import { expect } from 'vitest';
import { readCatalogNames } from '../../src/catalog/read-catalog-names.js';
import { ContextSchema, type AnswerCheck, type Context, type SqlAttempt, type TableSchema } from '../../src/context/context-schema.js';
import type { NamespaceTables } from '../../src/trust/answer-facts.js';
import { parseAnswerSql } from '../../src/trust/parse-answer-sql.js';
import { runAnswerChecks } from '../../src/trust/run-answer-checks.js';

/** An attempt that ran: the SQL, its columns and rows, as execute_sql records them. */
export function attemptOf(sql: string, columns: string[], rows: unknown[][]): SqlAttempt {
  return { sql, explanation: '', source: 'generate_sql', tables_used: [], executed: true, columns, column_types: [], row_count: rows.length, rows, truncated: false, duration_ms: 1 };
}

/** The answer checks as the output node runs them: with the final SQL's parse tree (parseAnswerSql, DuckDB's dialect unless told). */
export async function parsedChecks(context: Context, attempt: SqlAttempt, tables: NamespaceTables = {}, dialect = 'duckdb'): Promise<AnswerCheck[]> {
  return runAnswerChecks(context, attempt, { ...tables, statement: await parseAnswerSql(attempt.sql, dialect) });
}

/** `count` made-up rows of `width` columns. */
export const rowsOf = (width: number, count: number): unknown[][] =>
  Array.from({ length: count }, (_, i) => Array.from({ length: width }, (_, c) => (c === 0 ? `r${i}` : i)));

/** A question, the SQL that answered it, its result's columns and rows (or how many made-up ones), the check expected and whether it passes. */
export type CheckCase = [why: string, question: string, sql: string, columns: string[], rows: number | unknown[][], check: string, passed: boolean];

/**
 * Runs the answer checks on one case, its SQL parsed as the output node parses it (and required to parse); a check that
 * does not apply counts as passed.
 */
export async function expectCheckCase(contextFor: (question: string) => Context, [, question, sql, columns, rows, check, passed]: CheckCase): Promise<void> {
  const statement = await parseAnswerSql(sql, 'duckdb');
  expect(statement, sql).toBeDefined();
  const result = runAnswerChecks(contextFor(question), attemptOf(sql, columns, typeof rows === 'number' ? rowsOf(columns.length, rows) : rows), { statement });
  const found = result.find((r) => r.name === check);
  if (passed) expect(found?.passed ?? true, JSON.stringify(found)).toBe(true);
  else expect(found?.passed, JSON.stringify(result)).toBe(false);
}

/** A table of a made-up namespace as the checks see it: its columns, each with what the test cares to say of it. */
export interface CaseTable {
  name: string;
  comment?: string;
  sample_rows?: unknown[][];
  columns: Array<Partial<TableSchema['columns'][number]> & { name: string }>;
}

/**
 * The context of a question asked of made-up tables, as the output node judges it (fixed plan, a set date), their
 * names read as loading them as a catalog reads them (a terse schema's shorthand as words): the lexicon the CLI uses.
 */
export function questionContext(question: string, namespace: string, tables: readonly CaseTable[], extra: Partial<Context> = {}): Context {
  readCatalogNames(tables);
  return ContextSchema.parse({
    run_id: `${namespace}-checks-test`,
    task: { text: question, namespace, plan: 'fixed', current_date: '2026-11-25', max_iterations: 2 },
    plan: {},
    table_schemas: tables.map((table) => ({ ...table, columns: table.columns.map((column) => ({ type: 'VARCHAR', ...column })), ddl: '', score: 1 })),
    ...extra,
  });
}
