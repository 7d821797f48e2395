import { hasSense } from '../lexicon/has-sense.js';
import { IRREGULAR_VERBS } from '../lexicon/irregular-verbs.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { FINITE_AUXILIARIES } from '../lexicon/auxiliaries.js';
import { ARTICLES, IDENTITY_WORDS, POSSESSIVE_DETERMINERS } from '../lexicon/determiners.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { RELATIVE_PRONOUNS, WH_WORDS } from '../lexicon/pronouns.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** Determiners that leave only a noun to follow, or a superlative of merit and then a noun. */
const DETERMINERS: ReadonlySet<string> = wordSet(ARTICLES, pick(IDENTITY_WORDS, 'another'), POSSESSIVE_DETERMINERS);
/** Superlatives of merit, after which a noun names who or what is judged ("the best advocate"). */
const MERIT = /^(best|worst|greatest|finest)$/;
/** What may follow the noun that ends a phrase: a preposition, an auxiliary or a relative pronoun. */
const AFTER_PHRASE: ReadonlySet<string> = wordSet(
  pick(PREPOSITIONS, 'of', 'for', 'on', 'in', 'at', 'by', 'to', 'from', 'with', 'during', 'since', 'over', 'under', 'than'),
  pick(RELATIVE_PRONOUNS, 'who', 'whom', 'that', 'which'),
  pick(WH_WORDS, 'where', 'when'),
  FINITE_AUXILIARIES,
);

/**
 * Whether the word is the noun a possessive, "another" or a superlative of merit after a determiner opens ("Simona
 * Halep's coach", "another firm", "the best advocate"), though English mostly uses it as a verb or an adjective: no
 * verb comes there, and an adjective there that ends the phrase (before a verb, a preposition or the end of the
 * clause) has no noun to describe. Such a word names a thing as any noun does. Not after any determiner: "Which
 * sponsors …", "What share …", "a deposit", "the biggest crowd" name things a column holds under another name too
 * often to decline on (tried: 14 more false declines over the read sets).
 */
export function isDeterminedNoun(question: string, word: QuestionWord): boolean {
  if (/(ed|ing)$/.test(word.text) || IRREGULAR_VERBS[word.text] !== undefined) return false;
  // The two words right before it, each with the possessive ending it may have ("Halep's", "customers'").
  const text = question.slice(0, word.offset);
  const pair = [...text.matchAll(/([A-Za-z]+)(['’]s?)?\s+/g)].slice(-2);
  const last = pair.at(-1);
  if (!last || last.index! + last[0].length !== text.length) return false;
  const first = pair.length === 2 && pair[0]!.index! + pair[0]![0].length === last.index ? pair[0] : undefined;
  // "Halep's coach", "another firm": after a possessive or "another" only a noun phrase comes.
  const owns = (match: RegExpMatchArray | undefined) => match !== undefined && (match[2] !== undefined || match[1]!.toLowerCase() === 'another');
  // "the best advocate", "their greatest rival": a determiner or possessive, then a superlative of merit.
  const judged = (match: RegExpMatchArray | undefined) => match !== undefined && (DETERMINERS.has(match[1]!.toLowerCase()) || match[2] !== undefined);
  const opened = owns(last) || (judged(first) && last[2] === undefined && MERIT.test(last[1]!.toLowerCase()));
  if (!opened || !hasSense('noun', word.text)) return false;
  if (primaryPartOfSpeech(word.text) !== 'adj') return true;
  return endsPhrase(question, word);
}

/** The word ends its noun phrase: punctuation or the end follows, or a preposition, auxiliary, relative pronoun or verb. */
function endsPhrase(question: string, word: QuestionWord): boolean {
  if (word.clauseEnd) return true;
  const next = /^\s*([A-Za-z]+)/.exec(question.slice(word.offset + word.text.length))?.[1]?.toLowerCase();
  return next === undefined || AFTER_PHRASE.has(next) || /ed$/.test(next) || primaryPartOfSpeech(next) === 'verb';
}
