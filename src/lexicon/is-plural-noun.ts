import { memoByWord } from './memo-by-word.js';
import { wordnetFiles } from './wordnet-files.js';

/** "finals", "regulars": a plural noun, where the word as written is no adjective but its singular is a noun. */
export const isPluralNoun = memoByWord(
  (text): boolean => /[^s]s$/.test(text) && wordnetFiles().indexLine('adj', text) === undefined && wordnetFiles().indexLine('noun', text.slice(0, -1)) !== undefined,
);
