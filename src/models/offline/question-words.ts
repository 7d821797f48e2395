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
  /** Written with a capital inside the sentence ("from California"): a name, so a value rather than a word for a column. */
  capitalized?: boolean;
}

/** The question's words in order, lower-cased and stemmed for plurals. */
export function questionWords(question: string): QuestionWord[] {
  const words: QuestionWord[] = [];
  for (const match of question.matchAll(/[A-Za-z0-9]+(?:['’][A-Za-z]+)?/g)) {
    const offset = match.index ?? 0;
    const text = match[0].toLowerCase().replace(/['’]s$/, '');
    const after = question.slice(offset + match[0].length).trimStart();
    const sentenceStart = words.length === 0 || words.at(-1)!.clauseEnd;
    words.push({ text, stem: stemWord(text), index: words.length, offset, clauseEnd: /^[,;:.?!()]/.test(after), capitalized: !sentenceStart && /^[A-Z]/.test(match[0]) });
  }
  return words;
}
