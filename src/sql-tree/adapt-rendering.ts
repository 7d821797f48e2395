/** A quoted string or identifier to step over, DuckDB's `count_star()`, or a bare word (with the parenthesis of a call). */
const TOKEN = /'(?:[^']|'')*'|"(?:[^"]|"")*"|count_star\(\s*\)|[A-Za-z_][A-Za-z0-9_$]*(\s*\()?/gi;

/**
 * DuckDB's rendering of a statement (renderSql) made runnable by another engine that ran the statement it came from.
 * DuckDB keeps a name's case but writes it bare unless its own rules need quotes, while PostgreSQL folds bare names to
 * lower case, so `"Stadium_ID"` rendered as `Stadium_ID` names another column there: each bare word spelled exactly as
 * a quoted identifier of the original SQL gets its quotes back. DuckDB's `count_star()` is `count(*)`, its `DOUBLE`
 * type `DOUBLE PRECISION`.
 */
export function adaptRendering(rendered: string, original: string): string {
  const quoted = new Set<string>();
  for (const [identifier] of original.matchAll(/"(?:[^"]|"")+"/g)) quoted.add(identifier.slice(1, -1).replaceAll('""', '"'));
  return rendered.replace(TOKEN, (token: string, call: string | undefined, at: number) => {
    if (token.startsWith("'") || token.startsWith('"') || call !== undefined) return token;
    if (/^count_star\(/i.test(token)) return 'count(*)';
    if (token === 'DOUBLE' && rendered.endsWith(' AS ', at) && rendered.startsWith(')', at + token.length)) return 'DOUBLE PRECISION';
    return quoted.has(token) ? `"${token}"` : token;
  });
}
