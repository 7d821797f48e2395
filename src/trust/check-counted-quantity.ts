import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { isMeasureColumn } from '../models/offline/schema-lookup.js';
import { wordRoot } from '../models/offline/word-root.js';
import { aggregateOf, columnOf } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readTableSchemas } from './read-table-schemas.js';
import { treeColumnSchema } from './tree-column-schema.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** Name parts that only say a column holds a count: guest_cnt, total_guests. */
const COUNT_PARTS = /^(count|cnt|total|qty)$/;
/** Name parts of a number that names a row rather than counting (match_num, screening_no). */
const NUMBER_PARTS = /^(num|no|nbr|number|n)$/;

/**
 * "How many guests were served on checks that included a drink?" where checks.guests stores how many guests each
 * check served: the question's counted noun is a quantity a row holds, so the answer adds it up; an SQL that never
 * sums the column counts rows (or distinct names) of something else.
 */
export const checkCountedQuantity: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree) return undefined;
  const words = questionWords(question);
  const at = words.findIndex((word, i) => word.text === 'how' && words[i + 1]?.text === 'many');
  const noun = at < 0 ? undefined : words[at + 2];
  if (!noun) return undefined;
  const root = wordRoot(noun.text);
  const read = readTableSchemas(tree.tables, context);
  for (const table of read) {
    // "How many screenings …" over screenings counts its rows.
    if (wordRoot(tableNameWords(table.name).at(-1)!) === root) continue;
    const column = table.columns.find((c) => {
      if (!isMeasureColumn(c) || splitIdentifier(c.name).some((part) => NUMBER_PARTS.test(part.toLowerCase()))) return false;
      const parts = splitIdentifier(c.name).map((part) => part.toLowerCase()).filter((part) => !COUNT_PARTS.test(part));
      return parts.length === 1 && wordRoot(parts[0]!) === root;
    });
    if (!column) continue;
    const summed = sumsOf(tree.clauses).some((ref) => {
      const resolved = treeColumnSchema(tree, context.table_schemas, ref);
      return resolved?.column === column || (!resolved && ref.column === column.name.toLowerCase());
    });
    if (summed) return undefined;
    return {
      name: 'counted_quantity',
      passed: false,
      detail: `the question counts ${noun.text}, which ${bareName(table.name)}.${column.name} holds as a number per row, but the SQL does not add ${column.name} up`,
    };
  }
  return undefined;
};

/** The columns under SUM calls (outside subqueries). */
function sumsOf(node: unknown): NonNullable<ReturnType<typeof columnOf>>[] {
  if (Array.isArray(node)) return node.flatMap(sumsOf);
  if (!node || typeof node !== 'object') return [];
  const aggregate = aggregateOf(node as Record<string, unknown>);
  if (aggregate?.name === 'sum') {
    const ref = columnOf(aggregate.argument);
    return ref ? [ref] : [];
  }
  if ((node as Record<string, unknown>).class === 'SUBQUERY') return [];
  return Object.values(node).flatMap(sumsOf);
}
