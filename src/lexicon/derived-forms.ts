import { IRREGULAR_VERBS } from './irregular-verbs.js';
import { baseForms } from './related-nouns.js';
import type { WordnetPart } from './wordnet-files.js';
import { memoByWord } from './memo-by-word.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

const PARTS: Record<string, WordnetPart> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj' };

/** Dictionary forms of an inflected word, verbs included: "sponsored" → sponsor, "planned" → plan, "owns" → own, "sang" → sing. */
export function inflectionBases(word: string): string[] {
  const forms = new Set(baseForms(word));
  const irregular = IRREGULAR_VERBS[word];
  if (irregular) forms.add(irregular);
  const add = (stem: string) => stem.length >= 3 && forms.add(stem);
  for (const ending of ['ed', 'ing']) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    add(stem);
    add(`${stem}e`);
    if (stem.at(-1) === stem.at(-2)) add(stem.slice(0, -1));
    if (ending === 'ed' && stem.endsWith('i')) add(`${stem.slice(0, -1)}y`);
  }
  return [...forms];
}

/**
 * Words WordNet derives from or to this one, in any part of speech, one step along its derivation and pertainym
 * links: "nationality" → national, "citizenship" → citizen, "sponsored" → sponsor, sponsorship. Includes the
 * dictionary forms themselves. Reads a few lines of the WordNet files per word, and only when called.
 */
export const derivedForms = memoByWord((key): Set<string> => {
  const found = new Set<string>();
  for (const form of inflectionBases(key)) {
    for (const part of ['noun', 'verb', 'adj'] as const) {
      const offsets = senseOffsets(part, form);
      if (offsets.length === 0) continue;
      found.add(form);
      for (const offset of offsets) for (const lemma of linkedLemmas(part, offset, form)) found.add(lemma);
    }
  }
  return found;
});

/** The lemmas a derivation or pertainym link leads to from this very lemma of a synset (links are between words, not senses). */
function linkedLemmas(part: WordnetPart, offset: number, lemma: string): string[] {
  const { lemmas, pointers } = readSynset(part, offset);
  const own = lemmas.indexOf(lemma) + 1;
  const linked: string[] = [];
  for (const { symbol, target, pos, sourceWord, targetWord } of pointers) {
    const targetPart = PARTS[pos];
    if (!(symbol === '+' || symbol === '\\') || !targetPart) continue;
    if (sourceWord !== 0 && sourceWord !== own) continue;
    const targetLemmas = readSynset(targetPart, target).lemmas;
    linked.push(...(targetWord === 0 ? targetLemmas : targetLemmas.slice(targetWord - 1, targetWord)));
  }
  return linked;
}

/**
 * The verbs a verb shares a common sense with ("owns" → have, possess): a relation asked as one verb may be stored under
 * another (a Has_Pet table for who owns a pet). Common senses are the tagged ones, at least the first three.
 */
export const verbSynonyms = memoByWord((key): Set<string> => {
  const found = new Set<string>();
  for (const form of inflectionBases(key)) {
    for (const offset of senseOffsets('verb', form, 3)) for (const lemma of readSynset('verb', offset).lemmas) found.add(lemma);
  }
  return found;
});
