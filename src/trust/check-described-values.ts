import { splitIdentifier } from '../catalog/split-identifier.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';

interface DescribedValue {
  table: string;
  column: string;
  value: string;
  roots: string[];
}

/**
 * Values a column's comment lists after a colon ("Customer segment: consumer, small_business or enterprise"): the
 * documented codes of that column written as one token of several words ('small_business', 'add_to_cart').
 */
function describedValues(tables: ReadonlyArray<{ name: string; columns: ReadonlyArray<{ name: string; comment?: string }> }>): DescribedValue[] {
  const found: DescribedValue[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      const listed = column.comment?.split(':').slice(1).join(':');
      if (!listed) continue;
      const items = listed.replace(/\([^)]*\)/g, ' ').split(/,|;|\bor\b|\band\b/);
      for (const item of items.map((text) => text.trim())) {
        if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(item)) continue;
        const parts = splitIdentifier(item);
        // A one-word code ('purchase', 'web') is also an everyday word the question may use for something else.
        if (parts.length < 2) continue;
        found.push({ table: table.name, column: column.name, value: item, roots: parts.map((part) => wordRoot(part.toLowerCase())) });
      }
    }
  }
  return found;
}

/**
 * "How many buyers are small businesses?": the question spells a value the schema documents for a column
 * (segment 'small_business'), so the SQL must use that column or that value; an answer that reads neither
 * counts or lists rows regardless of it.
 */
export const checkDescribedValues: AnswerCheckRule = ({ analysis, sql, context }) => {
  const values = describedValues(context.table_schemas);
  if (values.length === 0) return undefined;
  const roots = analysis.words.map((w) => wordRoot(w.text));
  const spelled = values.filter((value) => roots.some((_, k) => value.roots.every((root, j) => roots[k + j] === root)));
  if (spelled.length === 0) return undefined;
  const used = (value: DescribedValue) =>
    sql.literals.includes(value.value.toLowerCase()) || splitIdentifier(value.column).every((part) => sql.roots.has(wordRoot(part.toLowerCase())));
  const missing = spelled.filter((value) => !used(value));
  if (missing.length === 0) return { name: 'described_value', passed: true, detail: `the SQL uses ${spelled.map((v) => `${v.column} '${v.value}'`).join(', ')}` };
  return {
    name: 'described_value',
    passed: false,
    detail: `the question names ${missing.map((v) => `'${v.value}' (a documented value of ${v.table}.${v.column})`).join(', ')}, which the SQL does not use`,
  };
};
