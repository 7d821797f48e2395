import type { SqlDialect } from '../../src/dialects/sql-dialect.js';

/** A possibly qualified column name, quoted as `dialect` quotes identifiers (MySQL backquotes, the rest double quotes). */
function columnReference(dialect: SqlDialect): string {
  const name = dialect.name === 'mysql' ? '(?:`(?:[^`]|``)+`|\\w+)' : '(?:"(?:[^"]|"")+"|\\w+)';
  return `(?:${name}\\.)?${name}`;
}

/**
 * A gold query's ORDER BY on one column, ascending, rewritten so NULLs sort last as DuckDB sorts them (MySQL and
 * SQLite put them first): the key as `dialect.nullsLast` writes it.
 */
export function ascendingNullsLast(sql: string, dialect: SqlDialect): string {
  const orderByOneColumn = new RegExp(`\\bORDER\\s+BY\\s+(${columnReference(dialect)})(\\s+ASC)?(?=\\s+LIMIT\\b|\\s*\\)|\\s*$)`, 'gi');
  return sql.replace(orderByOneColumn, (_, column: string, ascending = '') => `ORDER BY ${dialect.nullsLast(`${column}${ascending}`)}`);
}
