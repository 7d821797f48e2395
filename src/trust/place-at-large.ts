import { normalizeValueText } from '../catalog/normalize-value-text.js';
import type { MatchedValue } from '../context/context-schema.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import type { GroundedWord } from './ground-question.js';

/**
 * A place at large the question counts or ranks things in, undefined otherwise: the whole world ("the largest offshore
 * wind farm in the world", "How many giraffes are left in the wild?") or a country, continent or region it asks how many
 * of something there are in ("How many wind turbines are there in the UK?") when no stored value names it. One
 * organisation's rows hold what it has and did, not everything of its kind in the world or in a country: the answer is
 * a fact about the world. A place a stored value names ("How many turbines are there in Powys?") or a word that links
 * to a table, column or value ("the World zone") is the data's own, and is left to the other rules.
 */
export function placeAtLarge(question: string, words: readonly GroundedWord[], matchedValues: readonly MatchedValue[]): string | undefined {
  // A word only a comment or doc uses ("British wildlife" for "wild") explains the data; it stores no place.
  const linked = (offset: number) => words.some((entry) => entry.word.offset === offset && entry.evidence !== undefined && entry.evidence !== 'text');
  for (const match of question.matchAll(WORLD)) {
    const noun = match[1]!;
    if (!linked(match.index + match[0].length - noun.length)) return match[0].trim();
  }
  const existential = EXISTENTIAL.exec(question);
  if (!existential) return undefined;
  const name = existential[1]!;
  const start = existential.index + existential[0].length - name.length;
  const parts = name.split(/\s+/);
  if (words.some((entry) => entry.word.offset >= start && entry.word.offset < start + name.length && linked(entry.word.offset))) return undefined;
  const spelled = normalizeValueText(name);
  if (matchedValues.some((match) => [match.value, match.matched_text].some((text) => normalizeValueText(text).includes(spelled)))) return undefined;
  // WordNet writes a country's initials with stops ("U.K."); a name of several words with underscores ("New_Zealand").
  const lemma = /^[A-Z]{2,3}$/.test(name) ? `${name.toLowerCase().split('').join('.')}.` : parts.join('_').toLowerCase();
  const ancestors = firstSenseAncestors(lemma);
  return PLACE_KINDS.some((kind) => ancestors.has(kind)) ? name : undefined;
}

/** "in the world", "on earth", "in the wild": everywhere, not the data's own places (the noun captured). */
const WORLD = /\b(?:in|on|across|around)\s+(?:the\s+)?(world|earth|globe|planet|wild)\b/gi;

/** "How many … are there in the UK", "… were there in Scotland": a count of everything of a kind in a place (captured). */
const EXISTENTIAL = /\b[Hh]ow\s+many\b[^?.]*?\b(?:are|were|is|was)\s+there\s+(?:in|across|throughout)\s+(?:the\s+)?((?:[A-Z][a-z]+\s+)*[A-Z][a-z]+|[A-Z]{2,3})\b/;

/** WordNet's kinds of place a country or region is (its first sense). */
const PLACE_KINDS = ['location', 'region', 'geographical_area', 'country', 'continent'];
