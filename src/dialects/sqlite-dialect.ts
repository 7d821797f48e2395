import { doubleQuoted, orderKeyParts, quoteWhenNeeded, standardString, type SqlDialect } from './sql-dialect.js';

const SQLITE_RESERVED: ReadonlySet<string> = new Set([
  'abort', 'action', 'add', 'after', 'all', 'alter', 'always', 'analyze', 'and', 'as', 'asc', 'attach', 'autoincrement',
  'before', 'begin', 'between', 'by', 'cascade', 'case', 'cast', 'check', 'collate', 'column', 'commit', 'conflict',
  'constraint', 'create', 'cross', 'current', 'current_date', 'current_time', 'current_timestamp', 'database', 'default',
  'deferrable', 'deferred', 'delete', 'desc', 'detach', 'distinct', 'do', 'drop', 'each', 'else', 'end', 'escape', 'except',
  'exclude', 'exclusive', 'exists', 'explain', 'fail', 'filter', 'first', 'following', 'for', 'foreign', 'from', 'full',
  'generated', 'glob', 'group', 'groups', 'having', 'if', 'ignore', 'immediate', 'in', 'index', 'indexed', 'initially',
  'inner', 'insert', 'instead', 'intersect', 'into', 'is', 'isnull', 'join', 'key', 'last', 'left', 'like', 'limit',
  'match', 'materialized', 'natural', 'no', 'not', 'nothing', 'notnull', 'null', 'nulls', 'of', 'offset', 'on', 'or',
  'order', 'others', 'outer', 'over', 'partition', 'plan', 'pragma', 'preceding', 'primary', 'query', 'raise', 'range',
  'recursive', 'references', 'regexp', 'reindex', 'release', 'rename', 'replace', 'restrict', 'returning', 'right',
  'rollback', 'row', 'rows', 'savepoint', 'select', 'set', 'table', 'temp', 'temporary', 'then', 'ties', 'to',
  'transaction', 'trigger', 'unbounded', 'union', 'unique', 'update', 'using', 'vacuum', 'values', 'view', 'virtual',
  'when', 'where', 'window', 'with', 'without',
]);

const PART_FORMATS = { year: '%Y', month: '%m', day: '%d', day_of_week: '%w' } as const;

/** SQLite keeps dates as ISO text; its date() and strftime() read and write that text. */
export const sqliteDialect: SqlDialect = {
  name: 'sqlite',
  parameter: () => '?',
  identifier: (name) => quoteWhenNeeded(name, SQLITE_RESERVED, doubleQuoted),
  string: standardString,
  date: (isoDate) => `'${isoDate}'`,
  truncate: (grain, expr) => {
    switch (grain) {
      case 'day':
        return `date(${expr})`;
      case 'week':
        return `date(${expr}, '-6 days', 'weekday 1')`;
      case 'month':
        return `date(${expr}, 'start of month')`;
      case 'quarter':
        return `date(${expr}, 'start of month', '-' || ((CAST(strftime('%m', ${expr}) AS INTEGER) - 1) % 3) || ' months')`;
      case 'year':
        return `date(${expr}, 'start of year')`;
    }
  },
  extract: (part, expr) =>
    part === 'quarter'
      ? `((CAST(strftime('%m', ${expr}) AS INTEGER) + 2) / 3)`
      : `CAST(strftime('${PART_FORMATS[part]}', ${expr}) AS INTEGER)`,
  daysBetween: (start, end) => `CAST(julianday(${end}) - julianday(${start}) AS INTEGER)`,
  containsIgnoringCase: (expr, text) => `LOWER(${expr}) LIKE LOWER(${standardString(`%${text}%`)})`,
  divide: (numerator, denominator) => `CAST(${numerator} AS REAL) / ${denominator}`,
  round: (expr, digits) => `ROUND(${expr}, ${digits})`,
  nullSafeEquals: (a, b) => `${a} IS ${b}`,
  boolean: (value) => (value ? '1' : '0'),
  limit: (count) => `LIMIT ${count}`,
  nullsLast: (key) => (orderKeyParts(key).descending ? key : `${key} NULLS LAST`),
  stringAgg: (expr, separator) => `group_concat(${expr}, ${standardString(separator)})`,
  currentDate: 'CURRENT_DATE',
  castToText: (expr) => `CAST(${expr} AS TEXT)`,
  // trim() reads a stored number as its text too; NUMERIC keeps integers integers. No typeof(x) IN ('integer', …): the
  // answer checks would read those type names as values the SQL filters on.
  tryCastNumber: (expr) => `CASE WHEN trim(${expr}) GLOB '*[0-9]*' AND trim(${expr}) NOT GLOB '*[^0-9.+-]*' THEN CAST(trim(${expr}) AS NUMERIC) END`,
  tryCastDate: (expr) => `date(${expr})`,
};
