import type { Context } from '../context/context-schema.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { hasSense } from '../lexicon/has-sense.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import type { AnswerCheckRule, AnswerFacts } from './answer-facts.js';
import type { SqlAggregate } from './sql-shape.js';
import { askedItems, type AskedItem } from './asked-items.js';
import { checkUnaddressed } from './check-unaddressed.js';
import { ROW_NOUNS } from './row-nouns.js';
import { sqlReadsSynonym } from './sql-reads-synonym.js';
import { sqlReadsWord } from './sql-reads-word.js';

/** Nouns that ask for a quantity of what they follow or precede, with the aggregates that compute it ("order count": COUNT). */
const QUANTITY_HEADS: readonly [RegExp, readonly SqlAggregate[]][] = [
  [/^(numbers?|counts?)$/, ['count']],
  [/^(totals?|sums?)$/, ['sum', 'count']],
  [/^(averages?|means?)$/, ['avg', 'sum']],
  [/^(maximum|max|highest|largest)$/, ['max']],
  [/^(minimum|min|lowest|smallest)$/, ['min']],
  [/^(amounts?|share|percentage|percent|proportion|ratio|median)$/, ['count', 'sum', 'avg', 'min', 'max']],
];

/**
 * Each item a coordinated question asks for ("products that sold best, and the ad spend on each", "revenue by
 * state and by household income") must be answered: its head is read by the SQL, or grounded in the namespace
 * (context.grounding) along with the nouns that modify it. An item that is neither was dropped from the SQL, so the
 * answer covers only part of the question.
 */
export const checkAskedItems: AnswerCheckRule = (facts) => {
  const words = questionWords(facts.question);
  if (!facts.context.grounding) return undefined;
  const items = askedItems(words, facts.question);
  if (items.length === 0) return undefined;
  const grounded = groundedWords(facts.context);
  const open = items.filter((item) => !answered(facts, item, grounded));
  // A word the unaddressed check already names is not named twice.
  const named = open.length > 0 ? (checkUnaddressed(facts)?.detail ?? '') : '';
  const unique = [...new Set(open.filter((item) => !named.includes(`"${item.head.text}`) && !named.includes(` ${item.head.text}"`)).map((item) => item.words.map((w) => w.text).join(' ')))];
  return unique.length === 0
    ? { name: 'asked_items', passed: true, detail: `every item the question asks for (${items.map((item) => `"${item.words.map((w) => w.text).join(' ')}"`).join(', ')}) is read by the SQL or grounded in the data` }
    : { name: 'asked_items', passed: false, detail: `the SQL does not address ${unique.map((p) => `"${p}"`).join(', ')}` };
};

function answered(facts: AnswerFacts, item: AskedItem, grounded: ReadonlyMap<number, boolean>): boolean {
  const { sql } = facts;
  const head = item.head;
  // "the number of templates" asks for a count; "version number" names an identifier.
  const quantity = item.words.length === 1 || !/^(numbers?|amounts?)$/.test(head.text) ? QUANTITY_HEADS.find(([pattern]) => pattern.test(head.text)) : undefined;
  if (quantity) return quantity[1].some((aggregate) => sql.aggregates.has(aggregate));
  if (readBySql(facts, head)) return true;
  const isGrounded = (w: QuestionWord): boolean => grounded.get(w.index) ?? !mayBeContent(w);
  if (!isGrounded(head)) return false;
  // "ad spend": the head links to something ("spend" as an amount), but a noun that narrows it links to nothing.
  return item.words.filter((w) => w !== head).every((w) => isGrounded(w) || readBySql(facts, w) || !isNoun(w.text));
}

function readBySql({ sql }: AnswerFacts, word: QuestionWord): boolean {
  return sqlReadsWord(word.text, sql.roots) || sqlReadsSynonym(word.text, sql.roots) || sql.literals.some((literal) => literal.includes(word.text));
}

/** A word grounding did not weigh (too short, a filler word) counts as content only when the dictionary knows it. */
function mayBeContent(word: QuestionWord): boolean {
  if (FILLER_WORDS.has(word.text) || ROW_NOUNS.test(word.text) || /\d/.test(word.text)) return false;
  return (['noun', 'verb', 'adj'] as const).some((part) => hasSense(part, word.text));
}

/** A noun that narrows the head ("ad" in "ad spend"): one WordNet files as a noun and that is not mostly a verb or adjective. */
function isNoun(text: string): boolean {
  const part = primaryPartOfSpeech(text);
  return part === 'noun' || (part === undefined && hasSense('noun', text));
}

/** By word index: whether grounding linked the word to anything; absent when grounding did not weigh it. */
function groundedWords(context: Context): Map<number, boolean> {
  const byIndex = new Map<number, boolean>();
  for (const { word, evidence } of context.grounding?.words ?? []) byIndex.set(word.index, evidence !== undefined);
  return byIndex;
}
