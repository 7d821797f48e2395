import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { nounDepth } from './noun-depth.js';
import { nounHypernyms } from './noun-hypernyms.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

/** Steps from a concept to the root this far or more make it specific: "municipality" (7), not "artifact" (4). */
const SPECIFIC_DEPTH = 7;

/** The synset of a word's first noun sense (its dictionary form's), if WordNet knows it as a noun. */
const firstSense = (word: string): number | undefined => baseForms(word).map((form) => senseOffsets('noun', form)[0]).find((offset) => offset !== undefined);

/** Whether a noun synset is a physical entity (a place, a person, an object), by its first hypernyms. */
function physical(offset: number): boolean {
  for (let at: number | undefined = offset; at !== undefined; at = nounHypernyms(at)[0]) if (readSynset('noun', at).lemmas.includes('physical_entity')) return true;
  return false;
}

/**
 * Words whose first noun sense shares a specific parent with this word's first sense ("town" and "city", both a
 * municipality): things a question names one for the other, as a town is stored in a city column. Only physical
 * things: abstract siblings are told apart by what they are ("premium" and "subscription" are different payments,
 * "colour" and "size" different properties). A lemma counts only when the sibling is its own first sense too ("city"
 * is first a municipality; not a word that only rarely means the sibling).
 */
export const firstSenseSiblings = memoByWord((key): Set<string> => {
  const siblings = new Set<string>();
  const own = firstSense(key);
  if (own === undefined) return siblings;
  for (const parent of nounHypernyms(own)) {
    if (nounDepth(parent) < SPECIFIC_DEPTH || !physical(parent)) continue;
    for (const pointer of readSynset('noun', parent).pointers) {
      if (pointer.pos !== 'n' || pointer.symbol !== '~' || pointer.target === own) continue;
      for (const lemma of readSynset('noun', pointer.target).lemmas) if (senseOffsets('noun', lemma)[0] === pointer.target) siblings.add(lemma);
    }
  }
  return siblings;
});
