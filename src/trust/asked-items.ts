import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { hasSense } from '../lexicon/has-sense.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { AUXILIARY_LEMMAS, BE_FORMS, DO_FORMS, GET_FORMS, HAVE_FORMS, MODALS } from '../lexicon/auxiliaries.js';
import { pick, wordSet } from '../lexicon/word-set.js';
import { ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { INDEFINITE_PRONOUNS, PERSONAL_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';
import { COORDINATORS as ENGLISH_COORDINATORS } from '../lexicon/conjunctions.js';
import { PREPOSITIONS as ENGLISH_PREPOSITIONS } from '../lexicon/prepositions.js';
import { FOCUS_ADVERBS, PRO_ADVERBS } from '../lexicon/function-adverbs.js';

export interface AskedItem {
  /** The noun phrase asked for ("ad spend"), or the verb a "how much" clause asks about ("paid"). */
  words: QuestionWord[];
  head: QuestionWord;
}

const DETERMINERS: ReadonlySet<string> = wordSet(
  ARTICLES,
  DEMONSTRATIVES,
  POSSESSIVE_DETERMINERS,
  pick(QUANTIFIERS, 'each', 'every', 'all', 'any', 'some'),
);
const AUXILIARIES: ReadonlySet<string> = wordSet(
  AUXILIARY_LEMMAS,
  pick(BE_FORMS, 'is', 'are', 'was', 'were', 'been', 'being'),
  pick(DO_FORMS, 'does', 'did'),
  pick(HAVE_FORMS, 'has', 'had'),
  pick(MODALS, 'will', 'would', 'can', 'could', 'should'),
  pick(GET_FORMS, 'get', 'got'),
);
const PRONOUNS: ReadonlySet<string> = wordSet(
  pick(PERSONAL_PRONOUNS, 'they', 'them', 'it', 'he', 'she', 'we', 'you', 'i'),
  pick(INDEFINITE_PRONOUNS, 'one', 'ones'),
  pick(PRO_ADVERBS, 'there'),
);
const PREPOSITIONS: ReadonlySet<string> = wordSet(
  pick(ENGLISH_PREPOSITIONS, 'of', 'for', 'on', 'in', 'at', 'by', 'to', 'from', 'with', 'without', 'behind', 'per', 'across', 'over', 'under', 'between', 'among', 'during', 'since', 'after', 'before', 'within', 'about', 'against', 'via', 'than', 'like', 'into', 'onto', 'through'),
  RELATIVE_PRONOUNS,
  WH_WORDS,
  ENGLISH_COORDINATORS,
  pick(FOCUS_ADVERBS, 'also'),
  pick(PRO_ADVERBS, 'then'),
);
/** Words that join one asked item to the next. */
const COORDINATORS: readonly (readonly string[])[] = [['as', 'well', 'as'], ['along', 'with'], ['together', 'with'], ['and']];

/**
 * The things a coordinated question asks for, one per conjunct (after "and", "as well as", "along with", "together
 * with", or a comma before a determiner or wh-word): "the name and age", "orders per channel and the
 * ad spend behind each channel", "revenue by state and by household income", "which products sold best, and what
 * was the ad spend on each", "the players and how much they were paid". Conjuncts that are predicates ("older than
 * 30 and live in France") or whole commands ("and sort them by age") ask for nothing new and give no item.
 */
export function askedItems(words: readonly QuestionWord[], question = ''): AskedItem[] {
  const items: AskedItem[] = [];
  for (let i = 0; i < words.length; i++) {
    const length = coordinatorAt(words, i);
    if (length === 0 && !afterListComma(words, i, question)) continue;
    // "between 10 and 20": a range inside one condition.
    if (words[i - 2]?.text === 'between') continue;
    const right = itemAfter(words, i + length);
    if (!right) continue;
    items.push(right.item);
    if (!right.clause) {
      const left = itemBefore(words, i);
      if (left) items.push(left);
    }
    i += Math.max(length - 1, 0);
  }
  const seen = new Set<number>();
  return items.filter((item) => !seen.has(item.head.index) && seen.add(item.head.index));
}

/** "the revenue per city, the ad spend per city", "…, what was the rent of each?": a comma before a determiner or a wh-word joins two asks. */
function afterListComma(words: readonly QuestionWord[], at: number, question: string): boolean {
  const before = words[at - 1];
  const word = words[at];
  if (!before || !word || question[before.offset + before.text.length] !== ',') return false;
  return ['what', 'which', 'how', 'the', 'their', 'its', 'his', 'her'].includes(word.text);
}

function coordinatorAt(words: readonly QuestionWord[], at: number): number {
  const match = COORDINATORS.find((c) => c.every((text, k) => words[at + k]?.text === text));
  return match ? match.length : 0;
}

/** The item a conjunct asks for, and whether the conjunct is a clause of its own (a second question). */
function itemAfter(words: readonly QuestionWord[], from: number): { item: AskedItem; clause: boolean } | undefined {
  let at = from;
  const first = words[at];
  if (!first) return undefined;
  if (first.text === 'how') {
    const next = words[at + 1];
    if (!next) return undefined;
    if (next.text === 'much' || next.text === 'many') {
      at += 2;
      // "how many templates correspond to each": the noun phrase ends at its verb.
      const phrase = nounPhrase(words, at, true, true);
      if (phrase) return { item: phrase, clause: true };
      while (words[at] && (AUXILIARIES.has(words[at]!.text) || PRONOUNS.has(words[at]!.text) || DETERMINERS.has(words[at]!.text))) at++;
      const verb = words[at];
      return verb && !FILLER_WORDS.has(verb.text) && !PREPOSITIONS.has(verb.text) ? { item: { words: [verb], head: verb }, clause: true } : undefined;
    }
    return undefined;
  }
  if (first.text === 'what' || first.text === 'which') {
    at++;
    while (words[at] && (AUXILIARIES.has(words[at]!.text) || DETERMINERS.has(words[at]!.text))) at++;
    const phrase = nounPhrase(words, at, true);
    return phrase ? { item: phrase, clause: true } : undefined;
  }
  if (PREPOSITIONS.has(first.text) && first.text !== 'by' && first.text !== 'per') return undefined;
  // "and show their teams": a new command's object is the item.
  const second = words[at + 1]?.text ?? '';
  if (FILLER_WORDS.has(first.text) && (primaryPartOfSpeech(first.text) === 'verb' || DETERMINERS.has(second) || PRONOUNS.has(second))) at++;
  if (words[at]?.text === 'by' || words[at]?.text === 'per') at++;
  const determined = at > from || DETERMINERS.has(words[at]?.text ?? '');
  while (words[at] && DETERMINERS.has(words[at]!.text)) at++;
  const phrase = nounPhrase(words, at, determined);
  return phrase ? { item: phrase, clause: false } : undefined;
}

/** The noun phrase that ends right before the coordinator: "name" in "the name and age". */
function itemBefore(words: readonly QuestionWord[], coordinator: number): AskedItem | undefined {
  let start = coordinator;
  while (start > 0 && isPhraseWord(words[start - 1]!) && (start === coordinator || !words[start - 1]!.clauseEnd)) start--;
  if (start === coordinator) return undefined;
  const before = words[start - 1]?.text ?? '';
  return headed(words.slice(start, coordinator), DETERMINERS.has(before) || before === 'by' || before === 'per');
}

/** Words from `at` up to a preposition, auxiliary, pronoun or the end of the clause (or, with `beforeVerb`, a verb). */
function nounPhrase(words: readonly QuestionWord[], at: number, determined: boolean, beforeVerb = false): AskedItem | undefined {
  const phrase: QuestionWord[] = [];
  for (let k = at; k < words.length && isPhraseWord(words[k]!); k++) {
    if (beforeVerb && phrase.length > 0 && primaryPartOfSpeech(words[k]!.text) === 'verb') break;
    phrase.push(words[k]!);
    if (words[k]!.clauseEnd) break;
  }
  return headed(phrase, determined);
}

function isPhraseWord(word: QuestionWord): boolean {
  return !PREPOSITIONS.has(word.text) && !AUXILIARIES.has(word.text) && !PRONOUNS.has(word.text) && !DETERMINERS.has(word.text);
}

/**
 * A phrase asks for a thing when its last word follows a determiner or can be a noun, and is not mostly an adjective, unless it is a lone
 * word, mostly a verb, with no determiner before it: "older" or "live in France" after "and" state a condition.
 */
function headed(phrase: QuestionWord[], determined: boolean): AskedItem | undefined {
  const head = phrase.at(-1);
  if (!head || (!determined && !hasSense('noun', head.text))) return undefined;
  const part = primaryPartOfSpeech(head.text);
  if (part === 'adj' || (part === 'verb' && !determined && phrase.length === 1)) return undefined;
  return { words: phrase, head };
}
