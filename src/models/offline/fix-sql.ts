import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { Context, SqlAttempt } from '../../context/context-schema.js';
import type { GeneratedSql } from '../sql-model.js';
import { fixMissingGroupBy } from './fix-missing-group-by.js';
import { fixTypeMismatch } from './fix-type-mismatch.js';
import { fixMissingColumn, fixMissingTable, type SqlRepair } from './fix-unknown-identifier.js';
import { generateSql } from './generate-sql.js';
import { loosenFilters } from './loosen-filters.js';
import { narrowQuery } from './narrow-query.js';
import { parseSqlError } from './parse-sql-error.js';
import { sameSql } from './same-sql.js';
import { bareName } from './bare-name.js';

/**
 * Repairs the latest attempt: names, GROUP BY and casts from the error; a LIMIT after a timeout; looser
 * filters after an empty result; and a fresh generation when the docs that reflection asked for have arrived.
 */
export function fixSql(context: Context, maxRows?: number, dialect: SqlDialect = duckdbDialect): GeneratedSql {
  const attempt = context.sql_attempts.at(-1);
  if (!attempt) return generateSql(context, dialect);
  const reflection = context.reflections.at(-1);

  const wantsDocs = reflection !== undefined && ['doc_search', 'regenerate'].includes(reflection.strategy);
  if (wantsDocs && attempt.error === undefined && context.doc_passages.length > 0) {
    const regenerated = generateSql(context, dialect);
    if (!sameSql(regenerated.sql, attempt.sql)) return { ...regenerated, explanation: `Regenerated with the docs found: ${regenerated.explanation}` };
  }
  if (attempt.error_kind === 'timeout' || reflection?.strategy === 'narrow') return repaired(context, narrowQuery(attempt, maxRows));

  const repair = attempt.error !== undefined ? repairError(context, attempt, dialect) : attempt.row_count === 0 ? loosenFilters(attempt, dialect) : undefined;
  if (repair && !context.sql_attempts.some((a) => a.error !== undefined && sameSql(a.sql, repair.sql))) return repaired(context, repair);

  const regenerated = generateSql(context, dialect);
  const reason = attempt.error !== undefined ? 'no targeted repair applied to the error' : 'nothing specific to repair';
  return { ...regenerated, explanation: `${reason}; regenerated: ${regenerated.explanation}` };
}

function repairError(context: Context, attempt: SqlAttempt, dialect: SqlDialect): SqlRepair | undefined {
  const error = parseSqlError(attempt.error ?? '');
  switch (error.kind) {
    case 'missing_column':
      return fixMissingColumn(context, attempt, error, dialect);
    case 'missing_table':
      return fixMissingTable(context, attempt, error, dialect);
    case 'group_by':
      return fixMissingGroupBy(attempt, error);
    case 'type_mismatch':
    case 'conversion':
      return fixTypeMismatch(context, attempt, dialect);
    default:
      return undefined;
  }
}

function repaired(context: Context, repair: SqlRepair): GeneratedSql {
  const lower = repair.sql.toLowerCase();
  const tables = context.table_schemas.filter((t) => new RegExp(`(?<![\\w])["\u0060]?${bareName(t.name)}["\u0060]?(?![\\w])`).test(lower)).map((t) => t.name);
  return { sql: repair.sql, explanation: repair.explanation, tables_used: tables };
}
