import { nounAncestors } from '../lexicon/noun-ancestors.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { parseDateRanges } from '../dates/parse-date-ranges.js';
import { presentArrangement } from './present-arrangement.js';

/** What in the question asks about what has not happened yet, as the question wrote it. */
export interface FutureReference {
  phrase: string;
  /** Why it is the future: a period after the current date, or a verb in the future tense or asking for a forecast. */
  kind: 'period' | 'tense';
}

/**
 * Where the question asks about the future, which data that records what happened cannot hold:
 * - a verb in the future tense ("will graduate", "is going to sell") or a request for a forecast ("Predict …");
 * - "next"/"coming"/"upcoming" before a noun WordNet knows as a time period ("next semester", "the coming season"), not
 *   a calendar unit (the date reader's) and not before another noun ("next day delivery" is a kind of delivery);
 * - a period it names that begins after the current date ("in 2030", "tomorrow"), unless the question speaks of it in
 *   the past tense ("How many items debuted in 2026?"): whoever asks that knows the period has happened, and the current
 *   date the run was given is behind the data; nor in the present tense of an arrangement ("Which agreements expire
 *   in 2027?", "are scheduled for next year"), which rows may record: the query then decides (judge-nothing-yet.ts).
 * Undefined when it asks about none.
 */
export function futurePeriod(question: string, currentDate: string): FutureReference | undefined {
  const tense = futureTense(question);
  if (tense) return { phrase: tense, kind: 'tense' };
  // Calendar units are the date reader's ("next month"); a noun after the period makes it a kind ("next day delivery").
  for (const match of question.matchAll(/\b(?:next|coming|upcoming)\s+([a-z]+)(?:\s+([a-z]+))?/gi)) {
    const [phrase, period, after] = [match[0], match[1]!, match[2]];
    if (/^(?:day|week|month|quarter|half|year)s?$/i.test(period) || (after && primaryPartOfSpeech(after) === 'noun')) continue;
    if (nounAncestors(period).has('time_period')) return { phrase: after ? phrase.slice(0, phrase.length - after.length).trim() : phrase, kind: 'period' };
  }
  if (pastTense(question)) return undefined;
  // "tomorrow", "tonight": the day after the current date, or the night to come, which the date reader does not read.
  const coming = /\b(?:tomorrow|tonight)\b/i.exec(question);
  if (coming) return { phrase: coming[0], kind: 'period' };
  const phrase = periodAfter(question, currentDate);
  // "Which agreements expire in 2027?": a plan the rows may hold, which the query decides (judge-nothing-yet.ts).
  return phrase && !presentArrangement(question) ? { phrase, kind: 'period' } : undefined;
}

/** The words of a period the question names that begins after the current date ("in 2031", "tomorrow"), whatever its tense. */
export function periodAfter(question: string, currentDate: string): string | undefined {
  let ranges;
  try {
    ranges = parseDateRanges(question, currentDate);
  } catch {
    return undefined;
  }
  return ranges.find((candidate) => candidate.start > currentDate)?.phrase;
}

/** "will graduate", "will flights be cancelled", "are going to sell", "Forecast …": not "Will you list …", a request. */
function futureTense(question: string): string | undefined {
  const forecast = /^\s*(?:please\s+)?(forecast|predict|project)\b/i.exec(question);
  if (forecast) return forecast[1];
  // "How many no-shows should we expect …": expecting is forecasting.
  const expected = /\b(?:should|can|could|do|would|must|might)\s+(?:we|i|you|they)\s+(?:expect|anticipate)\b|\b(?:are|is|am)\s+(?:we|i|you|they)\s+(?:expecting|anticipating)\b/i.exec(question);
  if (expected) return expected[0];
  for (const match of question.matchAll(/\b(?:will|shall|(?:is|are|am)\s+going\s+to)\b/gi)) {
    const after = question.slice(match.index + match[0].length);
    // The verb comes within a few words, after the subject when the question opens with it ("Will flights be …").
    const words = [...after.matchAll(/[A-Za-z]+/g)].slice(0, 4);
    if (words[0]?.[0].toLowerCase() === 'you') continue;
    const verb = words.find(([word]) => /^(?:be|have|get|do)$/i.test(word) || primaryPartOfSpeech(word) === 'verb');
    if (verb) return question.slice(match.index, match.index + match[0].length + verb.index + verb[0].length);
    // "When will version 5 ship?": a wh-question's "will" is the modal whatever its verb's commoner part of speech.
    const clause = /^(?:[^?.!,;]|\.(?=\w))*/.exec(after)![0].trimEnd();
    const before = question.slice(0, match.index);
    const modal = !/\b(?:the|a|his|her|their|its|my|our|your)\s+$/i.test(before) && !(before.trim().length > 0 && match[0].startsWith('W'));
    if (modal && /^\s*(?:when|what|which|who|whom|where|how)\b/i.test(before) && words.length > 0 && clause.length > 0) {
      return question.slice(match.index, match.index + match[0].length + clause.length);
    }
  }
  return undefined;
}

/** A finite verb in the past: "was", "did", or a word ending in -ed not after an auxiliary that makes it a participle. */
function pastTense(question: string): boolean {
  if (/\b(?:was|were|did|had)\b/i.test(question)) return true;
  return [...question.matchAll(/\b([a-z]+)\s+([a-z]+ed)\b/gi)].some(
    ([, before, word]) => !/^(?:is|are|be|been|being|am|will|to|get|gets|has|have)$/i.test(before!) && primaryPartOfSpeech(word!) !== 'adj',
  );
}
