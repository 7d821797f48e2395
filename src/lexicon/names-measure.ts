import { firstSenseAncestors } from './first-sense-ancestors.js';

/**
 * Whether a noun most often names a measure or a magnitude ("length", "hours", "size"): a quantity asked of a thing,
 * never a kind of thing. "queue length" where a complaint topic stores 'QUEUE' asks how long a queue is, where "grass
 * courts" beside a stored surface 'Grass' says what kind of thing the value is.
 */
export function namesMeasure(word: string): boolean {
  const kinds = firstSenseAncestors(word);
  return kinds.has('measure') || kinds.has('magnitude');
}
