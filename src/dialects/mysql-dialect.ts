import { orderKeyParts, quoteWhenNeeded, type SqlDialect } from './sql-dialect.js';

/** MySQL 8 and MariaDB reserved words (the ones a column or table is plausibly named after, and then some). */
const MYSQL_RESERVED: ReadonlySet<string> = new Set([
  'accessible', 'add', 'all', 'alter', 'analyze', 'and', 'as', 'asc', 'before', 'between', 'bigint', 'binary', 'blob', 'both',
  'by', 'call', 'cascade', 'case', 'change', 'char', 'character', 'check', 'collate', 'column', 'condition', 'constraint',
  'continue', 'convert', 'create', 'cross', 'cube', 'cume_dist', 'current_date', 'current_role', 'current_time',
  'current_timestamp', 'current_user', 'cursor', 'database', 'databases', 'day_hour', 'day_microsecond', 'day_minute',
  'day_second', 'dec', 'decimal', 'declare', 'default', 'delayed', 'delete', 'dense_rank', 'desc', 'describe',
  'deterministic', 'distinct', 'distinctrow', 'div', 'double', 'drop', 'dual', 'each', 'else', 'elseif', 'empty',
  'enclosed', 'escaped', 'except', 'exists', 'exit', 'explain', 'false', 'fetch', 'first_value', 'float', 'for', 'force',
  'foreign', 'from', 'fulltext', 'function', 'generated', 'get', 'grant', 'group', 'grouping', 'groups', 'having',
  'high_priority', 'hour_minute', 'hour_second', 'if', 'ignore', 'in', 'index', 'infile', 'inner', 'inout', 'insensitive',
  'insert', 'int', 'integer', 'intersect', 'interval', 'into', 'is', 'iterate', 'join', 'json_table', 'key', 'keys', 'kill',
  'lag', 'last_value', 'lateral', 'lead', 'leading', 'leave', 'left', 'like', 'limit', 'linear', 'lines', 'load',
  'localtime', 'localtimestamp', 'lock', 'long', 'loop', 'low_priority', 'match', 'maxvalue', 'mod', 'modifies',
  'natural', 'not', 'nth_value', 'ntile', 'null', 'numeric', 'of', 'offset', 'on', 'optimize', 'option', 'optionally', 'or',
  'order', 'out', 'outer', 'outfile', 'over', 'partition', 'percent_rank', 'precision', 'primary', 'procedure', 'purge',
  'range', 'rank', 'read', 'reads', 'real', 'recursive', 'references', 'regexp', 'release', 'rename', 'repeat', 'replace',
  'require', 'resignal', 'restrict', 'return', 'returning', 'revoke', 'right', 'rlike', 'row', 'row_number', 'rows',
  'schema', 'schemas', 'select', 'sensitive', 'separator', 'set', 'show', 'signal', 'smallint', 'spatial', 'specific',
  'sql', 'sqlexception', 'sqlstate', 'sqlwarning', 'ssl', 'starting', 'stored', 'straight_join', 'system', 'table',
  'terminated', 'then', 'tinyint', 'to', 'trailing', 'trigger', 'true', 'undo', 'union', 'unique', 'unlock', 'unsigned',
  'update', 'usage', 'use', 'using', 'utc_date', 'utc_time', 'utc_timestamp', 'values', 'varbinary', 'varchar',
  'varying', 'virtual', 'when', 'where', 'while', 'window', 'with', 'write', 'xor', 'year_month', 'zerofill',
]);

const backticked = (name: string): string => `\`${name.replace(/`/g, '``')}\``;
/** MySQL reads backslashes in string literals as escapes (unless NO_BACKSLASH_ESCAPES), so they are doubled too. */
const mysqlString = (value: string): string => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
const PART_FUNCTIONS = { year: 'YEAR', quarter: 'QUARTER', month: 'MONTH', day: 'DAYOFMONTH' } as const;

export const mysqlDialect: SqlDialect = {
  name: 'mysql',
  parameter: () => '?',
  identifier: (name) => quoteWhenNeeded(name, MYSQL_RESERVED, backticked),
  string: mysqlString,
  date: (isoDate) => `DATE '${isoDate}'`,
  truncate: (grain, expr) => {
    switch (grain) {
      case 'day':
        return `DATE(${expr})`;
      case 'week':
        return `DATE_SUB(DATE(${expr}), INTERVAL WEEKDAY(${expr}) DAY)`;
      case 'month':
        return `MAKEDATE(YEAR(${expr}), 1) + INTERVAL (MONTH(${expr}) - 1) MONTH`;
      case 'quarter':
        return `DATE_ADD(MAKEDATE(YEAR(${expr}), 1), INTERVAL QUARTER(${expr}) * 3 - 3 MONTH)`;
      case 'year':
        return `MAKEDATE(YEAR(${expr}), 1)`;
    }
  },
  extract: (part, expr) => (part === 'day_of_week' ? `(DAYOFWEEK(${expr}) - 1)` : `${PART_FUNCTIONS[part]}(${expr})`),
  daysBetween: (start, end) => `DATEDIFF(${end}, ${start})`,
  containsIgnoringCase: (expr, text) => `LOWER(${expr}) LIKE LOWER(${mysqlString(`%${text}%`)})`,
  divide: (numerator, denominator) => `${numerator} / ${denominator}`,
  round: (expr, digits) => `ROUND(${expr}, ${digits})`,
  nullSafeEquals: (a, b) => `${a} <=> ${b}`,
  boolean: (value) => (value ? 'TRUE' : 'FALSE'),
  limit: (count) => `LIMIT ${count}`,
  // MySQL has no NULLS LAST; an ordinal key names a select item, which IS NULL cannot refer to.
  nullsLast: (key) => {
    const { expr, descending, ordinal } = orderKeyParts(key);
    return descending || ordinal ? key : `${expr} IS NULL, ${key}`;
  },
  stringAgg: (expr, separator) => `GROUP_CONCAT(${expr} SEPARATOR ${mysqlString(separator)})`,
  currentDate: 'CURRENT_DATE',
  castToText: (expr) => `CAST(${expr} AS CHAR)`,
  tryCastNumber: (expr) => `CASE WHEN ${expr} REGEXP '^[[:space:]]*[-+]?[0-9]+([.][0-9]+)?[[:space:]]*$' THEN ${expr} + 0 END`,
  tryCastDate: (expr) => `CASE WHEN ${expr} REGEXP '^[0-9]{4}-[0-9]{2}-[0-9]{2}' THEN CAST(LEFT(${expr}, 10) AS DATE) END`,
};
