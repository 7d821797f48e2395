/** Text columns whose longest value fits are VARCHAR (MySQL indexes and keys need a length); longer ones TEXT. */
const KEYABLE_LENGTH = 255;

const backticked = (line: string): string => line.replace(/"((?:[^"]|"")+)"/g, (_, name: string) => `\`${name.replaceAll('""', '"').replaceAll('`', '``')}\``);

const COLUMN_LINE = /^(\s+"((?:[^"]|"")+)"\s+)([A-Za-z]+(?:\s*\([\d\s,]+\))?)(.*)$/;

/** A DuckDB column type of the Spider DDL in MySQL/MariaDB; `longest` is the longest text value the column holds. */
export function mysqlType(duckdbType: string, longest: number): string {
  const type = duckdbType.trim();
  if (/^(?:CHAR|VARCHAR|TEXT|STRING)(?:\s*\(\d+\))?$/i.test(type)) return longest <= KEYABLE_LENGTH ? `varchar(${KEYABLE_LENGTH})` : 'text';
  if (/^DOUBLE$/i.test(type)) return 'double';
  if (/^(?:REAL|FLOAT4|FLOAT)$/i.test(type)) return 'float';
  if (/^(?:INT|INTEGER|INT4)$/i.test(type)) return 'int';
  if (/^(?:BIGINT|INT8)$/i.test(type)) return 'bigint';
  if (/^(?:DECIMAL|NUMERIC)\s*\(\d+\s*,\s*\d+\)$/i.test(type)) return type.replace(/^NUMERIC/i, 'decimal').toLowerCase();
  if (/^DATE$/i.test(type)) return 'date';
  // MySQL's TIMESTAMP converts with the session's time zone and ends in 2038; DATETIME stores what it is given.
  if (/^TIMESTAMP$/i.test(type)) return 'datetime';
  if (/^(?:BOOLEAN|BOOL)$/i.test(type)) return 'boolean';
  throw new Error(`no MySQL type for the DuckDB type ${duckdbType}`);
}

/**
 * The Spider DDL (quoted identifiers, one column or constraint per line) in MySQL/MariaDB: names in backquotes, types
 * mapped (text by the longest value each column holds, `longestText` by table then column), keys kept as written.
 * The database is created with a binary collation, so text compares and sorts byte-wise as in DuckDB.
 */
export function mysqlDdl(duckdbDdl: string, longestText: (table: string, column: string) => number): string {
  let table = '';
  return duckdbDdl
    .split('\n')
    .map((line) => {
      if (line.startsWith('--')) return line.replace(/DuckDB dialect/, 'MySQL/MariaDB dialect');
      const created = /^CREATE TABLE "((?:[^"]|"")+)"/i.exec(line);
      if (created) table = created[1]!.replaceAll('""', '"');
      const column = COLUMN_LINE.exec(line);
      if (!column || /^\s+"?(PRIMARY|FOREIGN)\b/i.test(line)) return backticked(line);
      const [, head, name, type, rest] = column;
      return `${backticked(head!)}${mysqlType(type!, longestText(table, name!.replaceAll('""', '"')))}${backticked(rest!)}`;
    })
    .join('\n');
}
