import { inflectionBases } from '../../lexicon/derived-forms.js';
import { IRREGULAR_VERBS } from '../../lexicon/irregular-verbs.js';
import { senseOffsets } from '../../lexicon/wordnet-records.js';
import { AUXILIARY_LEMMAS } from '../../lexicon/auxiliaries.js';
import { wordSet } from '../../lexicon/word-set.js';

const AUXILIARIES: ReadonlySet<string> = wordSet(AUXILIARY_LEMMAS);

/** "used", "ordered", "sold": a past participle of a verb WordNet knows (not "is", "had"), so "not used by" negates a verb. */
export function isParticiple(word: string): boolean {
  const irregular = IRREGULAR_VERBS[word];
  if (irregular) return !AUXILIARIES.has(irregular);
  if (!/[a-z]{2,}ed$/.test(word)) return false;
  return inflectionBases(word).some((base) => base !== word && senseOffsets('verb', base).length > 0);
}
