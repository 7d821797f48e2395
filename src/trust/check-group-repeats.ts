import { splitIdentifier } from '../catalog/split-identifier.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnOf, holdsAggregate } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { groupPhrases } from './group-phrases.js';

/**
 * "visitors per ticket type" answered by `SELECT visitors, ticket FROM gate_admissions`: "per X" asks for one row
 * for each X, and the answer shows X's column with the same value on several rows, ungrouped: it lists the rows
 * the totals should have been taken of, an amount beside X on each. Read from the answer itself (its columns and rows), the grouping from the tree.
 */
export const checkGroupRepeats: AnswerCheckRule = ({ tree, analysis, attempt }) => {
  if (!tree || tree.groupBy.length > 0 || tree.distinct || holdsAggregate(tree.selectList) || attempt.rows.length < 2) return undefined;
  const phrases = groupPhrases(analysis).filter((phrase) => phrase.keyword === 'per' || phrase.keyword === 'for each');
  for (const phrase of phrases) {
    const roots = new Set(phrase.words.map((word) => wordRoot(word.text)));
    const at = tree.selectList.findIndex((item) => {
      const ref = columnOf(item);
      const name = String(item.alias || ref?.column || '');
      return name !== '' && splitIdentifier(name).some((part) => roots.has(wordRoot(part)));
    });
    if (at < 0 || at >= attempt.columns.length) continue;
    const values = attempt.rows.map((row) => JSON.stringify(row[at]));
    if (new Set(values).size === values.length) continue;
    // A listing per X ("for each course, the students enrolled") repeats X too; an amount beside it was to be added up.
    const amount = attempt.columns.some((_, c) => c !== at && attempt.rows.every((row) => typeof row[c] === 'number' || (typeof row[c] === 'string' && /^-?\d+(\.\d+)?$/.test(row[c] as string))));
    if (!amount) continue;
    return {
      name: 'group_repeats',
      passed: false,
      detail: `the question asks ${phrase.keyword} ${phrase.words.map((w) => w.text).join(' ')}, but the answer repeats each ${attempt.columns[at]} on several rows, ungrouped`,
    };
  }
  return undefined;
};
