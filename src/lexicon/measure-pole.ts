import { derivedForms } from './derived-forms.js';
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
  return poleOf(baseForms(key), key);
});

/**
 * The same for a comparative: "wider" → width, high end; "narrower" → low end. Else, an adjective a measure noun is
 * derived from ("denser" → dense → density): the noun measures how much of what the adjective says, so the adjective
 * is its high end.
 */
export const comparativePole = memoByWord((key): MeasurePole | undefined => {
  if (!/er$/.test(key) || key.length < 5) return undefined;
  const forms = new Set<string>();
  if (key.endsWith('ier')) forms.add(`${key.slice(0, -3)}y`);
  forms.add(key.slice(0, -1));
  forms.add(key.slice(0, -2));
  if (key.at(-3) === key.at(-4)) forms.add(key.slice(0, -3));
  const bases = [...forms].filter((form) => form.length >= 3 && senseOffsets('adj', form).length > 0);
  return poleOf(bases, key) ?? derivedMeasure(bases);
});

function derivedMeasure(bases: readonly string[]): MeasurePole | undefined {
  for (const form of bases) {
    for (const noun of derivedForms(form)) {
      if (noun === form) continue;
      const first = senseOffsets('noun', noun)[0];
      if (first === undefined) continue;
      const { lemmas } = readSynset('noun', first);
      if (!lemmas.includes(noun) || lemmas.includes('measure') || !MEASURABLE.some((kind) => hypernymLemmas([first]).has(kind))) continue;
      return { measures: lemmas, direction: 'desc' };
    }
  }
  return undefined;
}

function poleOf(forms: readonly string[], key: string): MeasurePole | undefined {
  for (const form of forms) {
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
}
