import { hasSense } from '../lexicon/has-sense.js';
import type { GroundedWord } from './ground-question.js';

/**
 * A place the question restricts its rows to that the data does not hold: a name after "in", "at", "near" or "on", written
 * with a capital inside the sentence ("What does an adult day pass cost in Zermatt?"), that matches no stored value and
 * that the dictionary does not know as a word. Such a name is somewhere else's (another resort, branch or town), so no
 * row answers for it. A place WordNet knows ("North Carolina") may be stored under another spelling ('NorthCarolina')
 * and is left to the other rules, as are acronyms ("in Q3", "at LHR") and names a value matches. Undefined otherwise.
 */
export function placeElsewhere(question: string, words: readonly GroundedWord[]): string | undefined {
  for (const entry of words) {
    if (entry.evidence !== undefined || entry.word.index === 0) continue;
    const original = question.slice(entry.word.offset, entry.word.offset + entry.word.text.length);
    if (!/^[A-Z][a-z]+$/.test(original) || !PLACE_PREPOSITION.test(question.slice(0, entry.word.offset))) continue;
    if (hasSense('noun', entry.word.text) || hasSense('verb', entry.word.text) || hasSense('adj', entry.word.text)) continue;
    return original;
  }
  return undefined;
}

/**
 * "in ", "at the ", "near ": the preposition right before a place's name; "on " before a site or service's name
 * ("the asking rent on Rightmove", "streams on Spotify"), which is somewhere else's data as much as a town is.
 */
const PLACE_PREPOSITION = /\b(?:in|at|near|on)\s+(?:the\s+)?$/i;
