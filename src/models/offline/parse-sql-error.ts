/** What a database error says is wrong, read from DuckDB's wording (and close relatives in other engines). */
export type ParsedSqlError =
  | { kind: 'missing_column'; name: string; table?: string; candidates: string[] }
  | { kind: 'missing_table'; name: string; suggestion?: string }
  | { kind: 'group_by'; column: string }
  | { kind: 'type_mismatch'; left: string; right: string }
  | { kind: 'conversion'; value?: string; type?: string; column?: string }
  | { kind: 'syntax'; near?: string }
  | { kind: 'other' };

export function parseSqlError(message: string): ParsedSqlError {
  const quoted = (text: string): string[] => [...text.matchAll(/"([^"]+)"/g)].map((m) => m[1]!);
  let match = /Referenced column "([^"]+)" not found/i.exec(message);
  if (match) return { kind: 'missing_column', name: match[1]!, candidates: quoted(message.split(/Candidate bindings:/i)[1] ?? '') };
  match = /Table "([^"]+)" does not have a column named "([^"]+)"/i.exec(message);
  if (match) return { kind: 'missing_column', name: match[2]!, table: match[1]!, candidates: quoted(message.split(/Candidate bindings:/i)[1] ?? '') };
  match = /column "?([\w.]+)"? does not exist/i.exec(message);
  if (match) return { kind: 'missing_column', name: match[1]!.split('.').at(-1)!, candidates: [] };
  match = /Table with name "?([^\s!"]+)"? does not exist/i.exec(message) ?? /relation "([^"]+)" does not exist/i.exec(message) ?? /no such table: (\S+)/i.exec(message);
  if (match) return { kind: 'missing_table', name: match[1]!, suggestion: /Did you mean "([^"]+)"/i.exec(message)?.[1] };
  match = /column "([^"]+)" must appear in the GROUP BY clause/i.exec(message);
  if (match) return { kind: 'group_by', column: match[1]! };
  match = /Cannot compare values of type (\w+) and (?:type )?(\w+)/i.exec(message);
  if (match) return { kind: 'type_mismatch', left: match[1]!, right: match[2]! };
  if (/No function matches/i.test(message) && /cast/i.test(message)) {
    const types = /\(([A-Z_]+), ([A-Z_]+)\)/.exec(message);
    return { kind: 'type_mismatch', left: types?.[1] ?? '', right: types?.[2] ?? '' };
  }
  match = /Could not convert string '([^']*)' to (\w+)(?: when casting from source column (\w+))?/i.exec(message);
  if (match) return { kind: 'conversion', value: match[1], type: match[2], column: match[3] };
  if (/Conversion Error|Unimplemented type for cast/i.test(message)) {
    return { kind: 'conversion', column: /source column (\w+)/i.exec(message)?.[1] };
  }
  match = /syntax error at or near "([^"]*)"/i.exec(message);
  if (match || /Parser Error|syntax error/i.test(message)) return { kind: 'syntax', near: match?.[1] };
  return { kind: 'other' };
}
