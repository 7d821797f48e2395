import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';

/** The noun heads that make a measure noun before them a compound's modifier: what happens and what is there. */
const THING_OR_EVENT = ['event', 'physical_entity'];

/**
 * Whether the measure noun ending at `end` modifies the noun after it ("over-temperature faults", "speed cameras"): a
 * compound names its last noun, so the question asks for faults or cameras, kinds of them the data may hold as codes,
 * not for a temperature or a speed. A head that is itself a measurement or a bound ("temperature readings", "speed
 * limit": a cognition, a magnitude by WordNet's first sense) still asks for the measure.
 */
export function measureNounModifies(question: string, end: number): boolean {
  const next = /^[\s-]+([a-z]+)\b/i.exec(question.slice(end))?.[1]?.toLowerCase();
  if (next === undefined || primaryPartOfSpeech(next) !== 'noun') return false;
  const ancestors = firstSenseAncestors(next);
  return THING_OR_EVENT.some((kind) => ancestors.has(kind));
}
