import { argExtremeAsSubquery } from '../spider-shared/arg-extreme-as-subquery.js';
import { ascendingNullsLast } from '../spider-shared/ascending-nulls-last.js';
import { sqliteDialect } from '../../src/dialects/sqlite-dialect.js';

/** DuckDB spellings that SQLite does not know, each with its SQLite equivalent. */
const FUNCTION_REWRITES: [RegExp, string][] = [
  [/\bcount_star\(\)/gi, 'count(*)'],
  [/\bTRY_CAST\(/gi, 'CAST('],
  [/(\bAS\s+)DOUBLE\b/gi, '$1REAL'],
  // SQLite's LIKE ignores the case of ASCII letters, as ILIKE does.
  [/\bILIKE\b/gi, 'LIKE'],
];

/** A gold query in DuckDB's dialect, rewritten for SQLite (3.30 or later) over the same tables. */
export function sqliteGoldSql(duckdbSql: string): string {
  let sql = argExtremeAsSubquery(duckdbSql);
  for (const [pattern, replacement] of FUNCTION_REWRITES) sql = sql.replace(pattern, replacement);
  return ascendingNullsLast(sql, sqliteDialect);
}
