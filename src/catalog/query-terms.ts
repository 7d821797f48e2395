import { ownEntry } from '../own-entry.js';
import { indexTerms } from './index-terms.js';
import { QUERY_STOP_WORDS } from './stop-words.js';
import type { TermSynonyms } from './term-synonyms.js';

/** Weight of a synonym relative to a word the question actually uses. */
export const SYNONYM_WEIGHT = 0.5;

export interface TermGroup {
  term: string;
  synonyms: string[];
}

/** Each distinct stemmed word of a question with its synonyms, so a match on several synonyms counts once. */
export function queryTermGroups(text: string, synonyms: TermSynonyms = {}): TermGroup[] {
  const terms = [...new Set(indexTerms(text))].filter((term) => !QUERY_STOP_WORDS.has(term));
  return terms.map((term) => ({ term, synonyms: [...(ownEntry(synonyms, term) ?? []), ...verbNouns(term)].filter((synonym) => !terms.includes(synonym)) }));
}

/** "ordered" and "returned" name the orders and returns tables: a past participle's noun ("order", "return", "purchase"). */
function verbNouns(term: string): string[] {
  return /^[a-z]{3,}ed$/.test(term) ? [term.slice(0, -2), term.slice(0, -1)] : [];
}

/** The stemmed terms of a question with their weights: 1 for its own words, SYNONYM_WEIGHT for synonyms of them. */
export function queryTerms(text: string, synonyms: TermSynonyms = {}): Map<string, number> {
  const weights = new Map<string, number>();
  const groups = queryTermGroups(text, synonyms);
  for (const group of groups) weights.set(group.term, 1);
  for (const group of groups) {
    for (const synonym of group.synonyms) if (!weights.has(synonym)) weights.set(synonym, SYNONYM_WEIGHT);
  }
  return weights;
}
