import { inflectionBases } from './derived-forms.js';
import { hasSense } from './has-sense.js';

/** English words of two letters, which WordNet does not list as such: "no" alone in a text is no number. */
export const TWO_LETTER_WORDS: ReadonlySet<string> = new Set(['am', 'an', 'as', 'at', 'be', 'by', 'do', 'go', 'he', 'hi', 'if', 'in', 'is', 'it', 'me', 'my', 'no', 'of', 'oh', 'ok', 'on', 'or', 'so', 'to', 'up', 'us', 'we']);

const MAX_REMEMBERED = 50_000;
const wordness = new Map<string, boolean>();

/** Whether WordNet knows a lower-case word of three letters or more, or a base form of it, as a noun, verb or adjective. */
export function isEnglishWord(part: string): boolean {
  if (part.length <= 2) return false;
  let known = wordness.get(part);
  if (known === undefined) {
    known = inflectionBases(part).some((form) => hasSense('noun', form) || hasSense('verb', form) || hasSense('adj', form));
    if (wordness.size >= MAX_REMEMBERED) wordness.clear();
    wordness.set(part, known);
  }
  return known;
}
