import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { bareName } from '../models/offline/bare-name.js';
import { wordRoot } from '../models/offline/word-root.js';
import { findTable } from '../models/offline/schema-lookup.js';
import { isSkeletonOf } from '../models/offline/is-skeleton-of.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { countedThings } from './counted-things.js';
import { holdsOtherSide } from './held-other-side.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { FINITE_AUXILIARIES, MODALS } from '../lexicon/auxiliaries.js';
import { QUANTIFIERS } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { RELATIVE_PRONOUNS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { tableNameWords } from '../models/offline/table-name-words.js';
import { wordsAndRoots } from '../models/offline/name-words-and-roots.js';

/** "how many <words>", "number of <words>", "no. of <words>": the words up to four after it. */
const COUNTED = /\b(?:how\s+many|(?:number|no\.?|count)\s+of)\s+((?:[a-z][a-z'-]*\s*){1,4})/i;

/** A verb, preposition or relative word ends the counted noun phrase: "orders did each branch take" counts orders. */
const CLAUSE_START: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARIES,
  pick(MODALS, 'can', 'could', 'will', 'would', 'should'),
  ['there'],
  pick(PREPOSITIONS, 'in', 'on', 'at', 'of', 'for', 'with', 'from', 'by', 'to', 'per', 'during', 'since', 'before', 'after', 'between', 'than'),
  pick(RELATIVE_PRONOUNS, 'that', 'who', 'which', 'whose'),
  pick(QUANTIFIERS, 'each', 'every'),
);

/**
 * "no. of apps granted" answered by COUNT(*) FROM app_comments JOIN applications: the rows a COUNT(*) over a join
 * counts are those of the table on the many side, whose key to the other table repeats. When the counted word names
 * the referenced table by the head of its name and not the table that references it, the count is of the wrong
 * rows (one per comment, not one per application).
 */
export const checkFannedCount: AnswerCheckRule = ({ question, sql, context, tree }) => {
  const words = COUNTED.exec(question)?.[1]?.toLowerCase().split(/\s+/) ?? [];
  const end = words.findIndex((word) => CLAUSE_START.has(word));
  const counted = words.slice(0, end < 0 ? words.length : end).filter((word) => word.length >= 3);
  if (!counted || counted.length === 0 || /\bcount\s*\(\s*distinct\b/.test(sql.code)) return undefined;
  const things = countedThings(tree, context.table_schemas);
  if (!things || things.columns.length > 0 || things.tables.length !== 1) return undefined;
  const child = findTable(context.table_schemas, things.tables[0]!);
  const joined = new Set(tree!.tables.map((table) => table.name));
  if (!child) return undefined;
  const roots = wordsAndRoots;
  // "How many comments …" counts the rows of app_comments; its modifier "app" names the table it belongs to.
  // "accounts" for trade_acct: the head as written and the word a listed short form of it stands for.
  const head = (name: string) => {
    const last = tableNameWords(name).at(-1)!;
    const expanded = listedExpansion(last);
    return roots(expanded && !expanded.includes(' ') ? [last, expanded] : [last]);
  };
  // "chargers" for dim_chgr: the last part of the name as written may be a skeleton of the counted word, vowels dropped.
  const written = (name: string) => bareName(name).toLowerCase().split(/[^a-z0-9]+/).at(-1) ?? '';
  const names = (word: string, name: string) => sqlReadsWord(word, head(name)) || isSkeletonOf(written(name), wordRoot(word));
  if (counted.some((word) => names(word, child.name))) return undefined;
  const referenced = child.columns.flatMap((column) => (column.references ? [findTable(context.table_schemas, column.references.split('.').slice(0, -1).join('.'))] : []));
  const parent = referenced.find(
    (table) => table !== undefined && table !== child && joined.has(bareName(table.name)) && counted.some((word) => names(word, table.name)),
  );
  if (!parent || holdsOtherSide(tree!, context.table_schemas, child, parent.name)) return undefined;
  return {
    name: 'fanned_count',
    passed: false,
    detail: `the question counts ${bareName(parent.name)}, but COUNT(*) over the join counts the rows of ${bareName(child.name)}, several for each of them`,
  };
};
