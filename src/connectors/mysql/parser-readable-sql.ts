import type { MysqlToken } from './mysql-tokens.js';

/**
 * Words node-sql-parser's MySQL/MariaDB grammars reserve although both servers take them as plain identifiers
 * (checked against MariaDB 10.11: `SELECT status FROM t WHERE status = 1 GROUP BY status` runs).
 * Server-reserved words are not here: the server itself refuses them bare, so quoting them would change the SQL.
 */
const PARSER_ONLY_KEYWORDS = new Set([
  'BOOLEAN', 'END', 'FULL', 'GLOBAL', 'GO', 'JSON', 'LOCAL', 'MINUS', 'PERSIST', 'PERSIST_ONLY', 'SESSION', 'STATUS', 'VECTOR',
]);

const INTERVAL_UNITS = new Set([
  'MICROSECOND', 'SECOND', 'MINUTE', 'HOUR', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR', 'SECOND_MICROSECOND',
  'MINUTE_MICROSECOND', 'MINUTE_SECOND', 'HOUR_MICROSECOND', 'HOUR_SECOND', 'HOUR_MINUTE', 'DAY_MICROSECOND',
  'DAY_SECOND', 'DAY_MINUTE', 'DAY_HOUR', 'YEAR_MONTH',
]);

/** INTERVAL units the parser's grammars lack, mapped to one they read: the unit never changes what a statement is. */
const PARSER_INTERVAL_UNIT: Record<string, string> = {
  QUARTER: 'MONTH',
  MICROSECOND: 'SECOND',
  SECOND_MICROSECOND: 'SECOND',
  MINUTE_MICROSECOND: 'MINUTE',
  MINUTE_SECOND: 'MINUTE',
  HOUR_MICROSECOND: 'HOUR',
  HOUR_SECOND: 'HOUR',
  HOUR_MINUTE: 'HOUR',
  DAY_MICROSECOND: 'DAY',
  DAY_SECOND: 'DAY',
  DAY_MINUTE: 'DAY',
  DAY_HOUR: 'DAY',
  YEAR_MONTH: 'YEAR',
};

/** Words after which an operand comes, so an END there is a column, not the end of a CASE. */
const BEFORE_OPERAND = new Set([
  'AND', 'BETWEEN', 'BINARY', 'BY', 'CASE', 'DISTINCT', 'DIV', 'ELSE', 'ESCAPE', 'FROM', 'HAVING', 'IN', 'IS', 'JOIN', 'LIKE',
  'MOD', 'NOT', 'ON', 'OR', 'REGEXP', 'RLIKE', 'SELECT', 'THEN', 'WHEN', 'WHERE', 'XOR',
]);

interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * A copy of valid MySQL that node-sql-parser can read, for the guard's AST check only (the server always gets the
 * user's text): parser-only keywords standing where an identifier stands are backtick-quoted, `a <=> b` becomes
 * `a = b` (same precedence) and INTERVAL units the parser lacks become ones it knows. Keyword uses stay as they are:
 * END closing a CASE, FULL [OUTER] JOIN, IN BOOLEAN MODE, CAST(x AS JSON), and any word called as a function.
 * Returns undefined when nothing needed changing.
 */
export function parserReadableSql(sql: string, tokens: MysqlToken[]): string | undefined {
  const replacements: Replacement[] = [];
  const callers: string[] = [];
  let caseDepth = 0;
  let intervalDepth: number | undefined;

  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    if (token.kind === 'symbol') {
      if (token.text === '(') callers.push(previous?.kind === 'word' ? previous.text : '');
      if (token.text === ')') callers.pop();
      if (intervalDepth !== undefined && callers.length < intervalDepth) intervalDepth = undefined;
      if (token.text === '<' && isSymbolAt(next, '=', token.start + 1) && isSymbolAt(tokens[i + 2], '>', token.start + 2)) {
        replacements.push({ start: token.start, end: token.start + 3, text: '=' });
      }
      return;
    }
    if (token.kind !== 'word') return;
    const word = token.text;
    if (word === 'CASE') caseDepth++;
    if (word === 'INTERVAL') {
      intervalDepth = callers.length;
      return;
    }
    if (intervalDepth === callers.length && INTERVAL_UNITS.has(word)) {
      intervalDepth = undefined;
      const known = PARSER_INTERVAL_UNIT[word];
      if (known) replacements.push({ start: token.start, end: token.start + word.length, text: known });
      return;
    }
    if (!PARSER_ONLY_KEYWORDS.has(word) || isSymbolAt(next, '(')) return;
    if (word === 'END' && caseDepth > 0 && endsOperand(previous)) {
      caseDepth--;
      return;
    }
    if (word === 'FULL' && next?.kind === 'word' && (next.text === 'JOIN' || next.text === 'OUTER')) return;
    if (word === 'BOOLEAN' && next?.kind === 'word' && next.text === 'MODE') return;
    if (word === 'JSON' && previous?.text === 'AS' && ['CAST', 'CONVERT'].includes(callers[callers.length - 1] ?? '')) return;
    const original = sql.slice(token.start, token.start + word.length);
    replacements.push({ start: token.start, end: token.start + word.length, text: `\`${original}\`` });
  });

  if (replacements.length === 0) return undefined;
  let copy = '';
  let at = 0;
  for (const { start, end, text } of replacements) {
    copy += sql.slice(at, start) + text;
    at = end;
  }
  return copy + sql.slice(at);
}

function endsOperand(token: MysqlToken | undefined): boolean {
  if (token?.kind === 'symbol') return token.text === ')';
  return token?.kind !== 'word' || !BEFORE_OPERAND.has(token.text);
}

function isSymbolAt(token: MysqlToken | undefined, text: string, start?: number): boolean {
  return token?.kind === 'symbol' && token.text === text && (start === undefined || token.start === start);
}
