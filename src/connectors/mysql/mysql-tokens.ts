import { SqlError } from '../connector.js';

export interface MysqlToken {
  kind: 'word' | 'quoted' | 'string' | 'user-variable' | 'system-variable' | 'symbol';
  /** Words upper-cased; quoted identifiers and strings without their quotes; symbols as written. */
  text: string;
  /** Offset of the token's first character in the SQL. */
  start: number;
}

const WORD_CHAR = /[A-Za-z0-9_$\u0080-\uffff]/;

/**
 * Splits SQL the way the MySQL/MariaDB server reads it (not the way a generic parser does), so the guard sees
 * exactly what the server will run: `--` starts a comment only before whitespace (`1--1` is 1 minus -1), `#` is a
 * comment, strings take backslash escapes. `/*! ... *\/` and `/*M! ... *\/` comments are code the server runs and
 * MySQL 8 optimizer hints `/*+ ... *\/` can lift limits (SET_VAR, MAX_EXECUTION_TIME): both are refused here.
 * The connector's sessions turn NO_BACKSLASH_ESCAPES and ANSI_QUOTES off so these rules hold.
 */
export function mysqlTokens(sql: string): MysqlToken[] {
  const tokens: MysqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const char = sql[i]!;
    const next = sql[i + 1] ?? '';
    if (/\s/.test(char)) {
      i++;
    } else if (char === '#' || (char === '-' && next === '-' && /^$|[\s\x00-\x1f]/.test(sql[i + 2] ?? ''))) {
      const end = sql.indexOf('\n', i);
      i = end === -1 ? sql.length : end + 1;
    } else if (char === '/' && next === '*') {
      if (/^\/\*(M?!|\+)/.test(sql.slice(i, i + 4))) {
        throw new SqlError(
          'refused: executable comments (/*! ... */, /*M! ... */) and optimizer hints (/*+ ... */) are run by the server and are not allowed',
          'refused',
        );
      }
      const end = sql.indexOf('*/', i + 2);
      if (end === -1) throw new SqlError('syntax error: a /* comment is not closed', 'syntax');
      i = end + 2;
    } else if (char === "'" || char === '"' || char === '`') {
      const { text, end } = readQuoted(sql, i);
      tokens.push({ kind: char === '`' ? 'quoted' : 'string', text, start: i });
      i = end;
    } else if (char === '@') {
      const system = next === '@';
      let end = i + (system ? 2 : 1);
      if (sql[end] === "'" || sql[end] === '"' || sql[end] === '`') end = readQuoted(sql, end).end;
      else while (end < sql.length && /[A-Za-z0-9_$.\u0080-\uffff]/.test(sql[end]!)) end++;
      tokens.push({ kind: system ? 'system-variable' : 'user-variable', text: sql.slice(i, end), start: i });
      i = end;
    } else if (WORD_CHAR.test(char)) {
      let end = i + 1;
      while (end < sql.length && WORD_CHAR.test(sql[end]!)) end++;
      tokens.push({ kind: 'word', text: sql.slice(i, end).toUpperCase(), start: i });
      i = end;
    } else if (char === ':' && next === '=') {
      tokens.push({ kind: 'symbol', text: ':=', start: i });
      i += 2;
    } else {
      tokens.push({ kind: 'symbol', text: char, start: i });
      i++;
    }
  }
  return tokens;
}

/** A quoted string or identifier starting at `start`: doubled quotes, and backslash escapes except in backticks. */
function readQuoted(sql: string, start: number): { text: string; end: number } {
  const quote = sql[start]!;
  let text = '';
  let i = start + 1;
  while (i < sql.length) {
    const char = sql[i]!;
    if (char === '\\' && quote !== '`') {
      text += sql[i + 1] ?? '';
      i += 2;
    } else if (char === quote && sql[i + 1] === quote) {
      text += quote;
      i += 2;
    } else if (char === quote) {
      return { text, end: i + 1 };
    } else {
      text += char;
      i++;
    }
  }
  throw new SqlError(`syntax error: a ${quote} quote is not closed`, 'syntax');
}
