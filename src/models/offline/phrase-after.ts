import type { QuestionWord } from './question-words.js';

/** Words that end a short noun phrase ("by product category, excluding ..."). */
export const PHRASE_STOP = new Set([
  'and', 'or', 'with', 'where', 'in', 'for', 'from', 'during', 'excluding', 'including', 'considering', 'over', 'between',
  'since', 'last', 'this', 'on', 'at', 'that', 'who', 'which', 'sorted', 'ordered', 'than', 'to', 'as', 'after', 'before',
  'without', 'except', 'when', 'while', 'having', 'has', 'have', 'is', 'are', 'was', 'were', 'of', 'only', 'desc', 'asc',
  'by', 'per', 'across', 'within', 'versus', 'vs',
]);

/** Up to three words from `start` that name one thing, skipping a leading article. */
export function phraseAfter(words: readonly QuestionWord[], start: number): QuestionWord[] {
  const phrase: QuestionWord[] = [];
  for (let k = start; k < words.length && phrase.length < 3; k++) {
    const word = words[k]!;
    if (phrase.length === 0 && (word.text === 'the' || word.text === 'a' || word.text === 'each')) continue;
    if (PHRASE_STOP.has(word.text) || /^\d+$/.test(word.text)) break;
    phrase.push(word);
    if (word.clauseEnd) break;
  }
  return phrase;
}

/** The words up to the first that `ends` (not taken) or through the first that ends a clause: "the average [structure fire] in …". */
export function phraseUntil(words: readonly QuestionWord[], ends: (text: string) => boolean): QuestionWord[] {
  const phrase: QuestionWord[] = [];
  for (const word of words) {
    if (ends(word.text)) break;
    phrase.push(word);
    if (word.clauseEnd) break;
  }
  return phrase;
}
