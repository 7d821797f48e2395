import { splitIdentifier } from '../catalog/split-identifier.js';
import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import { wordRoot } from '../models/offline/word-root.js';
import { aggregateOf, columnOf, columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { groupedNodes } from './grouped-nodes.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { wordsAndRoots } from '../models/offline/name-words-and-roots.js';

/** The unit a rate column is named by: price_per_l → l, km_per_hr → hr. */
function rateUnit(column: string): string | undefined {
  const parts = splitIdentifier(column).map((part) => part.toLowerCase());
  const at = parts.indexOf('per');
  return at > 0 && at < parts.length - 1 ? parts[at + 1] : undefined;
}

/** Whether the question's word is the unit a column name writes short: "litre" for l, "hour" for hr. */
const namesUnit = (word: string, unit: string): boolean =>
  word.startsWith(unit) || wordRoot(word) === wordRoot(unit) || isSkeletonOf(unit, wordRoot(word));

/**
 * "the average price per litre paid to each farm" answered by `SELECT litres, farm, AVG(price_per_l) … GROUP BY
 * litres, farm`: the aggregated column is named as a rate (a part, "per", a unit), so it already holds "per litre";
 * the question's "per litre" is that rate's unit, not a grouping, and a GROUP BY key the question names only there
 * splits every group into one row per quantity.
 */
export const checkRateGrouped: AnswerCheckRule = ({ question, tree }) => {
  if (!tree || tree.groupBy.length === 0) return undefined;
  const units = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const aggregate = aggregateOf(value as TreeNode);
      if (aggregate?.argument) {
        for (const column of columnsUnder(aggregate.argument)) {
          const unit = rateUnit(column.column);
          if (unit) units.add(unit);
        }
      } else Object.values(value).forEach(visit);
    }
  };
  visit(tree.selectList);
  if (units.size === 0) return undefined;
  const perWords = [...question.toLowerCase().matchAll(/\bper\s+([a-z]+)/g)].map((match) => match[1]!);
  const rateWords = perWords.filter((word) => [...units].some((unit) => namesUnit(word, unit)));
  if (rateWords.length === 0) return undefined;
  for (const node of groupedNodes(tree)) {
    const column = columnOf(node);
    if (!column || rateUnit(column.column)) continue;
    const roots = wordsAndRoots(splitIdentifier(column.column));
    const word = rateWords.find((rate) => sqlReadsWord(rate, roots));
    if (!word) continue;
    return {
      name: 'rate_grouped',
      passed: false,
      detail: `"per ${word}" is the unit of the rate the SQL aggregates, not a grouping, but the SQL groups by ${column.column} too, one row for every quantity`,
    };
  }
  return undefined;
};
