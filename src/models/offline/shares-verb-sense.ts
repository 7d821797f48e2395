import { inflectionBases } from '../../lexicon/derived-forms.js';
import { senseOffsets } from '../../lexicon/wordnet-records.js';

/** Senses of a verb read: its two most common, so a rare sense ("log" as lumber) links nothing. */
const SENSES = 2;

const verbSenses = (word: string): number[] => [...new Set(inflectionBases(word).flatMap((base) => senseOffsets('verb', base).slice(0, SENSES)))];

/** "wounded" and injured: two participles whose verbs share one of their common senses in WordNet ("injure, wound"). */
export function sharesVerbSense(a: string, b: string): boolean {
  const senses = new Set(verbSenses(a));
  return senses.size > 0 && verbSenses(b).some((offset) => senses.has(offset));
}
