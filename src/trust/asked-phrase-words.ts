import { BE_FORMS, DO_FORMS, HAVE_FORMS, MODALS } from '../lexicon/auxiliaries.js';
import { ARTICLES, DEMONSTRATIVES, IDENTITY_WORDS, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { wordSet } from '../lexicon/word-set.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { LISTING_VERBS } from './check-key-for-name.js';

/** Words that open the noun phrase without restricting it: determiners, numbers, "of" after "how many". */
const OPENERS: ReadonlySet<string> = wordSet(ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS, IDENTITY_WORDS, ['of', 'me', 'us']);
/** Auxiliaries and modals: a word of the verb, never of the noun phrase. */
export const VERBS: ReadonlySet<string> = wordSet(BE_FORMS, HAVE_FORMS, DO_FORMS, MODALS);
/** Adjectives that say how the rows are counted or told apart, not which rows (requested-items.ts reads them as DISTINCT). */
export const HOW_COUNTED: ReadonlySet<string> = new Set(['different', 'distinct', 'unique', 'separate', 'individual', 'total', 'whole', 'entire']);
/** The words a modifier may stand between: at most this many before the noun that names the table. */
export const MAX_MODIFIERS = 2;

/**
 * Where the noun phrase the question asks for starts ("how many trade customers", "list the organic orders"): the
 * first clause's words and the position after its opening ("how many", an opening "which / what", a listing verb)
 * and the determiners that follow it.
 */
export function askedPhraseOpening(sentence: readonly QuestionWord[]): { words: readonly QuestionWord[]; at: number } | undefined {
  const end = sentence.findIndex((word) => word.clauseEnd);
  const words = end < 0 ? sentence : sentence.slice(0, end + 1);
  const start = phraseStart(words);
  if (start === undefined) return undefined;
  let at = start;
  while (at < words.length && OPENERS.has(words[at]!.text) && !words[at]!.clauseEnd) at++;
  return { words, at };
}

/**
 * The words of the noun phrase the question asks for: after its opening, determiners and "different / total …", at
 * most MAX_MODIFIERS words and the noun, up to "of", a verb or the clause's end.
 */
export function askedPhraseWords(sentence: readonly QuestionWord[]): string[] | undefined {
  const opening = askedPhraseOpening(sentence);
  if (!opening) return undefined;
  const { words } = opening;
  let { at } = opening;
  while (at < words.length && (OPENERS.has(words[at]!.text) || HOW_COUNTED.has(words[at]!.text)) && !words[at]!.clauseEnd) at++;
  const phrase: string[] = [];
  for (const word of words.slice(at, at + MAX_MODIFIERS + 1)) {
    if (word.text === 'of' || VERBS.has(word.text)) break;
    phrase.push(word.text);
    if (word.clauseEnd) break;
  }
  return phrase;
}

/** Where the asked noun phrase starts: after "how many", after an opening "which / what", or after a listing verb. */
function phraseStart(words: readonly QuestionWord[]): number | undefined {
  const first = words[0]?.text;
  if (first === 'how' && words[1]?.text === 'many') return 2;
  if ((first === 'which' || first === 'what') && !words[0]!.clauseEnd) return 1;
  if (first && LISTING_VERBS.has(first)) return 1;
  return undefined;
}
