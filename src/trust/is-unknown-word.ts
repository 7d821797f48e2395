import { derivedForms } from '../lexicon/derived-forms.js';
import { isClosedCompound } from './closed-compound.js';

/**
 * Whether no dictionary knows a word, so it may be a short or misspelt column name ("qty", "sname"), too weak a sign to
 * decline on. Two words the dictionary knows run together ("headteachers": head, teachers) are a word English writes
 * closed, however WordNet lists it, and name a thing as the two words would.
 */
export function isUnknownWord(text: string): boolean {
  return derivedForms(text).size === 0 && !isClosedCompound(text);
}
