import type { TableSchema } from '../context/context-schema.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { phraseUntil } from '../models/offline/phrase-after.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { conjuncts, stringConstantsUnder } from '../sql-tree/string-constants.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { columnCodeGlosses } from './code-glosses.js';
import { FINITE_AUXILIARIES, MODALS } from '../lexicon/auxiliaries.js';
import { RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** Nouns of a part of a whole: "What share of …", "the percentage of …". */
const RATIO_NOUNS = /^(share|percentage|percent|proportion|fraction|ratio)$/;
/** Words that end the whole the ratio is taken of: its verb, or a relative pronoun. */
const SCOPE_END: ReadonlySet<string> = wordSet(
  FINITE_AUXILIARIES,
  pick(RELATIVE_PRONOUNS, 'that', 'who', 'which', 'whose'),
  pick(WH_WORDS, 'where'),
  pick(MODALS, 'can', 'will'),
);

/**
 * "What share of Bloc Shed's members are on the student plan?" is taken of Bloc Shed's members: the words after
 * "share of", up to its verb, name the whole. An SQL that puts 'Bloc Shed' only in the counted part
 * (`SUM(CASE WHEN gym_nm = 'Bloc Shed' AND plan_cd = 'STU' …) / SUM(1)`) divides by every member of every gym.
 * A code stands for the word its column's comment glosses it with: "What percentage of delivered jobs arrived late?"
 * answered by `SUM(CASE WHEN st_cd = 'DLV' AND late …) / SUM(1)` ('DLV delivered') divides by every job.
 */
export const checkShareScope: AnswerCheckRule = ({ question, tree, context }) => {
  if (!tree) return undefined;
  const words = questionWords(question);
  const scope = scopeWords(words);
  if (scope.length === 0) return undefined;
  const ratios = tree.selectList.flatMap(divisions);
  const counted = ratios.flatMap(([numerator]) => picksOf(numerator)).flatMap(stringConstantsUnder);
  if (counted.length === 0) return undefined;
  // A value the WHERE or the divisor tests too restricts the whole as well.
  const restricted = new Set([...conjuncts(tree.where), ...ratios.map(([, denominator]) => denominator)].flatMap(stringConstantsUnder));
  const roots = new Set(scope.map((word) => wordRoot(word.text)));
  const nounPhrase = new Set(beforeVerb(scope).map((word) => wordRoot(word.text)));
  const whole = counted.find((value) => {
    if (restricted.has(value)) return false;
    const parts = value.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(wordRoot);
    if (parts.length > 0 && parts.every((part) => roots.has(part))) return true;
    // A code a column's comment glosses ("DLV delivered") is the whole when its gloss opens with a word of it.
    return glossesOf(value, context.table_schemas).some((gloss) => nounPhrase.has(wordRoot(gloss)));
  });
  if (whole === undefined) return undefined;
  return {
    name: 'share_scope',
    passed: false,
    detail: `the question takes the share of "${scope.map((w) => w.text).join(' ')}", but the SQL tests '${whole}' only in the part it counts, so it divides by every row rather than by those`,
  };
};

function isVerb(word: string): boolean {
  if (IRREGULAR_VERBS[word] !== undefined) return true;
  if (/ed$/.test(word)) return true;
  return primaryPartOfSpeech(word) === 'verb';
}

/** The first word of each gloss the linked columns' comments give the code `value` ("delivered" for 'DLV'). */
function glossesOf(value: string, tables: readonly TableSchema[]): string[] {
  return columnCodeGlosses(tables).flatMap(({ code, first }) => (code === value && first ? [first] : []));
}

/** The words naming the whole: after "share / percentage … of", up to its verb or the clause's end. */
function scopeWords(words: QuestionWord[]): QuestionWord[] {
  const at = words.findIndex((word, i) => RATIO_NOUNS.test(word.text) && words[i + 1]?.text === 'of');
  return at < 0 ? [] : phraseUntil(words.slice(at + 2), (text) => SCOPE_END.has(text));
}

/**
 * The noun phrase that opens the whole, which a code's gloss must come from: "booked appointments ended up being
 * cancelled", "bookings got cancelled", "leases come with …" end at their verb (a participle before the noun describes
 * it, and a capitalised word is a name: "Bloc Shed's members").
 */
function beforeVerb(phrase: QuestionWord[]): QuestionWord[] {
  const verb = phrase.findIndex((word, k) => k > 0 && !word.capitalized && !/ed$/.test(phrase[k - 1]!.text) && isVerb(word.text));
  return verb < 0 ? phrase : phrase.slice(0, verb);
}

/** The numerator and divisor of each division outside subqueries. */
function divisions(node: unknown): [TreeNode, TreeNode][] {
  if (Array.isArray(node)) return node.flatMap(divisions);
  if (!node || typeof node !== 'object') return [];
  const tree = node as TreeNode;
  if (tree.class === 'SUBQUERY') return [];
  const [numerator, denominator] = (tree.children as TreeNode[] | undefined) ?? [];
  if (tree.class === 'FUNCTION' && tree.function_name === '/' && numerator && denominator) return [[numerator, denominator]];
  return Object.values(tree).flatMap(divisions);
}

/** The conditions that pick the counted rows: CASE WHEN tests and aggregate FILTERs. */
function picksOf(node: unknown): TreeNode[] {
  if (Array.isArray(node)) return node.flatMap(picksOf);
  if (!node || typeof node !== 'object') return [];
  const tree = node as TreeNode;
  if (tree.class === 'SUBQUERY') return [];
  const own: TreeNode[] = [];
  if (tree.class === 'CASE') own.push(...((tree.case_checks as TreeNode[]) ?? []).map((check) => check.when_expr as TreeNode));
  if (tree.class === 'FUNCTION' && tree.filter) own.push(tree.filter as TreeNode);
  return [...own, ...Object.values(tree).flatMap(picksOf)];
}

