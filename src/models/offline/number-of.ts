import type { QuestionWord } from './question-words.js';
import { wordTable } from '../../own-entry.js';

const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, fifty: 50, hundred: 100,
});

/** A whole number written in digits or as a word ("3", "three"). */
export function numberOf(word: QuestionWord | undefined): number | undefined {
  if (!word) return undefined;
  if (/^\d+$/.test(word.text)) return Number(word.text);
  return NUMBER_WORDS[word.text];
}
