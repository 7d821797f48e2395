import { mysqlTokens, type MysqlToken } from '../connectors/mysql/mysql-tokens.js';

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/** INTERVAL units of two parts ("YEAR_MONTH"), which only MySQL has: the first part keeps what the statement is. */
const COMPOUND_UNIT = /^(YEAR|DAY|HOUR|MINUTE|SECOND)_(MONTH|HOUR|MINUTE|SECOND|MICROSECOND)$/;

/**
 * MariaDB/MySQL SQL that DuckDB's parser refuses, in forms it reads with the same clauses, for the answer checks only
 * (the server always runs the user's text): `LIMIT 2, 5` as `LIMIT 5 OFFSET 2`, `a DIV b` as `a // b`, `a MOD b` as
 * `a % b`, `REGEXP`/`RLIKE` as `~` (`NOT REGEXP` as `!~`), `&&` as AND, `GROUP BY a WITH ROLLUP` as `GROUP BY ROLLUP
 * (a)`, GROUP_CONCAT's `SEPARATOR ','` left out, index hints left out, a compound INTERVAL unit as its first part.
 * Undefined when nothing needed changing or the SQL does not split into MySQL tokens.
 */
export function duckDbReadableMysql(sql: string): string | undefined {
  let tokens: MysqlToken[];
  try {
    tokens = mysqlTokens(sql);
  } catch {
    return undefined;
  }
  const replacements: Replacement[] = [];
  const end = (token: MysqlToken): number => (token.kind === 'word' || token.kind === 'symbol' ? token.start + token.text.length : token.start);
  const isWord = (token: MysqlToken | undefined, ...words: string[]) => token?.kind === 'word' && words.includes(token.text);
  const isSymbol = (token: MysqlToken | undefined, text: string) => token?.kind === 'symbol' && token.text === text;
  /** The paren depth at each token, and where each depth's GROUP BY ended. */
  let depth = 0;
  const groupByEnd = new Map<number, number>();

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (isSymbol(token, '(')) depth++;
    if (isSymbol(token, ')')) depth--;
    if (token.kind === 'symbol') {
      if (token.text === '&' && isSymbol(next, '&') && next!.start === token.start + 1) {
        replacements.push({ start: token.start, end: next!.start + 1, text: ' AND ' });
        i++;
      }
      continue;
    }
    if (token.kind !== 'word' || isSymbol(next, '(')) continue;
    const word = token.text;
    if (word === 'BY' && isWord(previous, 'GROUP')) groupByEnd.set(depth, end(token));
    else if (word === 'DIV') replacements.push({ start: token.start, end: end(token), text: '//' });
    else if (word === 'MOD') replacements.push({ start: token.start, end: end(token), text: '%' });
    else if (word === 'REGEXP' || word === 'RLIKE') {
      if (isWord(previous, 'NOT')) replacements.push({ start: previous!.start, end: end(token), text: '!~' });
      else replacements.push({ start: token.start, end: end(token), text: '~' });
    } else if (COMPOUND_UNIT.test(word)) {
      replacements.push({ start: token.start, end: end(token), text: COMPOUND_UNIT.exec(word)![1]! });
    } else if (word === 'LIMIT' && /^\d+$/.test(next?.text ?? '') && isSymbol(tokens[i + 2], ',') && /^\d+$/.test(tokens[i + 3]?.text ?? '')) {
      replacements.push({ start: next!.start, end: end(tokens[i + 3]!), text: `${tokens[i + 3]!.text} OFFSET ${next!.text}` });
      i += 3;
    } else if (word === 'SEPARATOR' && tokens[i + 1]?.kind === 'string' && tokens[i + 2]) {
      replacements.push({ start: token.start, end: tokens[i + 2]!.start, text: '' });
      i++;
    } else if (word === 'WITH' && isWord(next, 'ROLLUP') && groupByEnd.has(depth)) {
      replacements.push({ start: groupByEnd.get(depth)!, end: groupByEnd.get(depth)!, text: ' ROLLUP (' });
      replacements.push({ start: token.start, end: end(next!), text: ')' });
      i++;
    } else if (['FORCE', 'USE', 'IGNORE'].includes(word) && isWord(next, 'INDEX', 'KEY')) {
      let at = i + 2;
      while (at < tokens.length && !isSymbol(tokens[at], '(')) at++;
      let open = 0;
      for (; at < tokens.length; at++) {
        if (isSymbol(tokens[at], '(')) open++;
        if (isSymbol(tokens[at], ')') && --open === 0) break;
      }
      if (at >= tokens.length) return undefined;
      replacements.push({ start: token.start, end: tokens[at]!.start + 1, text: '' });
      i = at;
    }
  }
  if (replacements.length === 0) return undefined;
  replacements.sort((a, b) => a.start - b.start);
  let copy = '';
  let at = 0;
  for (const { start, end: stop, text } of replacements) {
    copy += sql.slice(at, start) + text;
    at = stop;
  }
  return copy + sql.slice(at);
}
