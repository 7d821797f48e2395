import { baseForms } from './related-nouns.js';
import { wordnetFiles, type WordnetPart } from './wordnet-files.js';

/** Whether WordNet knows the word, or a base form of it, in that part of speech at all. */
export function hasSense(pos: WordnetPart, text: string): boolean {
  return [text, ...baseForms(text)].some((form) => wordnetFiles().indexLine(pos, form) !== undefined);
}
