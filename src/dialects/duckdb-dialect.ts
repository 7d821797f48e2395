import { doubleQuoted, quoteWhenNeeded, standardString, type SqlDialect } from './sql-dialect.js';

export const DUCKDB_RESERVED: ReadonlySet<string> = new Set([
  'all', 'analyse', 'analyze', 'and', 'any', 'array', 'as', 'asc', 'asymmetric', 'both', 'case', 'cast', 'check',
  'collate', 'column', 'constraint', 'create', 'default', 'deferrable', 'desc', 'distinct', 'do', 'else', 'end',
  'except', 'false', 'fetch', 'for', 'foreign', 'from', 'grant', 'group', 'having', 'in', 'initially', 'intersect',
  'into', 'lateral', 'leading', 'limit', 'not', 'null', 'offset', 'on', 'only', 'or', 'order', 'pivot', 'placing',
  'primary', 'qualify', 'references', 'returning', 'select', 'some', 'symmetric', 'table', 'then', 'to', 'trailing',
  'true', 'union', 'unique', 'unpivot', 'user', 'using', 'variadic', 'when', 'where', 'window', 'with',
]);

const PART_FUNCTIONS = { year: 'year', quarter: 'quarter', month: 'month', day: 'day', day_of_week: 'dayofweek' } as const;

export const duckdbDialect: SqlDialect = {
  name: 'duckdb',
  parameter: () => '?',
  identifier: (name) => quoteWhenNeeded(name, DUCKDB_RESERVED, doubleQuoted),
  string: standardString,
  date: (isoDate) => `DATE '${isoDate}'`,
  truncate: (grain, expr) => `CAST(date_trunc('${grain}', ${expr}) AS DATE)`,
  extract: (part, expr) => `${PART_FUNCTIONS[part]}(${expr})`,
  daysBetween: (start, end) => `date_diff('day', ${start}, ${end})`,
  containsIgnoringCase: (expr, text) => `${expr} ILIKE ${standardString(`%${text}%`)}`,
  divide: (numerator, denominator) => `${numerator} / ${denominator}`,
  round: (expr, digits) => `ROUND(${expr}, ${digits})`,
  nullSafeEquals: (a, b) => `${a} IS NOT DISTINCT FROM ${b}`,
  boolean: (value) => (value ? 'TRUE' : 'FALSE'),
  limit: (count) => `LIMIT ${count}`,
  nullsLast: (key) => key,
  stringAgg: (expr, separator) => `string_agg(${expr}, ${standardString(separator)})`,
  currentDate: 'CURRENT_DATE',
  castToText: (expr) => `CAST(${expr} AS VARCHAR)`,
  tryCastNumber: (expr) => `TRY_CAST(${expr} AS DOUBLE)`,
  tryCastDate: (expr) => `TRY_CAST(${expr} AS DATE)`,
};
