import { splitIdentifier } from '../catalog/split-identifier.js';
import type { TableSchema } from '../context/context-schema.js';
import { wordRoot } from '../models/offline/word-root.js';
import { withDuckDbQuotes } from '../sql-tree/adapt-rendering.js';
import { tableAliases } from './table-aliases.js';

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
  /** Word roots of the grouping: GROUP BY and PARTITION BY keys, the select list, and the tables their columns come from. */
  groupRoots: Set<string>;
  /** Word roots of every identifier. */
  roots: Set<string>;
}

/** Words of the identifiers, split at case changes ("PetType" → pet, type) and whole ("pettype"), with their roots. */
const rootsOf = (text: string): string[] =>
  [...splitIdentifier(text), ...splitIdentifier(text.toLowerCase())].flatMap((word) => [word, wordRoot(word)]);

/** Built once, not on every read of a statement. */
const AGGREGATE_CALLS = (['count', 'sum', 'avg', 'min', 'max'] as const).map((name) => [name, new RegExp(`\\b${name}\\s*\\(`)] as const);

/** Shapes read lately, by SQL text and the tables they were read against (the answer checks read one statement four or five times). */
const recent = new Map<string, Array<{ tables: readonly TableSchema[]; shape: SqlShape }>>();
const MAX_RECENT = 64;
const NO_TABLES: readonly TableSchema[] = [];

/**
 * Reads a statement's shape; `tables` resolves the grouping columns to the tables that hold them. The same SQL against
 * the same tables array gives the same shape object, which callers only read.
 */
export function sqlShape(sql: string, tables: readonly TableSchema[] = NO_TABLES): SqlShape {
  const known = recent.get(sql);
  const hit = known?.find((entry) => entry.tables === tables || (entry.tables.length === 0 && tables.length === 0));
  if (hit) return hit.shape;
  const shape = readShape(sql, tables);
  if (known) {
    if (known.length >= 4) known.shift();
    known.push({ tables, shape });
  } else {
    if (recent.size >= MAX_RECENT) recent.delete(recent.keys().next().value!);
    recent.set(sql, [{ tables, shape }]);
  }
  return shape;
}

function readShape(sql: string, tables: readonly TableSchema[]): SqlShape {
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
    everyColumn: /^\s*select\s+(distinct\s+)?("?[a-z_][a-z0-9_]*"?\s*\.\s*)?\*/.test(code),
    groupRoots: groupRoots(raw, grouped || windowed, tables),
    // NULLS LAST is syntax (SqlDialect.nullsLast), not a word the SQL uses: "the last transcript" is not read by it.
    roots: new Set(rootsOf(raw.replace(/'(?:[^']|'')*'/g, "''").replace(/\bnulls\s+(?:first|last)\b/gi, ' '))),
  };
}

/** Reads the original text with its literals, so "date_trunc('month', …)" names its grain and "PetType" splits in two. */
function groupRoots(raw: string, grouped: boolean, tables: readonly TableSchema[]): Set<string> {
  if (!grouped) return new Set();
  const parts = [
    ...[...raw.matchAll(/\bgroup\s+by\b([\s\S]*?)(?=\bhaving\b|\border\s+by\b|\blimit\b|\bqualify\b|\bunion\b|$)/gi)].map((m) => m[1]!),
    ...[...raw.matchAll(/\bpartition\s+by\b([\s\S]*?)(?=\border\s+by\b|\)|$)/gi)].map((m) => m[1]!),
    ...[...raw.matchAll(/\bselect\b([\s\S]*?)\bfrom\b/gi)].map((m) => m[1]!),
  ];
  const aliases = tableAliases(raw.toLowerCase());
  const words = new Set<string>();
  for (const part of parts) {
    for (const word of rootsOf(part)) words.add(word);
    for (const match of part.toLowerCase().matchAll(/\b([a-z_][a-z0-9_]*)"?\s*\.\s*"?([a-z_][a-z0-9_]*)/g)) {
      const table = aliases.get(match[1]!);
      if (table) rootsOf(table).forEach((word) => words.add(word));
    }
    for (const identifier of part.toLowerCase().match(/[a-z_][a-z0-9_]*/g) ?? []) {
      for (const table of tables) {
        if (table.columns.some((column) => column.name.toLowerCase() === identifier)) rootsOf(table.name).forEach((word) => words.add(word));
      }
    }
  }
  return words;
}
