import type { MatchedValue } from '../context/context-schema.js';
import type { GroundedWord } from './ground-question.js';
import { nameHeld } from './name-elsewhere.js';
import { normalizeValueText } from '../catalog/normalize-value-text.js';
import { hasSense } from '../lexicon/has-sense.js';

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
    if (heldOnlyInPart(subject[1]!, start, end, words, matchedValues)) return subject[1];
  }
  return undefined;
}

/**
 * "what monthly interest rate does Cash Converters charge" where a payment method 'CASH' is stored: a doer of several
 * words that a stored value holds only in part (the value's words are some of the name's), while another word of it
 * is a dictionary noun that links to nothing ("Converters"), is a different party from the value: a category or place
 * a piece of its name happens to spell does not do deeds. "What did Halden Rail charge?" (stored whole) and "What did
 * Halden Rail Ltd charge?" (a word no dictionary knows as a noun beside it) are held.
 */
function heldOnlyInPart(name: string, start: number, end: number, words: readonly GroundedWord[], matchedValues: readonly MatchedValue[]): boolean {
  const inside = words.filter((entry) => entry.word.offset >= start && entry.word.offset < end);
  const open = inside.filter((entry) => entry.evidence === undefined && hasSense('noun', entry.word.text));
  if (open.length === 0) return false;
  const nameWords = normalizeValueText(name).split(' ').filter((word) => word !== '' && !/^(and|of|the|&)$/.test(word));
  if (nameWords.length < 2) return false;
  return !matchedValues.some((match) => {
    const valueWords = new Set(normalizeValueText(match.value).split(' '));
    return nameWords.every((word) => valueWords.has(word));
  });
}

/**
 * "does Best Buy list", "does Ørsted operate", "does the London Palladium have", "did Kelvingrove Art Gallery and Museum
 * get": an auxiliary, "the" or not, a run of capitalised words of any script, which "and", "of" or "&" may join
 * (captured, with its place), then a lower-case verb.
 */
export const SUBJECT_AFTER_AUXILIARY = /\b(?:do|does|did|has|have|had|can|could|will|would)\s+(?:the\s+)?((?:\p{Lu}\p{Ll}[\p{L}]*(?:\s+(?:and|of|&)\s+|\s+))*\p{Lu}\p{Ll}[\p{L}]*)\s+(?=\p{Ll})/dgu;
