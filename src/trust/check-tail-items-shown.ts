import { splitIdentifier } from '../catalog/split-identifier.js';
import { NOUN_OPENERS } from '../lexicon/determiners.js';
import { PERSONAL_PRONOUNS } from '../lexicon/pronouns.js';
import { wordSet } from '../lexicon/word-set.js';
import { bareName } from '../models/offline/bare-name.js';
import { findTable } from '../models/offline/schema-lookup.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { wordsAndRoots } from '../models/offline/name-words-and-roots.js';

/** Words that open the fragment without naming an item: "show the", "give me their", "with" ("name" is an item here). */
const OPENERS: ReadonlySet<string> = wordSet([...NOUN_OPENERS], PERSONAL_PRONOUNS, ['show', 'give', 'list', 'include', 'including', 'with', 'also', 'plus', 'just', 'only']);

const rootsOf = (names: readonly string[]): Set<string> => wordsAndRoots(names.flatMap((name) => splitIdentifier(name)));

/**
 * "What jobs did Fiona Baird supervise …? job id and type" answered by `SELECT jobs.job_id`: a fragment after the
 * question mark lists what each row must show. An item whose head a column of the tables the SQL reads would answer
 * (jobs.job_type for "type"), but which no column of the answer shows, was left out of the select list.
 */
export const checkTailItemsShown: AnswerCheckRule = ({ question, attempt, tree, context }) => {
  if (!tree) return undefined;
  const tail = /\?\s*([^?]+?)[.!]?\s*$/.exec(question)?.[1]?.toLowerCase();
  if (!tail || /\?/.test(tail)) return undefined;
  const words = tail.split(/\s+/);
  let at = 0;
  while (at < words.length && OPENERS.has(words[at]!)) at++;
  const items = words.slice(at).join(' ').split(/\s*(?:,|&|\/|\band\b)\s*/).map((item) => item.trim().split(/\s+/).filter(Boolean)).filter((item) => item.length > 0 && item.length <= 3);
  // Only a list of nouns: a fragment with a verb in it ("is that right") is no list of columns.
  if (items.length === 0 || items.some((item) => item.some((word) => !/^[a-z][a-z'-]*$/.test(word)))) return undefined;
  // "first and last name": a lone modifier before a longer item shares that item's head (first name, last name).
  const whole = items.map((item, k) => (item.length === 1 && (items[k + 1]?.length ?? 0) > 1 ? [item[0]!, items[k + 1]!.at(-1)!] : item));
  const shown = rootsOf([...attempt.columns, ...columnsUnder(tree.selectList).map((column) => column.column)]);
  const stored = tree.tables.flatMap((table) => findTable(context.table_schemas, table.name)?.columns.map((column) => column.name) ?? []);
  for (const item of whole) {
    const head = item.at(-1)!;
    if (sqlReadsWord(head, shown)) continue;
    const column = stored.find((name) => sqlReadsWord(head, rootsOf([name])));
    if (!column) continue;
    return {
      name: 'tail_items_shown',
      passed: false,
      detail: `the question lists "${item.join(' ')}" for each row, which ${bareName(column)} would show, but the answer shows only ${attempt.columns.join(', ')}`,
    };
  }
  return undefined;
};
