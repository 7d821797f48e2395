import type { QuestionWord } from './question-words.js';

/** The word is written with a possessive ending: "gym's", "customers'". */
export function possessive(text: string, word: QuestionWord): boolean {
  return /^['’]s?(?![A-Za-z])/.test(text.slice(word.offset + word.text.length));
}
