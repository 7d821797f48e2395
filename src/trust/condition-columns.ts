import { outerSelect } from './outer-select.js';

/** A column the outer query's WHERE compares with a constant: `status = 'x'`, `died >= DATE '2026-01-01'`, `age > 20`. */
export interface ConditionColumn {
  /** The table or alias written before it, if any (lower case). */
  owner?: string;
  column: string;
  /** Compared only for equality with one constant: whatever the answer shows of it, the question already said. */
  fixed: boolean;
}

const NAME = String.raw`"?([a-z_][a-z0-9_]*)"?`;
const COMPARED = new RegExp(
  String.raw`(?:\b(?:try_)?cast\s*\(\s*)?(?:${NAME}\s*\.\s*)?${NAME}(?:\s+as\s+[a-z]+\s*\))?\s*(=|>=|<=|<>|!=|>|<|\bbetween\b|\bnot\s+in\b|\bin\b|\blike\b)\s*(?:\(\s*)?(?:(?:date|timestamp)\s*)?(''|-?\d)`,
  'g',
);

/**
 * The columns the outer WHERE (of lower-case code with literals blanked, as sql-shape writes it) holds to constants,
 * keyed by bare column name. A column also compared otherwise is not `fixed`.
 */
export function conditionColumns(code: string): Map<string, ConditionColumn[]> {
  const outer = outerSelect(code);
  const where = outer ? /\bwhere\b([\s\S]*?)(?=\bgroup\s+by\b|\border\s+by\b|\bhaving\b|\blimit\b|\bqualify\b|\bunion\b|$)/.exec(outer.rest)?.[1] : undefined;
  const found = new Map<string, ConditionColumn[]>();
  if (!where) return found;
  for (const match of where.matchAll(COMPARED)) {
    const [, owner, column, operator] = match;
    if (/^(date|timestamp|and|or|not|then|else|when)$/.test(column!)) continue;
    const list = found.get(column!) ?? [];
    const fixed = operator === '=';
    const same = list.find((entry) => entry.owner === owner);
    if (same) same.fixed &&= fixed;
    else list.push({ ...(owner ? { owner } : {}), column: column!, fixed });
    found.set(column!, list);
  }
  return found;
}

/** The outer select list's bare column references (owner, column), or undefined when any item is more than a column. */
export function shownColumns(code: string): Array<{ owner?: string; column: string }> | undefined {
  const outer = outerSelect(code);
  if (!outer) return undefined;
  const items = splitTopLevel(outer.list.replace(/^\s*distinct\s+/, ''));
  const shown: Array<{ owner?: string; column: string }> = [];
  for (const item of items) {
    const match = new RegExp(String.raw`^\s*(?:${NAME}\s*\.\s*)?${NAME}(?:\s+(?:as\s+)?"?[a-z_][a-z0-9_ ]*"?)?\s*$`).exec(item);
    if (!match || match[2] === '*') return undefined;
    shown.push({ ...(match[1] ? { owner: match[1] } : {}), column: match[2]! });
  }
  return shown.length > 0 ? shown : undefined;
}

function splitTopLevel(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < list.length; k++) {
    if (list[k] === '(') depth++;
    else if (list[k] === ')') depth--;
    else if (list[k] === ',' && depth === 0) {
      items.push(list.slice(start, k));
      start = k + 1;
    }
  }
  items.push(list.slice(start));
  return items;
}
