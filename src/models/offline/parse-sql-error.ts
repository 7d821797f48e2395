/** What a database error says is wrong, read from DuckDB's, PostgreSQL's, MySQL/MariaDB's and SQLite's wording. */
export type ParsedSqlError =
  | { kind: 'missing_column'; name: string; table?: string; candidates: string[] }
  | { kind: 'missing_table'; name: string; suggestion?: string }
  /** column is missing when the engine names none (MariaDB's "Mixing of GROUP columns ... no GROUP BY clause"). */
  | { kind: 'group_by'; column?: string }
  | { kind: 'type_mismatch'; left: string; right: string }
  | { kind: 'conversion'; value?: string; type?: string; column?: string }
  | { kind: 'syntax'; near?: string }
  | { kind: 'other' };

/** `t.name` → { name, table }; a MySQL `db.t.name` drops the database. */
function qualifiedColumn(text: string): { name: string; table?: string } {
  const parts = text.replace(/["`]/g, '').split('.');
  const name = parts.pop()!;
  return parts.length > 0 ? { name, table: parts.at(-1)! } : { name };
}

/** A table name without its schema or database (`main.orders`, `shop.orders`). */
const tableName = (text: string): string => text.replace(/["`]/g, '').split('.').at(-1)!;

export function parseSqlError(message: string): ParsedSqlError {
  const quoted = (text: string): string[] => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  let match = /Referenced column "([^"]+)" not found/i.exec(message);
  if (match) return { kind: 'missing_column', name: match[1]!, candidates: quoted(message.split(/Candidate bindings:/i)[1] ?? '') };
  match = /Table "([^"]+)" does not have a column named "([^"]+)"/i.exec(message);
  if (match) return { kind: 'missing_column', name: match[2]!, table: match[1]!, candidates: quoted(message.split(/Candidate bindings:/i)[1] ?? '') };
  // PostgreSQL: column "x" does not exist / column t.x does not exist
  match = /column "?([\w.]+)"? does not exist/i.exec(message);
  if (match) return { kind: 'missing_column', ...qualifiedColumn(match[1]!), candidates: [] };
  // MySQL/MariaDB: Unknown column 't.x' in 'field list'; SQLite: no such column: t.x
  match = /Unknown column '([^']+)' in/i.exec(message) ?? /no such column: ([\w."`]+)/i.exec(message);
  if (match) return { kind: 'missing_column', ...qualifiedColumn(match[1]!), candidates: [] };
  match =
    /Table with name "?([^\s!"]+)"? does not exist/i.exec(message) ??
    /relation "([^"]+)" does not exist/i.exec(message) ??
    /no such table: ([\w."`]+)/i.exec(message) ??
    /Table '([^']+)' doesn't exist/i.exec(message);
  if (match) return { kind: 'missing_table', name: tableName(match[1]!), suggestion: /Did you mean "([^"]+)"/i.exec(message)?.[1] };
  match = /column "([^"]+)" must appear in the GROUP BY clause/i.exec(message);
  if (match) return { kind: 'group_by', column: match[1]! };
  // MariaDB: 'db.t.x' isn't in GROUP BY; MySQL 8: ... contains nonaggregated column 'db.t.x' ...
  match = /'([^']+)' isn't in GROUP BY/i.exec(message) ?? /nonaggregated column '([^']+)'/i.exec(message);
  if (match) {
    const { name, table } = qualifiedColumn(match[1]!);
    return { kind: 'group_by', column: table ? `${table}.${name}` : name };
  }
  if (/Mixing of GROUP columns .* no GROUP BY clause/i.test(message)) return { kind: 'group_by' };
  match = /Cannot compare values of type (\w+) and (?:type )?(\w+)/i.exec(message);
  if (match) return { kind: 'type_mismatch', left: match[1]!, right: match[2]! };
  // PostgreSQL: operator does not exist: text = integer
  match = /operator does not exist: ([\w ]+?) (?:=|<>|!=|<=|>=|<|>|~~\*?) ([\w ]+)/i.exec(message);
  if (match) return { kind: 'type_mismatch', left: match[1]!, right: match[2]! };
  if (/No function matches/i.test(message) && /cast/i.test(message)) {
    const types = /\(([A-Z_]+), ([A-Z_]+)\)/.exec(message);
    return { kind: 'type_mismatch', left: types?.[1] ?? '', right: types?.[2] ?? '' };
  }
  match = /Could not convert string '([^']*)' to (\w+)(?: when casting from source column (\w+))?/i.exec(message);
  if (match) return { kind: 'conversion', value: match[1], type: match[2], column: match[3] };
  // PostgreSQL: invalid input syntax for type integer: "abc"
  match = /invalid input syntax for type ([\w ]+): "([^"]*)"/i.exec(message);
  if (match) return { kind: 'conversion', value: match[2], type: match[1] };
  if (/Conversion Error|Unimplemented type for cast/i.test(message)) {
    return { kind: 'conversion', column: /source column (\w+)/i.exec(message)?.[1] };
  }
  match =
    /syntax error at or near "([^"]*)"/i.exec(message) ??
    /near "([^"]*)": syntax error/i.exec(message) ??
    /error in your SQL syntax.*? near '([^']*)'/is.exec(message);
  if (match || /Parser Error|syntax error|error in your SQL syntax/i.test(message)) return { kind: 'syntax', near: match?.[1]?.split(/\s+/)[0] };
  return { kind: 'other' };
}
