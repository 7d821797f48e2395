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
  const forms = baseForms(key);
  // "cutest" is a form of the adjective "cute", not of the verb "cut": only an adjective takes -est.
  const stems = superlativeStems(key);
  for (const part of ['noun', 'verb', 'adj'] as const) {
    const senses = Math.max(0, ...forms.filter((form) => part === 'adj' || !stems.has(form)).map((form) => taggedSenses(part, form)));
    if (senses > most) [best, most] = [part, senses];
  }
  primary.set(key, best);
  return best;
}

/** The stems baseForms strips an -est ending to ("cut" and "cute" of "cutest", "big" of "biggest", "happy" of "happiest"). */
function superlativeStems(word: string): Set<string> {
  if (!word.endsWith('est')) return new Set();
  return new Set([word.slice(0, -3), word.slice(0, -2), word.slice(0, -4), `${word.slice(0, -4)}y`]);
}
