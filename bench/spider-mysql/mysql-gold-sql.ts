import { argExtremeAsSubquery } from '../spider-shared/arg-extreme-as-subquery.js';
import { ascendingNullsLast } from '../spider-shared/ascending-nulls-last.js';
import { mysqlDialect } from '../../src/dialects/mysql-dialect.js';
import { distinctOrderedByOther, rewriteTokens, Spellings, type DdlCatalog } from '../spider-postgres/postgres-gold-sql.js';

/** DuckDB spellings that MySQL/MariaDB do not know, each with its MySQL equivalent. */
const FUNCTION_REWRITES: [RegExp, string][] = [
  [/\bcount_star\(\)/gi, 'count(*)'],
  [/\bTRY_CAST\(/gi, 'CAST('],
  [/(\bAS\s+)(?:VARCHAR|TEXT)\b/gi, '$1CHAR'],
];

/**
 * A gold query in DuckDB's dialect, rewritten for MySQL/MariaDB over the same tables: names in their catalog
 * spelling in backquotes where needed (MySQL table names are case-sensitive on Linux), numbers compared with text
 * columns quoted as DuckDB compares them. Call loadScanner() first.
 */
export function mysqlGoldSql(duckdbSql: string, catalog: DdlCatalog): string {
  let sql = argExtremeAsSubquery(distinctOrderedByOther(duckdbSql));
  for (const [pattern, replacement] of FUNCTION_REWRITES) sql = sql.replace(pattern, replacement);
  return ascendingNullsLast(caseInsensitiveLike(rewriteTokens(sql, new Spellings(catalog), mysqlDialect)), mysqlDialect);
}

const NAME = '(?:`(?:[^`]|``)+`|\\w+)';
const COLUMN_REFERENCE = `(?:${NAME}\\.)?${NAME}`;

/** ILIKE, which MySQL lacks, as LIKE on lower-cased text (the bench's databases compare text byte-wise). */
function caseInsensitiveLike(sql: string): string {
  return sql.replace(new RegExp(`(${COLUMN_REFERENCE})\\s+(NOT\\s+)?ILIKE\\s+('(?:[^']|'')*')`, 'gi'), (_, column: string, not = '', pattern: string) => `LOWER(${column}) ${not}LIKE LOWER(${pattern})`);
}
