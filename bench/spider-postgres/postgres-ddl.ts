/** DuckDB column types of the Spider DDL and their PostgreSQL spelling; CHAR(n) becomes VARCHAR(n) because PostgreSQL pads CHAR with spaces. */
const TYPE_MAP: [RegExp, string][] = [
  [/^DOUBLE$/i, 'double precision'],
  [/^(?:CHAR|VARCHAR)\s*\((\d+)\)$/i, 'varchar($1)'],
  [/^(?:TEXT|VARCHAR|STRING)$/i, 'text'],
  [/^(?:INT|INTEGER|INT4)$/i, 'integer'],
  [/^(?:BIGINT|INT8)$/i, 'bigint'],
  [/^(?:REAL|FLOAT4|FLOAT)$/i, 'real'],
  [/^(?:DECIMAL|NUMERIC)\s*\((\d+)\s*,\s*(\d+)\)$/i, 'numeric($1,$2)'],
  [/^DATE$/i, 'date'],
  [/^TIMESTAMP$/i, 'timestamp'],
  [/^(?:BOOLEAN|BOOL)$/i, 'boolean'],
];

/** Text sorts and compares byte-wise as in DuckDB, whatever the server's default collation. */
const TEXT_COLLATION = ' COLLATE "C"';

export function postgresType(duckdbType: string): string {
  for (const [pattern, replacement] of TYPE_MAP) {
    if (pattern.test(duckdbType.trim())) return duckdbType.trim().replace(pattern, replacement);
  }
  throw new Error(`no PostgreSQL type for the DuckDB type ${duckdbType}`);
}

const COLUMN_LINE = /^(\s+"(?:[^"]|"")+"\s+)([A-Za-z]+(?:\s*\([\d\s,]+\))?)(.*)$/;

/**
 * The Spider DDL (quoted identifiers, one column or constraint per line) in PostgreSQL: types mapped, text columns
 * collated "C", keys and foreign keys kept as written.
 */
export function postgresDdl(duckdbDdl: string): string {
  return duckdbDdl
    .split('\n')
    .map((line) => {
      if (line.startsWith('--')) return line.replace(/DuckDB dialect/, 'PostgreSQL dialect');
      const column = COLUMN_LINE.exec(line);
      if (!column || /^\s+"?(PRIMARY|FOREIGN)\b/i.test(line)) return line;
      const [, head, type, rest] = column;
      const mapped = postgresType(type!);
      const collation = /^(text|varchar)/.test(mapped) ? TEXT_COLLATION : '';
      return `${head}${mapped}${collation}${rest}`;
    })
    .join('\n');
}
