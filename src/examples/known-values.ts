import type { MatchedValue } from '../context/context-schema.js';
import type { KnownValue } from './mask-question.js';

/** Below this a value match is a guess (a near spelling), too loose to decide that two questions differ only in values. */
const SURE_MATCH = 0.9;

/** The question's words the catalog surely matched to stored values, for masking. */
export function knownValues(matches: readonly MatchedValue[]): KnownValue[] {
  return matches.filter((match) => match.score >= SURE_MATCH).map((match) => ({ text: match.matched_text, value: match.value }));
}
