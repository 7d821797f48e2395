import { splitIdentifier } from '../catalog/split-identifier.js';
import { FINITE_AUXILIARIES, MODALS } from '../lexicon/auxiliaries.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { wordSet } from '../lexicon/word-set.js';
import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { aggregateOf } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnCodeGlosses } from './code-glosses.js';
import { readTableSchemas } from './read-table-schemas.js';
import { readsColumn } from './reads-column.js';
import { tableNameWords } from '../models/offline/table-name-words.js';

/** Name parts that say a column holds how many of something a row stands for: fragment_count, item_qty. */
const COUNT_PARTS = /^(count|cnt|qty|quantity)$/;
/** A statistic of a count ("max_cnt", the most seen at once) is no number of things a row holds. */
const STATISTIC_PARTS = /^(max|min|avg|mean|peak|median)$/;
const STOPS: ReadonlySet<string> = wordSet(FINITE_AUXILIARIES, MODALS, PREPOSITIONS);
const INTEGER = /^(integer|int|bigint|smallint|tinyint|int\d|hugeint|ubigint|uinteger|usmallint|utinyint)\b/i;

/**
 * "How many worked flints came out of Hog Barrow?" answered by `COUNT(*) FROM finds WHERE material = 'FLINT'`, where
 * each finds row is a bag of one material holding fragmentCount pieces: the counted noun names no table but a value
 * the SQL picks rows by, so the rows are lots of the things, and a whole-number column named as a count of what a
 * row holds says how many each lot is. Counting the rows counts the lots, not the things. "How many flint finds …"
 * (the noun names the table) counts its rows.
 */
export const checkBulkRowsCounted: AnswerCheckRule = ({ question, tree, sql, context }) => {
  if (!tree || tree.tables.length === 0 || sql.literals.length === 0 || sql.aggregates.has('sum')) return undefined;
  if (!tree.selectList.some(isCount)) return undefined;
  const words = questionWords(question);
  const at = words.findIndex((word, i) => word.text === 'how' && words[i + 1]?.text === 'many');
  if (at < 0) return undefined;
  // The counted noun phrase: up to three words after "how many", before an auxiliary, a preposition or a verb after a noun.
  const phrase: string[] = [];
  for (let k = at + 2; k < words.length && phrase.length < 3; k++) {
    const text = words[k]!.text;
    if (STOPS.has(text) || (phrase.length > 0 && isVerbForm(text))) break;
    phrase.push(text);
    if (words[k]!.clauseEnd) break;
  }
  const head = phrase.at(-1);
  if (!head) return undefined;
  const roots = new Set(phrase.map(wordRoot));
  const [counted] = readTableSchemas([tree.tables[0]!], context);
  if (!counted) return undefined;
  // The noun names the counted table: its rows are what is asked for.
  if (tableNameWords(counted.name).some((part) => roots.has(wordRoot(part)) || phrase.some((word) => isSkeletonOf(part, word)))) return undefined;
  const bulk = counted.columns.find((c) => INTEGER.test(c.type) && !c.primary_key && !c.references && splitIdentifier(c.name).some((part) => COUNT_PARTS.test(part.toLowerCase())) && !splitIdentifier(c.name).some((part) => STATISTIC_PARTS.test(part.toLowerCase())));
  if (!bulk || readsColumn(sql.code, bulk.name)) return undefined;
  // The value the SQL picks the rows by spells the counted noun (itself or its code's gloss).
  const tested = new Set(sql.literals);
  const glosses = columnCodeGlosses([counted]).filter((g) => tested.has(g.code.toLowerCase()) && readsColumn(sql.code, g.column.name));
  const spelled = [...sql.literals.flatMap((literal) => literal.match(/[a-z]+/g) ?? []), ...glosses.flatMap((g) => g.gloss.toLowerCase().match(/[a-z]+/g) ?? [])];
  const noun = spelled.find((word) => word.length > 2 && wordRoot(word) === wordRoot(head));
  if (!noun) return undefined;
  return {
    name: 'bulk_rows_counted',
    passed: false,
    detail: `the question counts ${phrase.join(' ')}, named by a value ${bareName(counted.name)} rows are picked by, and each row holds ${bulk.name} of them; the SQL counts the rows, not the things`,
  };
};

/** "came", "found", "recorded", "sell": a verb after the noun ends its phrase; a plural ("roosts") stays a noun. */
function isVerbForm(word: string): boolean {
  if (IRREGULAR_VERBS[word] !== undefined || /ed$/.test(word)) return true;
  return !/s$/.test(word) && primaryPartOfSpeech(word) === 'verb';
}

function isCount(node: TreeNode): boolean {
  const aggregate = aggregateOf(node);
  if (aggregate) return aggregate.name === 'count' || aggregate.name === 'count_star';
  return node.class === 'CAST' ? isCount(node.child as TreeNode) : false;
}
