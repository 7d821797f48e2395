import { baseForms } from './related-nouns.js';
import { taggedSenses } from './tagged-senses.js';
import type { WordnetPart } from './wordnet-files.js';

export type PartOfSpeech = WordnetPart;

const primary = new Map<string, PartOfSpeech | undefined>();

/**
 * The part of speech a word is mostly used as, by the senses WordNet's tagged corpus saw of each: "full" and "left"
 * are mostly adjectives, "offer" mostly a verb, "singer" a noun. Undefined when WordNet has no tagged sense of it.
 */
export function primaryPartOfSpeech(word: string): PartOfSpeech | undefined {
  const key = word.toLowerCase();
  if (primary.has(key)) return primary.get(key);
  let best: PartOfSpeech | undefined;
  let most = 0;
  for (const part of ['noun', 'verb', 'adj'] as const) {
    const senses = Math.max(0, ...baseForms(key).map((form) => taggedSenses(part, form)));
    if (senses > most) [best, most] = [part, senses];
  }
  primary.set(key, best);
  return best;
}
