import { readsShorthandNames, splitIdentifier } from '../catalog/split-identifier.js';
import { EXISTENCE_OPENING } from '../models/offline/existence-question.js';
import { wordRoot } from '../models/offline/word-root.js';
import { withDuckDbQuotes } from '../sql-tree/adapt-rendering.js';

export type SqlAggregate = 'count' | 'sum' | 'avg' | 'min' | 'max';

/** What the checks need to know about a SQL statement, read from its text (any dialect). */
export interface SqlShape {
  /** Lower-case SQL without comments, string literals kept. */
  text: string;
  /** Lower-case SQL without comments or string literals: keywords and identifiers only. */
  code: string;
  /** String literals, lower-case. */
  literals: string[];
  aggregates: Set<SqlAggregate>;
  grouped: boolean;
  windowed: boolean;
  divides: boolean;
  ordered: boolean;
  negates: boolean;
  /** The select list starts with every column of a table: `SELECT *`, `SELECT DISTINCT t.*`. */
  everyColumn: boolean;
  /** Word roots of every identifier. */
  roots: Set<string>;
}

/** Words of the identifiers, split at case changes ("PetType" → pet, type) and whole ("pettype"), with their roots. */
export const rootsOf = (text: string): string[] =>
  [...splitIdentifier(text), ...splitIdentifier(text.toLowerCase()), ...nameReadings(text)].flatMap((word) => [word, wordRoot(word)]);

/**
 * Where a terse catalog reads its names ("cnty" → county), each identifier of the text read as the name it is: read
 * as prose, a lone one-part name stays as written, and a check would miss the column the catalog read it as.
 */
function nameReadings(text: string): string[] {
  if (!readsShorthandNames()) return [];
  return [...new Set(text.match(/[A-Za-z][A-Za-z0-9_]*/g) ?? [])].flatMap((chunk) => (/_/.test(chunk) ? [] : splitIdentifier(chunk)));
}

/** Built once, not on every read of a statement. */
const AGGREGATE_CALLS = (['count', 'sum', 'avg', 'min', 'max'] as const).map((name) => [name, new RegExp(`\\b${name}\\s*\\(`)] as const);

/** Shapes read lately, by SQL text (the answer checks and the reflect node's judges read one statement several times). */
const recent = new Map<string, SqlShape>();
const MAX_RECENT = 64;

/** Reads a statement's shape; the same SQL gives the same shape object, which callers only read. */
export function sqlShape(sql: string): SqlShape {
  const known = recent.get(sql);
  if (known) return known;
  const shape = readShape(sql);
  if (recent.size >= MAX_RECENT) recent.delete(recent.keys().next().value!);
  recent.set(sql, shape);
  return shape;
}

function readShape(sql: string): SqlShape {
  // Only MySQL writes backquotes: its names are read as the other dialects quote them, so one set of patterns fits all.
  const raw = (sql.includes('`') ? withDuckDbQuotes(sql) : sql).replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
  const text = raw.toLowerCase();
  const literals = [...text.matchAll(/'((?:[^']|'')*)'/g)].map((m) => m[1]!.replace(/''/g, "'"));
  const code = text.replace(/'(?:[^']|'')*'/g, "''");
  const aggregates = new Set<SqlAggregate>();
  for (const [name, call] of AGGREGATE_CALLS) if (call.test(code)) aggregates.add(name);
  if (/\b(mean|median)\s*\(/.test(code)) aggregates.add('avg');
  if (/\bcount_star\s*\(/.test(code)) aggregates.add('count');
  const grouped = /\bgroup\s+by\b/.test(code);
  const windowed = /\bover\s*\(/.test(code);
  return {
    text,
    code,
    literals,
    aggregates,
    grouped,
    windowed,
    divides: /[\w)\]"`]\s*\/\s*[\w(\["`]/.test(code),
    ordered: /\border\s+by\b/.test(code) || /\bqualify\b/.test(code),
    negates: /\bnot\b|<>|!=|\bexcept\b|\bis\s+null\b|\bminus\b/.test(code),
    // A yes/no answer counts the rows of a listing: whether the listing showed every column still tells how it was read.
    everyColumn: /^\s*select\s+(distinct\s+)?("?[a-z_][a-z0-9_]*"?\s*\.\s*)?\*/.test(code.replace(EXISTENCE_OPENING, '')),
    // NULLS LAST is syntax (SqlDialect.nullsLast), not a word the SQL uses: "the last transcript" is not read by it.
    roots: new Set(rootsOf(raw.replace(/'(?:[^']|'')*'/g, "''").replace(/\bnulls\s+(?:first|last)\b/gi, ' '))),
  };
}
