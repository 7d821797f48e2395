import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';
import { ownerMemo } from '../catalog/owner-memo.js';

export interface TermSearchHit {
  id: number;
  /** As MiniSearch scores an OR query: the terms' scores summed, times the number of query terms that matched. */
  score: number;
  queryTerms: string[];
  /** Document term → the fields it matched in. */
  match: Record<string, string[]>;
}

type SingleHit = Pick<TermSearchHit, 'id' | 'score' | 'match'>;

const hitsOfTerm = ownerMemo<MiniSearch<never>, readonly SingleHit[]>(5_000);

/**
 * One MiniSearch OR query over weighted terms, answered term by term so each (term, weight) is searched once per
 * index for the life of the index: the questions of a batch share most of their words. Scores, matched terms and
 * fields come out as the combined query gives them (MiniSearch sums term scores in query order and merges matches).
 * `options` must depend on nothing but the term.
 */
export function searchEachTerm<T>(search: MiniSearch<T>, weights: ReadonlyMap<string, number>, options: SearchOptions): TermSearchHit[] {
  const combined = new Map<number, { score: number; terms: string[]; match: Record<string, string[]> }>();
  for (const [term, weight] of weights) {
    if (term.length === 0) continue;
    const hits = hitsOfTerm(search as unknown as MiniSearch<never>, `${weight}\u0000${term}`, () =>
      search
        .search(term, { ...options, boostTerm: () => weight })
        .map((result) => ({ id: result.id as number, score: result.score, match: result.match as Record<string, string[]> })),
    );
    for (const hit of hits) {
      const existing = combined.get(hit.id);
      if (!existing) {
        combined.set(hit.id, { score: hit.score, terms: [term], match: { ...hit.match } });
        continue;
      }
      existing.score += hit.score;
      Object.assign(existing.match, hit.match);
      if (!existing.terms.includes(term)) existing.terms.push(term);
    }
  }
  return [...combined].map(([id, { score, terms, match }]) => ({ id, score: score * (terms.length || 1), queryTerms: terms, match }));
}
