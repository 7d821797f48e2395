import type { TableSchema } from '../context/context-schema.js';
import { outerSelect } from './outer-select.js';
import { findTable } from '../models/offline/schema-lookup.js';

/** What the outer query's COUNT counts: the rows of its tables (COUNT(*)) or the values of a column. */
export interface CountedThings {
  /** Tables whose rows or column values are counted (bare lower-case names). */
  tables: string[];
  /** The column counted by COUNT(col) / COUNT(DISTINCT col), when one is. */
  columns: string[];
}

const NAME = String.raw`"?([a-z_][a-z0-9_]*)"?`;
const COUNT_CALL = new RegExp(String.raw`\bcount\s*\(\s*(?:distinct\s+)?(?:(\*|1)|(?:${NAME}\s*\.\s*)?${NAME})\s*\)|\bcount_star\s*\(\s*\)`, 'g');
const FROM_TABLE = /\b(?:from|join)\s+"?([a-z_][a-z0-9_.]*)"?(?:\s+as)?(?:\s+"?([a-z_][a-z0-9_]*)"?)?/g;
const NOT_ALIAS = /^(?:where|on|join|left|right|inner|outer|full|cross|group|order|limit|using|natural|union|having|qualify|window)$/;

/**
 * Reads the COUNT calls of the outer select list against the tables of the outer FROM clause (the top-level FROM
 * and JOINs, not those of subqueries). Undefined when the outer query counts nothing or counts by a subquery or an
 * expression: then what is counted is not read from the text.
 */
export function countedThings(code: string, schemas: readonly TableSchema[]): CountedThings | undefined {
  const outer = outerSelect(code);
  if (!outer) return undefined;
  const calls = [...outer.list.matchAll(COUNT_CALL)];
  if (calls.length === 0 || /\bcount\s*\(\s*(?:distinct\s+)?\(/.test(outer.list)) return undefined;
  const aliases = outerTables(outer.rest);
  // A CTE or a subquery in FROM: its rows are not a table's, so the count is not read here.
  if (aliases.size === 0 || [...aliases.values()].some((table) => !findTable(schemas, table))) return undefined;
  const tables = new Set<string>();
  const columns = new Set<string>();
  for (const [text, star, qualifier, column] of calls) {
    if (star || text.startsWith('count_star')) {
      aliases.forEach((table) => tables.add(table));
      continue;
    }
    if (qualifier) {
      const table = aliases.get(qualifier);
      if (!table) return undefined;
      tables.add(table);
    } else {
      const holders = [...new Set(aliases.values())].filter((table) => findTable(schemas, table)?.columns.some((c) => c.name.toLowerCase() === column));
      if (holders.length === 0) return undefined;
      holders.forEach((table) => tables.add(table));
    }
    columns.add(column!);
  }
  return { tables: [...tables], columns: [...columns] };
}

/** alias → bare table name for the FROM clause at depth 0 (subqueries and CTE bodies skipped). */
function outerTables(rest: string): Map<string, string> {
  let depth = 0;
  let flat = '';
  for (const char of rest) {
    if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (depth === 0) flat += char;
    else continue;
    if (depth === 1 && char === '(') flat += ' ';
  }
  const aliases = new Map<string, string>();
  for (const match of flat.matchAll(FROM_TABLE)) {
    const table = match[1]!.split('.').at(-1)!;
    aliases.set(table, table);
    if (match[2] && !NOT_ALIAS.test(match[2])) aliases.set(match[2], table);
  }
  return aliases;
}
