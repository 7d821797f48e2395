import { DUCKDB_RESERVED } from './duckdb-dialect.js';
import { doubleQuoted, orderKeyParts, quoteWhenNeeded, standardString, type SqlDialect } from './sql-dialect.js';

const POSTGRES_RESERVED: ReadonlySet<string> = new Set([
  ...DUCKDB_RESERVED,
  'authorization', 'binary', 'concurrently', 'cross', 'current_catalog', 'current_date', 'current_role', 'current_schema',
  'current_time', 'current_timestamp', 'current_user', 'freeze', 'full', 'ilike', 'inner', 'is', 'isnull', 'join', 'left',
  'like', 'localtime', 'localtimestamp', 'natural', 'notnull', 'outer', 'overlaps', 'right', 'session_user', 'similar',
  'tablesample', 'verbose',
]);

const PARTS = { year: 'YEAR', quarter: 'QUARTER', month: 'MONTH', day: 'DAY', day_of_week: 'DOW' } as const;

export const postgresDialect: SqlDialect = {
  name: 'postgres',
  parameter: (position) => `$${position}`,
  identifier: (name) => quoteWhenNeeded(name, POSTGRES_RESERVED, doubleQuoted),
  string: standardString,
  date: (isoDate) => `DATE '${isoDate}'`,
  truncate: (grain, expr) => `CAST(date_trunc('${grain}', ${expr}) AS DATE)`,
  extract: (part, expr) => `CAST(EXTRACT(${PARTS[part]} FROM ${expr}) AS INTEGER)`,
  daysBetween: (start, end) => `(CAST(${end} AS DATE) - CAST(${start} AS DATE))`,
  containsIgnoringCase: (expr, text) => `${expr} ILIKE ${standardString(`%${text}%`)}`,
  divide: (numerator, denominator) => `CAST(${numerator} AS DOUBLE PRECISION) / ${denominator}`,
  round: (expr, digits) => `ROUND(CAST(${expr} AS NUMERIC), ${digits})`,
  nullSafeEquals: (a, b) => `${a} IS NOT DISTINCT FROM ${b}`,
  boolean: (value) => (value ? 'TRUE' : 'FALSE'),
  limit: (count) => `LIMIT ${count}`,
  nullsLast: (key) => (orderKeyParts(key).descending ? `${key} NULLS LAST` : key),
  stringAgg: (expr, separator) => `string_agg(CAST(${expr} AS TEXT), ${standardString(separator)})`,
  currentDate: 'CURRENT_DATE',
  castToText: (expr) => `CAST(${expr} AS TEXT)`,
  tryCastNumber: (expr) =>
    `CASE WHEN CAST(${expr} AS TEXT) ~ '^\\s*[-+]?[0-9]+(\\.[0-9]+)?\\s*$' THEN CAST(CAST(${expr} AS TEXT) AS DOUBLE PRECISION) END`,
  tryCastDate: (expr) =>
    `CASE WHEN CAST(${expr} AS TEXT) ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN CAST(substr(CAST(${expr} AS TEXT), 1, 10) AS DATE) END`,
};
