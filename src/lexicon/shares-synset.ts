import { inflectionBases } from './derived-forms.js';
import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { senseOffsets } from './wordnet-records.js';

/** Every WordNet sense of a word as noun, verb or adjective, through its plural and inflected base forms. */
const senses = memoByWord((word): Set<string> => {
  const forms = new Set([...baseForms(word), ...inflectionBases(word)]);
  const found = new Set<string>();
  for (const part of ['noun', 'verb', 'adj'] as const) for (const form of forms) for (const offset of senseOffsets(part, form)) found.add(`${part}${offset}`);
  return found;
});

/** "telephone" and phone, "yearly" and annual, "seized" and captured: two words WordNet puts in one synonym set. */
export function sharesSynset(a: string, b: string): boolean {
  const mine = senses(a.toLowerCase());
  if (mine.size === 0) return false;
  for (const sense of senses(b.toLowerCase())) if (mine.has(sense)) return true;
  return false;
}
