import { UsageError } from '../errors.js';
import { AUXILIARY_LEMMAS, BE_FORMS, DO_FORMS, GET_FORMS, HAVE_FORMS, MODALS } from '../lexicon/auxiliaries.js';
import { COORDINATORS, SUBORDINATORS } from '../lexicon/conjunctions.js';
import { ARTICLES, DEMONSTRATIVES, IDENTITY_WORDS, POSSESSIVE_DETERMINERS, QUANTIFIERS } from '../lexicon/determiners.js';
import { PARTICLES, PREPOSITIONS } from '../lexicon/prepositions.js';
import {
  INDEFINITE_PRONOUNS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  REFLEXIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  WH_EVER_WORDS,
  WH_WORDS,
} from '../lexicon/pronouns.js';
import { wordSet } from '../lexicon/word-set.js';
import { followUpFragment } from '../trust/follow-up-fragment.js';

/** The closed classes: words that carry grammar, never a thing a database could hold. */
const FUNCTION_WORDS = wordSet(
  ARTICLES, DEMONSTRATIVES, POSSESSIVE_DETERMINERS, QUANTIFIERS, IDENTITY_WORDS,
  PERSONAL_PRONOUNS, POSSESSIVE_PRONOUNS, REFLEXIVE_PRONOUNS, INDEFINITE_PRONOUNS, RELATIVE_PRONOUNS, WH_WORDS, WH_EVER_WORDS,
  BE_FORMS, HAVE_FORMS, DO_FORMS, GET_FORMS, MODALS, AUXILIARY_LEMMAS,
  PREPOSITIONS, PARTICLES, COORDINATORS, SUBORDINATORS,
);

/** A script whose one letter is a word ("谁"): a single letter of it is not a stray key. */
const WORD_PER_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/**
 * Why a question typed at the command line, in chat or on a batch line asks nothing, or undefined when it may ask
 * something: every word is one letter ("x", "a b": a stray key, a test) or a function word ("the", "what", "how
 * many", "who are they"). Such a task used to run and end `unsure` on `SELECT * FROM <some table>`, as if sluice had
 * half understood it; it is refused before a run, like an empty task. Only the command line's entry points ask this:
 * the library and the bench run what they are given and let the model decline.
 */
export function contentlessTaskMessage(text: string): string | undefined {
  const words = text.toLowerCase().match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  if (words.length === 0) return undefined;
  const asks = words.some((word) => (word.length >= 2 || WORD_PER_LETTER.test(word)) && !FUNCTION_WORDS.has(word.replace(/’/g, "'")));
  if (asks) return undefined;
  const shown = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  if (followUpFragment(text) !== undefined) {
    return `the task "${shown}" reads as a follow-up to an earlier question, and there is none to follow; ask the whole question (sluice chat reads a follow-up with the question before it)`;
  }
  return `the task "${shown}" names nothing to look up; ask a question about the data in plain language (sluice schema shows what it holds)`;
}

/** Throws the refusal of contentlessTaskMessage as a usage error (exit 2). */
export function refuseContentlessTask(text: string): void {
  const message = contentlessTaskMessage(text);
  if (message) throw new UsageError(message);
}
