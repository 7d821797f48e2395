import type { DialectName } from '../dialects/dialect-name.js';

/** A quoted string or identifier to step over, DuckDB's `count_star()`, or a bare word (with the parenthesis of a call). */
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|count_star\(\s*\)|[A-Za-z_][A-Za-z0-9_$]*(\s*\()?/gi;
/** MySQL's tokens that quote: a string (backslash escapes), a backquoted or double-quoted name. */
const MYSQL_QUOTED = /'(?:[^'\\]|\\.|'')*'|`(?:[^`]|``)*`|"(?:[^"\\]|\\.|"")*"/g;

/** MySQL's backslash escapes in a string, as the characters they stand for (`\%` and `\_` keep the backslash: LIKE reads it). */
const MYSQL_ESCAPES: Record<string, string> = { '0': '\0', b: '\b', n: '\n', r: '\r', t: '\t', Z: '\x1a', '%': '\\%', _: '\\_' };

/**
 * MySQL SQL in the quotes DuckDB's parser reads: a backquoted name double-quoted, a string's backslash escapes read
 * (DuckDB's strings have none). The connector's sessions run without ANSI_QUOTES, so a double-quoted token is a string.
 */
export function withDuckDbQuotes(sql: string): string {
  return sql.replace(MYSQL_QUOTED, (token) => {
    if (token.startsWith('`')) return `"${token.slice(1, -1).replaceAll('``', '`').replaceAll('"', '""')}"`;
    const text = token.slice(1, -1).replaceAll(token[0]!.repeat(2), token[0]!).replace(/\\(.)/gs, (_, char: string) => MYSQL_ESCAPES[char] ?? char);
    return `'${text.replaceAll("'", "''")}'`;
  });
}

/**
 * DuckDB's rendering of a statement (renderSql) made runnable by another engine that ran the statement it came from.
 * DuckDB keeps a name's case but writes it bare unless its own rules need quotes, while PostgreSQL folds bare names to
 * lower case, so `"Stadium_ID"` rendered as `Stadium_ID` names another column there: each bare word spelled exactly as
 * a quoted identifier of the original SQL gets its quotes back (backquotes on MySQL, where every double-quoted name
 * becomes backquoted and a string's backslashes are doubled). DuckDB's `count_star()` is `count(*)`, its `DOUBLE` type
 * `DOUBLE PRECISION` on the others.
 */
export function adaptRendering(rendered: string, original: string, dialect: DialectName = 'postgres'): string {
  const mysql = dialect === 'mysql';
  const names = mysql ? withDuckDbQuotes(original) : original;
  const quoted = new Set<string>();
  for (const [identifier] of names.matchAll(/"(?:[^"]|"")+"/g)) quoted.add(identifier.slice(1, -1).replaceAll('""', '"'));
  const quote = (name: string): string => (mysql ? `\`${name.replaceAll('`', '``')}\`` : `"${name}"`);
  return rendered.replace(TOKEN, (token: string, call: string | undefined, at: number) => {
    if (token.startsWith("'")) return mysql ? token.replaceAll('\\', '\\\\') : token;
    if (token.startsWith('"')) return mysql ? quote(token.slice(1, -1).replaceAll('""', '"')) : token;
    if (call !== undefined) return token;
    if (/^count_star\(/i.test(token)) return 'count(*)';
    if (token === 'DOUBLE' && !mysql && rendered.endsWith(' AS ', at) && rendered.startsWith(')', at + token.length)) return 'DOUBLE PRECISION';
    return quoted.has(token) ? quote(token) : token;
  });
}
