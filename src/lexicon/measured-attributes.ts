import { adjectiveAttributes } from './adjective-attributes.js';
import { hypernymLemmas } from './hypernym-lemmas.js';
import { comparativeBase } from './judged-quality.js';
import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { readSynset } from './wordnet-records.js';

/**
 * Kinds of attribute a number can hold: a length, a size, a weight, an age, a duration, and a distance (WordNet files
 * far's and near's attribute, distance, under spatial relation, not under property).
 */
const MEASURABLE = ['property', 'measure', 'magnitude', 'time_period', 'spatial_relation'];

/**
 * The measures an adjective's first sense gives a value of, as WordNet's attribute pointers say ("tallest" → height,
 * stature; "heavier" → weight; "deep" → depth), directly or through the head adjective of a satellite sense: what a
 * column holding that measure as a number ranks or compares. Empty for a word with no such sense.
 */
export const measuredAttributes = memoByWord((key): string[] => {
  const found = new Set<string>();
  const base = comparativeBase(key);
  for (const form of [...baseForms(key), ...(base ? [base] : [])]) {
    for (const attribute of adjectiveAttributes(form)) {
      const kinds = hypernymLemmas([attribute]);
      const lemmas = readSynset('noun', attribute).lemmas;
      // Measure itself ("standard" → measure, quantity) is no one measure a column holds.
      if (MEASURABLE.some((kind) => kinds.has(kind)) && !lemmas.includes('measure')) for (const lemma of lemmas) found.add(lemma);
    }
  }
  return [...found];
});
