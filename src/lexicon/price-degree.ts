import { memoByWord } from './memo-by-word.js';
import { baseForms } from './related-nouns.js';
import { senseOffsets } from './wordnet-records.js';

/**
 * The adjectives of the superlatives the offline model ranks by price (read-ranking.ts: "priciest", "most expensive",
 * "cheapest"), each with the end of the price it picks.
 */
const PRICE_ADJECTIVES: readonly (readonly [string, 'asc' | 'desc'])[] = [
  ['pricey', 'desc'],
  ['expensive', 'desc'],
  ['cheap', 'asc'],
];

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
    const senses = new Set(senseOffsets('adj', form));
    if (senses.size === 0) continue;
    for (const [adjective, direction] of PRICE_ADJECTIVES) if (senseOffsets('adj', adjective).some((offset) => senses.has(offset))) return direction;
  }
  return undefined;
});
