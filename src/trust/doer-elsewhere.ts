import type { MatchedValue } from '../context/context-schema.js';
import type { GroundedWord } from './ground-question.js';
import { nameHeld } from './name-elsewhere.js';

/**
 * A doer the data does not hold: a name written with capitals that is the subject of the question's verb after an
 * auxiliary ("What does Hertz charge …", "How many screens does Odeon run …", "What price does Best Buy list …") and
 * whose words match no stored value, table, column or doc word. The rows record what this business and the people
 * and things it stores did; a deed done by a name it does not store is another organisation's or person's, so no
 * row answers for it. A stored name ("How many hours did Chen Sato log?") links to a value and is answered; acronyms
 * ("does UAL run") are left to the other rules, as codes are often stored under them. Undefined otherwise.
 */
export function doerElsewhere(question: string, words: readonly GroundedWord[], matchedValues: readonly MatchedValue[] = []): string | undefined {
  for (const subject of question.matchAll(SUBJECT_AFTER_AUXILIARY)) {
    const start = subject.indices![1]![0];
    const end = subject.indices![1]![1];
    // A name of several words is held only as a whole ("Octopus Energy" is not 'Octavia Energy Supply'): name-elsewhere.ts.
    if (!nameHeld({ text: subject[1]!, start, end }, words, matchedValues)) return subject[1];
  }
  return undefined;
}

/**
 * "does Best Buy list", "does Ørsted operate", "does the London Palladium have", "did Kelvingrove Art Gallery and Museum
 * get": an auxiliary, "the" or not, a run of capitalised words of any script, which "and", "of" or "&" may join
 * (captured, with its place), then a lower-case verb.
 */
export const SUBJECT_AFTER_AUXILIARY = /\b(?:do|does|did|has|have|had|can|could|will|would)\s+(?:the\s+)?((?:\p{Lu}\p{Ll}[\p{L}]*(?:\s+(?:and|of|&)\s+|\s+))*\p{Lu}\p{Ll}[\p{L}]*)\s+(?=\p{Ll})/dgu;
