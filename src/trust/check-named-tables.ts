import { wordRoot } from '../models/offline/word-root.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { oneWordTableRoots } from './table-name-roots.js';
import { ORDER_WORDS } from '../lexicon/order-words.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

const SORT_ADJECTIVES: ReadonlySet<string> = wordSet(pick(ORDER_WORDS, 'alphabetical', 'ascending', 'descending', 'reverse', 'chronological', 'increasing', 'decreasing'), ['numerical', 'numeric']);

/**
 * A table the question names by a word of its own ("orders", "ordered", "returns") must be read by the
 * SQL, or at least a column named after it (customers.order_count). Words the analysis used as
 * keywords ("ordered by") do not count, nor does another table's name that starts with the same word (divers for dives).
 */
export const checkNamedTables: AnswerCheckRule = ({ analysis, sql, tableNames }) => {
  const tableRoots = oneWordTableRoots(tableNames);
  if (tableRoots.size === 0) return undefined;
  const named = new Map<string, string>();
  for (const word of analysis.words) {
    if (analysis.consumed.has(word.index) || SORT_ADJECTIVES.has(analysis.words[word.index - 1]?.text ?? '')) continue;
    // "dived", "hiked": the root keeps a past in -ed whole when its verb ends in e.
    const table = tableRoots.get(wordRoot(word.text)) ?? (/ed$/.test(word.text) ? tableRoots.get(word.text.slice(0, -1)) : undefined);
    if (table) named.set(table, word.text);
  }
  if (named.size === 0) return undefined;
  // "dived" names dives; divers, another table's name that starts with it, does not read it.
  const otherTable = (word: string, table: string) => [...tableRoots].some(([root, other]) => other !== table && (root === word || root === wordRoot(word)));
  const unread = [...named].filter(([table]) => {
    const root = wordRoot(tableNameWords(table)[0]!);
    return ![...sql.roots].some((word) => word === root || (word.startsWith(root) && !otherTable(word, table)));
  });
  if (unread.length > 0) {
    return { name: 'tables_used', passed: false, detail: `the question mentions ${unread.map(([, word]) => `"${word}"`).join(', ')}, but the SQL never reads ${unread.map(([table]) => table).join(', ')}` };
  }
  return { name: 'tables_used', passed: true, detail: `the SQL reads ${[...named.keys()].join(', ')}` };
};
