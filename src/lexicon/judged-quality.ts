import { adjectiveAttributes } from './adjective-attributes.js';
import { firstSenseAncestors } from './first-sense-ancestors.js';
import { primaryPartOfSpeech } from './primary-part-of-speech.js';
import { readSynset } from './wordnet-records.js';
import { wordTable } from '../own-entry.js';

/** Irregular comparatives: "better" is more good. */
const IRREGULAR: Record<string, string> = wordTable({ better: 'good', worse: 'bad' });

/** The adjective a comparative is made from: "nicer" → nice, "prettier" → pretty, "bigger" → big; undefined when none. */
export function comparativeBase(word: string): string | undefined {
  if (IRREGULAR[word]) return IRREGULAR[word];
  if (!/er$/.test(word) || word.length < 5) return undefined;
  const stem = word.slice(0, -2);
  const candidates = [`${stem.replace(/i$/, 'y')}`, stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')];
  return candidates.find((base) => base.length >= 3 && primaryPartOfSpeech(base) === 'adj');
}

/** Kinds of attribute a number can hold: a length, a size, a weight, an age, a duration, a price. */
const MEASURABLE = ['property', 'measure', 'magnitude', 'time_period', 'value'];

/**
 * Whether an adjective judges rather than measures: the attributes WordNet says its first sense gives a value of
 * (directly, or through the head adjective of a satellite) are qualities, traits or states ("nice" → niceness, "good" →
 * quality, "pretty" → beauty), none of them a property or measure a column could hold as a number ("long" → length,
 * "old" → age, "heavy" → weight). An adjective with no such attribute ("cheap") is not known to judge.
 */
export function judgesQuality(adjective: string): boolean {
  const attributes = adjectiveAttributes(adjective);
  if (attributes.length === 0) return false;
  return attributes.every((attribute) => {
    const kinds = firstSenseAncestors(readSynset('noun', attribute).lemmas[0]!);
    return !MEASURABLE.some((kind) => kinds.has(kind));
  });
}
