import { inflectionBases } from './derived-forms.js';
import { hasSense } from './has-sense.js';
import { memoByWord } from './memo-by-word.js';

/** English words of two letters, which WordNet does not list as such: "no" alone in a text is no number. */
export const TWO_LETTER_WORDS: ReadonlySet<string> = new Set(['am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh', 'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);

const knownToWordNet = memoByWord((word) => inflectionBases(word).some((form) => hasSense('noun', form) || hasSense('verb', form) || hasSense('adj', form)));

/** Whether WordNet knows a word of three letters or more, or a base form of it, as a noun, verb or adjective. */
export function isEnglishWord(part: string): boolean {
  return part.length > 2 && knownToWordNet(part);
}
