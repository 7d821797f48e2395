import { hypernymLemmas } from './hypernym-lemmas.js';
import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

/** Kinds of attribute a number can hold, as measured-attributes.ts reads them. */
const MEASURABLE = ['property', 'measure', 'magnitude', 'time_period'];

export interface MeasurePole {
  /** The lemmas of the measure the adjective gives a value of ("height", "stature" for tallest). */
  measures: string[];
  /** 'desc' for the adjective at the high end of the measure (tall, heavy, deep), 'asc' for the low end (short, light). */
  direction: 'asc' | 'desc';
}

/**
 * "tallest" → height, high end; "lightest" → weight, low end. WordNet's measure noun points back at its adjectives in
 * opposite pairs, the high end first (tall/short, heavy/light, hot/cold, warm/cool, strong/weak): the adjective's
 * place in that list says which end a superlative of it picks. Undefined for an adjective the measure does not list
 * (a satellite, "hefty"), whose end is not known, and for one that gives no measurable value.
 */
export const measurePole = memoByWord((key): MeasurePole | undefined => {
  if (!/est$/.test(key) || key.length < 6) return undefined;
  for (const form of baseForms(key)) {
    if (form === key) continue;
    const first = senseOffsets('adj', form)[0];
    if (first === undefined) continue;
    for (const pointer of readSynset('adj', first).pointers) {
      if (pointer.symbol !== '=' || pointer.pos !== 'n') continue;
      const noun = readSynset('noun', pointer.target);
      if (!MEASURABLE.some((kind) => hypernymLemmas([pointer.target]).has(kind)) || noun.lemmas.includes('measure')) continue;
      const poles = noun.pointers.filter((back) => back.symbol === '=' && back.pos !== 'n').map((back) => readSynset('adj', back.target).lemmas[0]);
      const at = poles.indexOf(form);
      if (at >= 0) return { measures: noun.lemmas, direction: at % 2 === 0 ? 'desc' : 'asc' };
    }
  }
  return undefined;
});
