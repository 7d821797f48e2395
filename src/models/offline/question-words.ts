import { stemWord } from '../../catalog/stem-word.js';

export interface QuestionWord {
  /** Lower-case text of the word. */
  text: string;
  stem: string;
  /** Position among the question's words. */
  index: number;
  /** Character offset in the question. */
  offset: number;
  /** Punctuation (, ; : . ? !) follows the word, so a phrase cannot run past it. */
  clauseEnd: boolean;
}

/** The question's words in order, lower-cased and stemmed for plurals. */
export function questionWords(question: string): QuestionWord[] {
  const words: QuestionWord[] = [];
  for (const match of question.matchAll(/[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g)) {
    const offset = match.index ?? 0;
    const text = match[0].toLowerCase().replace(/['’]s$/, '');
    const after = question.slice(offset + match[0].length).trimStart();
    words.push({ text, stem: stemWord(text), index: words.length, offset, clauseEnd: /^[,;:.?!()]/.test(after) });
  }
  return words;
}
