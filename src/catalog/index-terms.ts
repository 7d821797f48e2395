import { splitIdentifier } from './split-identifier.js';
import { stemWord } from './stem-word.js';
import { STOP_WORDS } from './stop-words.js';

/** The search terms of a piece of text: identifiers split into words, stop words dropped, plurals stemmed. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of splitIdentifier(text)) {
    if (STOP_WORDS.has(word)) continue;
    terms.push(stemWord(word));
  }
  return terms;
}
