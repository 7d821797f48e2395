import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { SqlAttempt } from '../../context/context-schema.js';
import type { SqlRepair } from './fix-unknown-identifier.js';

/** An empty result: text equalities become case-insensitive "contains" matches. */
export function loosenFilters(attempt: SqlAttempt, dialect: SqlDialect = duckdbDialect): SqlRepair | undefined {
  let changed = 0;
  const sql = attempt.sql.replace(/((?:["`]?[A-Za-z_]\w*["`]?\.)?["`]?[A-Za-z_]\w*["`]?)\s*=\s*'((?:[^']|'')*)'/g, (whole, column: string, value: string) => {
    if (/^(date|timestamp)$/i.test(column) || /^\d{4}-\d{2}-\d{2}/.test(value)) return whole;
    changed++;
    return dialect.containsIgnoringCase(column, value.replace(/''/g, "'"));
  });
  if (changed === 0) return undefined;
  return { sql, explanation: 'The query returned no rows; matched the text filters case-insensitively as substrings.' };
}
