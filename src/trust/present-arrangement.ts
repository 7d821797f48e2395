import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';

/** Verbs of foreseeing: "are expected in 2027" is a forecast, not an arrangement the rows may hold. */
const FORESEEING = /^(?:expected|anticipated|predicted|forecast|forecasted|projected|estimated|likely)$/;

/**
 * Whether the question speaks of a later period in the present tense of an arrangement, as English does of what is
 * timetabled or already set: a present passive ("How many departures are scheduled for next year?", "is due in 2027")
 * or a present-simple verb after its subject ("Which agreements expire in 2027?"). Rows may record such plans (an end
 * date, a departure date), so the period is no sign by itself that the data cannot hold it: the query decides
 * (judge-nothing-yet.ts declines when it finds nothing then). Not with a future marker ("will", "going to") nor a
 * forecast ("are expected"), nor a copula with a noun ("What is the revenue in 2027?").
 */
export function presentArrangement(question: string): boolean {
  if (/\b(?:will|shall|going\s+to)\b/i.test(question)) return false;
  const words = [...question.matchAll(/[A-Za-z]+/g)].map((match) => match[0].toLowerCase());
  for (const [at, word] of words.entries()) {
    const before = words[at - 1];
    if (before === undefined) continue;
    if (/^(?:is|are)$/.test(before) && (word === 'due' || /[a-z]{3}ed$/.test(word)) && !FORESEEING.test(word)) return true;
    // A verb's present right after a noun, its subject: "agreements expire", "the contract ends".
    if (primaryPartOfSpeech(before) === 'noun' && primaryPartOfSpeech(word) === 'verb' && !/ed$/.test(word)) return true;
  }
  return false;
}
