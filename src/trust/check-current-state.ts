import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readTableSchemas } from './read-table-schemas.js';

/** Words after "current" that make it a time ("the current month"), which the date filters carry. */
const TIME_NOUNS = new Set(['year', 'years', 'month', 'months', 'week', 'weeks', 'quarter', 'quarters', 'day', 'days', 'season', 'seasons', 'period', 'term', 'date', 'time', 'fiscal', 'financial', 'calendar']);

/** "Date resigned; NULL while a member": the comment says the empty value marks a row still in its state. */
const NULL_WHILE = /\b(?:null|empty|blank)\s+while\b/i;

/**
 * "How many current members are on the swim-only plan?" where members.left_on's comment says "empty while it is
 * current": the catalog says which column tells a current row from a past one, and an SQL that reads none of them
 * counts past members too. ("current" is a time word elsewhere, so the grounding passes over it.)
 */
export const checkCurrentState: AnswerCheckRule = ({ tree, context, analysis }) => {
  if (!tree) return undefined;
  const at = analysis.words.findIndex((word, k) => /^current(ly)?$/.test(word.text) && !TIME_NOUNS.has(analysis.words[k + 1]?.text ?? ''));
  if (at < 0) return undefined;
  const readTables = readTableSchemas(tree.tables, context);
  const marking = readTables.flatMap((table) =>
    table.columns
      .filter((column) => [...splitIdentifier(column.name), ...splitIdentifier(column.comment ?? '')].some((word) => /^current(ly)?$/i.test(word)) || NULL_WHILE.test(column.comment ?? ''))
      .map((column) => ({ table, column })),
  );
  if (marking.length === 0) return undefined;
  const read = new Set(columnsUnder(tree.clauses).map((ref) => ref.column));
  if (marking.some(({ column }) => read.has(column.name.toLowerCase()))) return undefined;
  const named = marking.map(({ table, column }) => `${bareName(table.name)}.${column.name}`).join(', ');
  return { name: 'current_state', passed: false, detail: `the question asks for current rows, which ${named} tells apart, but the SQL does not read it` };
};
