import type { DocPassage } from '../context/context-schema.js';
import { indexTerms } from '../catalog/index-terms.js';
import { queryTerms } from '../catalog/query-terms.js';
import { searchEachTerm, type TermSearchHit } from '../metrics/search-each-term.js';
import type { DocIndex } from './build-doc-index.js';
import { DocSearchOptionsSchema, type DocSearchOptions, type DocSearchOptionsInput } from './doc-search-options.js';

export interface DocQuery {
  text: string;
  weight: number;
}

const FIELD_BOOST = { heading: 3, text: 1 };
const SEARCH_OPTIONS = {
  processTerm: (term: string) => term,
  boost: FIELD_BOOST,
  prefix: (term: string) => term.length >= 5,
  fuzzy: (term: string) => (term.length >= 6 ? 0.2 : false),
};
/** The options the question's own doc search uses, for every question: parsed once. */
let defaults: DocSearchOptions | undefined;
/** Bonus per heading word the query contains, as a share of the query's best score; halved unless it has them all. */
const NAMED_WORD_BONUS = 0.5;
const PARTIAL_HEADING = 0.5;

/**
 * Searches passages with several weighted queries (the task, then what reflection found unaddressed) and returns
 * the relevant few, best first, with scores relative to the best (1). Passages whose heading words the query
 * contains ("Revenue", "Seasonal adjustment") rank higher. A passage is relevant when a query word is in its
 * heading or two query words are in its text.
 */
export function searchDocPassages(index: DocIndex, queries: readonly DocQuery[], input?: DocSearchOptionsInput): DocPassage[] {
  const options = input === undefined ? (defaults ??= DocSearchOptionsSchema.parse({})) : DocSearchOptionsSchema.parse(input);
  const combined = new Map<number, number>();
  const relevant = new Set<number>();
  for (const query of queries) {
    const terms = queryTerms(query.text);
    if (terms.size === 0) continue;
    const results = searchTerms(index, [...terms.keys()].join(' '));
    const best = results.reduce((max, result) => Math.max(max, result.score), 0);
    for (const result of results) {
      const id = result.id as number;
      const heading = new Set(indexTerms(index.passages[id].heading));
      const inQuery = [...heading].filter((term) => terms.has(term)).length;
      const named = inQuery * NAMED_WORD_BONUS * best * (inQuery === heading.size ? 1 : PARTIAL_HEADING);
      combined.set(id, (combined.get(id) ?? 0) + query.weight * (result.score + named));
      const inHeading = Object.values(result.match).some((fields) => fields.includes('heading'));
      if (inHeading || result.queryTerms.length >= 2) relevant.add(id);
    }
  }
  const ranked = [...combined.entries()].filter(([id]) => relevant.has(id)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const best = ranked[0]?.[1] ?? 1;
  return ranked
    .map(([id, score]) => ({ ...index.passages[id], score: Math.round((score / best) * 1000) / 1000 }))
    .filter((passage) => passage.score >= options.min_score)
    .slice(0, options.top_k);
}

/**
 * The OR query over the words of `query` (split at spaces, as MiniSearch tokenizes it), searched word by word so that
 * each word's prefix and fuzzy search runs once per doc index: the questions of a batch share most of their words.
 * The same scores, query terms and matched fields (searchEachTerm); a word written twice is searched twice by the
 * one query, so such a query is asked as it stands.
 */
function searchTerms(index: DocIndex, query: string): TermSearchHit[] {
  const words = query.split(' ').filter((word) => word.length > 0);
  const weights = new Map(words.map((word) => [word, 1]));
  if (weights.size < words.length) {
    return index.search.search(query, { ...SEARCH_OPTIONS, tokenize: (text) => text.split(' ') }).map((result) => ({
      id: result.id as number,
      score: result.score,
      queryTerms: result.queryTerms,
      match: result.match as Record<string, string[]>,
    }));
  }
  return searchEachTerm(index.search, weights, { ...SEARCH_OPTIONS, tokenize: (text) => [text] });
}
