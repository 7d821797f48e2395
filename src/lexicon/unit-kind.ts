import { memoByWord } from './memo-by-word.js';
import { readSynset, senseOffsets } from './wordnet-records.js';

/** What a unit of measurement measures, as WordNet files it. */
export interface UnitKind {
  /** The synset of the unit's kind: the ancestor right under unit_of_measurement ("mass_unit"), or time_unit. */
  kind: number;
  /** The quantities the unit's ancestors are named for: weight_unit, mass_unit → weight, mass; unit_of_time → time. */
  quantities: Set<string>;
}

const TOP = new Set(['unit_of_measurement', 'time_unit']);

/**
 * The kind of unit a word's first noun sense is ("kg" → mass unit, measuring weight and mass; "mins" → time unit), in
 * the singular or as written; undefined for a word that is first something else ("ms", "t", "pct").
 */
export const unitKind = memoByWord((key): UnitKind | undefined => {
  // The singular first: "miles" is first a sum of money, "mile" a length.
  const singular = key.length > 3 && /[^su]s$/.test(key) ? [key.slice(0, -1)] : [];
  for (const form of [...singular, key]) {
    const first = senseOffsets('noun', form)[0];
    if (first === undefined) continue;
    const found = kindOf(first);
    if (found) return found;
  }
  return undefined;
});

/**
 * The kind of unit any noun sense of a word is, not only its first ("gb": sarin first, a gigabit third; "mb": a
 * megabit or a megabyte): for a symbol glued to a number ("256GB"), which reads as a unit whatever else it spells.
 */
export const unitKindOfAnySense = memoByWord((key): UnitKind | undefined => {
  for (const offset of senseOffsets('noun', key)) {
    const found = kindOf(offset);
    if (found) return found;
  }
  return undefined;
});

function kindOf(offset: number): UnitKind | undefined {
  const quantities = new Set<string>();
  const seen = new Set<number>();
  for (let at: number | undefined = offset; at !== undefined && !seen.has(at); ) {
    seen.add(at);
    const { lemmas, pointers } = readSynset('noun', at);
    for (const lemma of lemmas) {
      const named = /^([a-z]+)_(?:unit|measure)$/.exec(lemma)?.[1] ?? /^unit_of_([a-z]+)$/.exec(lemma)?.[1];
      if (named) quantities.add(named);
    }
    if (lemmas.includes('time_unit')) return { kind: at, quantities };
    const up = pointers.find((pointer) => pointer.symbol === '@' && pointer.pos === 'n')?.target;
    if (up !== undefined && readSynset('noun', up).lemmas.some((lemma) => TOP.has(lemma)) && !readSynset('noun', up).lemmas.includes('time_unit')) return { kind: at, quantities };
    at = up;
  }
  return undefined;
}

/**
 * The noun senses of a word that are units of measurement, singular first ("hours" → hour, "metres" → metre): a word's
 * first sense only, as unitKind reads it; any sense of a symbol of at most three letters ("m" → metre, "hr" → hour,
 * "nm" → nanometre), which reads as a unit beside a number or in a column's name whatever else it spells. Empty for a
 * word that is first something else.
 */
export const unitSenses = memoByWord((key): readonly number[] => {
  if (!/^[a-z]+$/.test(key)) return [];
  const forms = key.length >= 3 && /[^su]s$/.test(key) ? [key.slice(0, -1), key] : [key];
  for (const form of forms) {
    const senses = senseOffsets('noun', form);
    const units = (form.length <= 3 ? senses : senses.slice(0, 1)).filter((offset) => kindOf(offset) !== undefined);
    if (units.length > 0) return units;
  }
  return [];
});

/** The quantities a unit sense measures (kilogram → weight, mass), as unitKind reads them. */
export function unitQuantities(offset: number): ReadonlySet<string> {
  return kindOf(offset)?.quantities ?? new Set();
}
