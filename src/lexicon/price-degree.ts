import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { senseOffsets } from './wordnet-records.js';

/**
 * The superlatives that rank by price, each with the end of the price it picks: the offline model's ranking table reads
 * them as written (read-ranking.ts: "priciest", "most expensive", "cheapest"), and priceDegree reads their synonyms.
 */
export const PRICE_SUPERLATIVES: readonly (readonly [string, 'asc' | 'desc'])[] = [
  ['priciest', 'desc'],
  ['expensive', 'desc'],
  ['cheapest', 'asc'],
];

/** The WordNet adjective senses of each price superlative's base forms ({costly, dear, high-priced, pricey, pricy} for "priciest"), read once. */
let priceSenses: readonly (readonly [ReadonlySet<number>, 'asc' | 'desc'])[] | undefined;
const senseSets = () => (priceSenses ??= PRICE_SUPERLATIVES.map(([superlative, direction]) => [new Set(baseForms(superlative).flatMap((form) => senseOffsets('adj', form))), direction] as const));

/**
 * "dearest", "costliest": a superlative of an adjective that shares a WordNet sense with one of the price ranking's own
 * adjectives ({costly, dear, high-priced, pricey, pricy}), ranking by price as that one does, at the same end. Any sense
 * of the adjective counts, as any reading of "priciest" does: "dear" is first *beloved*, but a question to the data
 * ranks rows, and only a price can rank them dear.
 */
export const priceDegree = memoByWord((key): 'asc' | 'desc' | undefined => {
  if (!/est$/.test(key) || key.length < 6) return undefined;
  for (const form of baseForms(key)) {
    if (form === key) continue;
    const senses = senseOffsets('adj', form);
    if (senses.length === 0) continue;
    for (const [priced, direction] of senseSets()) if (senses.some((offset) => priced.has(offset))) return direction;
  }
  return undefined;
});
