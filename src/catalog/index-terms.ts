import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { STOP_WORDS } from './stop-words.js';

/**
 * The search terms of a piece of text: identifiers split into words, stop words dropped, plurals stemmed. Prose (a
 * doc passage) passes `writtenWords`, so that none of its words is read as a name's shorthand.
 */
export function indexTerms(text: string, split: (text: string) => string[] = splitIdentifier): string[] {
  const terms: string[] = [];
  for (const word of split(text)) {
    if (STOP_WORDS.has(word)) continue;
    terms.push(stemWord(word));
  }
  return terms;
}
