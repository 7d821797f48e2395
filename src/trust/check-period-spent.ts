import { splitIdentifier } from '../catalog/split-identifier.js';
import { GRAIN_ADJECTIVES, type TimeGrain } from '../models/offline/time-grain.js';
import { wordRoot } from '../models/offline/word-root.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { groupedNodes } from './grouped-nodes.js';
import { wordTable } from '../own-entry.js';

/** The words that ask for a period, by the name SQL's date functions give it: the grain, its plural, its adjectives. */
const PERIOD_WORDS: Readonly<Record<string, readonly string[]>> = wordTable(Object.fromEntries(
  (['day', 'week', 'month', 'quarter', 'year'] as const satisfies readonly TimeGrain[]).map((grain) => [
    grain,
    [grain, `${grain}s`, ...Object.keys(GRAIN_ADJECTIVES).filter((adjective) => GRAIN_ADJECTIVES[adjective] === grain)],
  ]),
));
const PART_FUNCTIONS = new Set(['date_trunc', 'date_part', 'datepart', 'datetrunc', 'extract', 'strftime']);

/**
 * "average weekly rent per estate" answered grouped by estate and by `date_trunc('week', start_date)`: the only word
 * for the week is the first word of the column the SQL averages (weekly_rent), so the week was spent twice, once as
 * the column and once as a grouping no word asks for, and the answer has a row per week instead of one per estate.
 */
export const checkPeriodSpent: AnswerCheckRule = ({ tree, analysis }) => {
  if (!tree || tree.groupBy.length === 0) return undefined;
  const periods = groupedNodes(tree).flatMap(periodOf);
  if (periods.length === 0) return undefined;
  const readNames = columnsUnder(tree.clauses).map((ref) => splitIdentifier(ref.column).map(wordRoot));
  const words = analysis.words;
  for (const period of periods) {
    const asked = words.filter((word) => PERIOD_WORDS[period]!.includes(word.text));
    if (asked.length === 0) continue;
    const spent = asked.every((word) => {
      const next = words[word.index + 1]?.text;
      if (!next) return false;
      const pair = [wordRoot(word.text), wordRoot(next)];
      return readNames.some((parts) => pair.every((root) => parts.includes(root)) || parts.join('') === pair.join('') || (parts.includes(word.text) && parts.includes(wordRoot(next))));
    });
    if (!spent) continue;
    return { name: 'period_spent', passed: false, detail: `the SQL groups by ${period}, but "${asked[0]!.text} ${words[asked[0]!.index + 1]!.text}" names the column it reads, and no other word asks for a row per ${period}` };
  }
  return undefined;
};

/** The period a grouping expression truncates a date to: date_trunc('week', …), date_part('month', …), year(…). */
function periodOf(node: TreeNode): string[] {
  if (node.class === 'CAST') return periodOf(node.child as TreeNode);
  if (node.class !== 'FUNCTION') return [];
  const name = String(node.function_name).toLowerCase();
  if (PERIOD_WORDS[name]) return [name];
  if (!PART_FUNCTIONS.has(name)) return [];
  const first = ((node.children as TreeNode[] | undefined) ?? [])[0];
  const value = (first?.value as { value?: unknown } | undefined)?.value;
  return typeof value === 'string' && PERIOD_WORDS[value.toLowerCase()] ? [value.toLowerCase()] : [];
}
