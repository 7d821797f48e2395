export interface SqlLiteral {
  kind: 'string' | 'number';
  /** Offsets of the whole literal in the SQL, quotes included. */
  start: number;
  end: number;
  /** A string's text with '' unescaped, or a number's digits. */
  content: string;
}

/** The string and number literals of a SQL text, skipping comments and quoted identifiers. */
export function scanSqlLiterals(sql: string): SqlLiteral[] {
  const literals: SqlLiteral[] = [];
  let at = 0;
  while (at < sql.length) {
    const char = sql[at]!;
    if (sql.startsWith('--', at)) {
      const end = sql.indexOf('\n', at);
      at = end < 0 ? sql.length : end + 1;
    } else if (sql.startsWith('/*', at)) {
      const end = sql.indexOf('*/', at + 2);
      at = end < 0 ? sql.length : end + 2;
    } else if (char === "'") {
      let end = at + 1;
      let content = '';
      while (end < sql.length) {
        if (sql[end] === "'" && sql[end + 1] === "'") {
          content += "'";
          end += 2;
        } else if (sql[end] === "'") break;
        else content += sql[end++];
      }
      literals.push({ kind: 'string', start: at, end: Math.min(end + 1, sql.length), content });
      at = end + 1;
    } else if (char === '"' || char === '`' || char === '[') {
      const close = char === '[' ? ']' : char;
      const end = sql.indexOf(close, at + 1);
      at = end < 0 ? sql.length : end + 1;
    } else if (/\d/.test(char) && !/[\w$.]/.test(sql[at - 1] ?? ' ')) {
      const match = /^\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(sql.slice(at))!;
      if (!/[\w$]/.test(sql[at + match[0].length] ?? ' ')) literals.push({ kind: 'number', start: at, end: at + match[0].length, content: match[0] });
      at += match[0].length;
    } else if (/[\w$]/.test(char)) {
      const match = /^[\w$]+/.exec(sql.slice(at))!;
      at += match[0].length;
    } else at++;
  }
  return literals;
}
