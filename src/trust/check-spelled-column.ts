import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';

/**
 * "What's our monthly rent roll?" where tenancies has monthly_rent, answered by counting rent_ledger rows per month:
 * the question spells a column's name word for word (every part, in order), so it is about that column, and an SQL
 * that reads no column of that name answers something else, however its other words were matched ("monthly" as a
 * grouping by month, "rent" as the rent_ledger table). Columns of two or more parts only: one word is left to columns_used.
 */
export const checkSpelledColumn: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree || tree.selectList.some((item) => item.class === 'STAR')) return undefined;
  const words = questionWords(question).map((word) => wordRoot(word.text));
  // Compared as written without separators or case: a quoted "jobTitle" comes back from the parser as it was written.
  const flat = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
  const read = columnsUnder(tree.clauses).map((ref) => flat(ref.column));
  for (const table of context.table_schemas) {
    for (const column of table.columns) {
      const parts = splitIdentifier(column.name).map((part) => wordRoot(part.toLowerCase()));
      if (parts.length < 2 || parts.some((part) => part.length < 3)) continue;
      const spelled = words.some((_, k) => parts.every((part, j) => words[k + j] === part));
      // Song_release_year read for "release year", winner_rank_points for "winner rank points": a column whose name
      // holds the spelled one is what the words spelled.
      const whole = flat(column.name);
      if (!spelled || read.some((name) => name.includes(whole))) continue;
      return {
        name: 'spelled_column',
        passed: false,
        detail: `the question spells ${bareName(table.name)}.${column.name} word for word, but the SQL reads no column of that name`,
      };
    }
  }
  return undefined;
};
