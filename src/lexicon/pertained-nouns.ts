import { readSynset, senseOffsets } from './wordnet-records.js';

const found = new Map<string, string[]>();

/**
 * The nouns an adjective pertains to, by WordNet 3.1's pertainym pointers, lower case with spaces: "French" → france,
 * "Italian" → italy. Empty for a word that is no such adjective. Reads a few lines of the WordNet files, only when called.
 */
export function pertainedNouns(adjective: string): string[] {
  const key = adjective.toLowerCase();
  let nouns = found.get(key);
  if (nouns) return nouns;
  nouns = [];
  for (const offset of senseOffsets('adj', key)) {
    for (const { symbol, target, pos } of readSynset('adj', offset).pointers) {
      if (symbol !== '\\' || pos !== 'n') continue;
      nouns.push(...readSynset('noun', target).lemmas.map((lemma) => lemma.replace(/_/g, ' ')));
    }
  }
  nouns = [...new Set(nouns)];
  found.set(key, nouns);
  return nouns;
}
