/** Two SQL texts that differ only in whitespace, case of keywords or a trailing semicolon are the same query. */
export function sameSql(a: string, b: string): boolean {
  return normalize(a) === normalize(b);
}

function normalize(sql: string): string {
  return sql.replace(/;\s*$/, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
