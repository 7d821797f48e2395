import { argExtremeAsSubquery } from '../spider-shared/arg-extreme-as-subquery.js';

/** DuckDB spellings that SQLite does not know, each with its SQLite equivalent. */
const FUNCTION_REWRITES: [RegExp, string][] = [
  [/\bcount_star\(\)/gi, 'count(*)'],
  [/\bTRY_CAST\(/gi, 'CAST('],
  [/(\bAS\s+)DOUBLE\b/gi, '$1REAL'],
  // SQLite's LIKE ignores the case of ASCII letters, as ILIKE does.
  [/\bILIKE\b/gi, 'LIKE'],
];

const NAME = '(?:"(?:[^"]|"")+"|\\w+)';
const COLUMN_REFERENCE = `(?:${NAME}\\.)?${NAME}`;

/** ORDER BY one column, ascending: DuckDB puts NULLs last, SQLite first. */
function nullsLastAscending(sql: string): string {
  return sql.replace(new RegExp(`\\bORDER\\s+BY\\s+(${COLUMN_REFERENCE})(\\s+ASC)?(?=\\s+LIMIT\\b|\\s*\\)|\\s*$)`, 'gi'), (_, column: string, ascending = '') => `ORDER BY ${column}${ascending} NULLS LAST`);
}

/** A gold query in DuckDB's dialect, rewritten for SQLite (3.30 or later) over the same tables. */
export function sqliteGoldSql(duckdbSql: string): string {
  let sql = argExtremeAsSubquery(duckdbSql);
  for (const [pattern, replacement] of FUNCTION_REWRITES) sql = sql.replace(pattern, replacement);
  return nullsLastAscending(sql);
}
