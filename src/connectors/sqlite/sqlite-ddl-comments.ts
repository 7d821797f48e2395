export interface SqliteDdlComments {
  table?: string;
  /** Keyed by lower-cased column name: SQLite matches names without regard to case. */
  columns: Map<string, string>;
}

/** Table constraints: a top-level item of CREATE TABLE starting with one of these is not a column. */
const CONSTRAINT_WORDS = new Set(['CONSTRAINT', 'PRIMARY', 'UNIQUE', 'CHECK', 'FOREIGN']);

interface Item {
  name: string;
  isColumn: boolean;
  above: string[];
  trailing: string[];
}

/**
 * Comments written into a CREATE TABLE statement as `--` lines, read back from sqlite_schema.sql (SQLite has no
 * COMMENT ON, and keeps the statement's text from CREATE to its closing parenthesis). A comment at the end of the
 * CREATE TABLE line is the table's; comment lines directly above a column (what `sluice demo load` writes) and a
 * comment at the end of the column's own line (`amount REAL, -- in euros`) are the column's; comment lines after
 * the last column, before a constraint or the closing parenthesis, are the last column's.
 */
export function sqliteDdlComments(sql: string): SqliteDdlComments {
  const items: Item[] = [];
  const table: string[] = [];
  let depth = 0;
  let current: Item | undefined;
  /** Whom a comment at the end of the present line describes: the table (CREATE line) or the latest item. */
  let lineOwner: Item | 'table' | undefined;
  let lineHasCode = false;
  let pending: string[] = [];

  const startItem = (name: string) => {
    current = { name, isColumn: !CONSTRAINT_WORDS.has(name.toUpperCase()), above: pending, trailing: [] };
    pending = [];
    items.push(current);
    lineOwner = current;
  };

  let i = 0;
  while (i < sql.length) {
    const char = sql[i]!;
    if (char === '\n') {
      lineHasCode = false;
      i++;
    } else if (/\s/.test(char)) {
      i++;
    } else if (char === '-' && sql[i + 1] === '-') {
      const end = sql.indexOf('\n', i);
      const text = sql.slice(i + 2, end === -1 ? sql.length : end).trim();
      if (text && depth === 1) {
        if (!lineHasCode) pending.push(text);
        else if (lineOwner === 'table') table.push(text);
        else lineOwner?.trailing.push(text);
      }
      i = end === -1 ? sql.length : end;
    } else if (char === '/' && sql[i + 1] === '*') {
      const end = sql.indexOf('*/', i + 2);
      i = end === -1 ? sql.length : end + 2;
    } else {
      lineHasCode = true;
      if (char === '(') {
        depth++;
        if (depth === 1) lineOwner = 'table';
        i++;
      } else if (char === ')') {
        depth--;
        i++;
      } else if (char === ',' && depth === 1) {
        current = undefined;
        i++;
      } else {
        const { text, end } = readToken(sql, i);
        if (depth === 1 && current === undefined) startItem(text);
        i = end;
      }
    }
  }
  const columns = items.filter((item) => item.isColumn);
  const lastColumn = columns[columns.length - 1];
  if (lastColumn && pending.length > 0) lastColumn.trailing.push(...pending);
  items.forEach((item, index) => {
    if (!item.isColumn && item.above.length > 0) {
      const previous = items.slice(0, index).reverse().find((other) => other.isColumn);
      previous?.trailing.push(...item.above);
    }
  });

  const described = new Map<string, string>();
  for (const column of columns) {
    const text = [...column.above, ...column.trailing].join(' ');
    if (text) described.set(column.name.toLowerCase(), text);
  }
  return { ...(table.length > 0 ? { table: table.join(' ') } : {}), columns: described };
}

/** A word, number or quoted name starting at `start`, without its quotes. */
function readToken(sql: string, start: number): { text: string; end: number } {
  const open = sql[start]!;
  const close = { '"': '"', '`': '`', "'": "'", '[': ']' }[open];
  if (close) {
    let text = '';
    let i = start + 1;
    while (i < sql.length) {
      if (sql[i] === close && sql[i + 1] === close && close !== ']') {
        text += close;
        i += 2;
      } else if (sql[i] === close) {
        return { text, end: i + 1 };
      } else {
        text += sql[i];
        i++;
      }
    }
    return { text, end: sql.length };
  }
  let end = start + 1;
  if (/[\w\u0080-\uffff$]/.test(open)) while (end < sql.length && /[\w\u0080-\uffff$]/.test(sql[end]!)) end++;
  return { text: sql.slice(start, end), end };
}
