import { primaryPartOfSpeech } from '../../lexicon/primary-part-of-speech.js';
import type { QuestionWord } from './question-words.js';

/** Nouns that say which statistic of a count is asked ("the median number of visits"), not which number a row holds. */
const STATISTIC_NOUNS = new Set(['median', 'mean', 'average', 'total', 'sum', 'maximum', 'minimum', 'max', 'min', 'record', 'count', 'overall']);

/**
 * "the name and badge number of every driver", "the GPhC number of each pharmacist": a noun (or a capitalised name)
 * right before "number" says which number a row holds — a column — so "number of" does not ask to count there.
 */
export function namedNumber(words: readonly QuestionWord[], numberAt: number): boolean {
  const modifier = words[numberAt - 1];
  if (!modifier || modifier.clauseEnd || STATISTIC_NOUNS.has(modifier.text) || /^\d/.test(modifier.text)) return false;
  return modifier.capitalized === true || primaryPartOfSpeech(modifier.text) === 'noun';
}
