import { stemWord } from '../../catalog/stem-word.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';

/** The word's stem and the stems of the bases it inflects ("paying" → pay, "leased" → lease). */
export function wordForms(word: string): string[] {
  return [...new Set([stemWord(word), ...inflectionBases(word).map(stemWord)])];
}
