import { isEnglishWord } from './is-english-word.js';
import { sharesSynset } from './shares-synset.js';

/**
 * Whether `written`, a letter or two away from `known`, is an English word of its own rather than a misspelling or a
 * spelling variant of it: "score" is not "store", while "custmer" is "customer" and "colour" is "color".
 */
export function otherEnglishWord(written: string, known: string): boolean {
  return written !== known && isEnglishWord(written) && isEnglishWord(known) && !sharesSynset(written, known);
}
