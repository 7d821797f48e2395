import type { GroundedWord } from './ground-question.js';

/**
 * A doer the data does not hold: a name written with capitals that is the subject of the question's verb after an
 * auxiliary ("What does Hertz charge …", "How many screens does Odeon run …", "What price does Best Buy list …") and
 * whose words match no stored value, table, column or doc word. The rows record what this business and the people
 * and things it stores did; a deed done by a name it does not store is another organisation's or person's, so no
 * row answers for it. A stored name ("How many hours did Chen Sato log?") links to a value and is answered; acronyms
 * ("does UAL run") are left to the other rules, as codes are often stored under them. Undefined otherwise.
 */
export function doerElsewhere(question: string, words: readonly GroundedWord[]): string | undefined {
  for (const subject of question.matchAll(SUBJECT_AFTER_AUXILIARY)) {
    const start = subject.indices![1]![0];
    const end = subject.indices![1]![1];
    const inside = words.filter((entry) => entry.word.offset >= start && entry.word.offset < end);
    if (inside.length > 0 && inside.every((entry) => entry.evidence === undefined)) return subject[1];
  }
  return undefined;
}

/** "does Best Buy list": an auxiliary, a run of capitalised words (captured, with its place), then a lower-case verb. */
const SUBJECT_AFTER_AUXILIARY = /\b(?:do|does|did|has|have|had|can|could|will|would)\s+((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+)\s+(?=[a-z])/dg;
