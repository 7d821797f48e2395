import type MiniSearch from 'minisearch';

type TermData = Map<number, Map<number, number>>;

/** The parts of MiniSearch 7's index a single-term search reads (not in its public types). */
interface SearchInternals {
  _index: {
    get(term: string): TermData | undefined;
    atPrefix(prefix: string): Iterable<[string, TermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
  };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
}

export interface TermSearch {
  boost: Record<string, number>;
  prefix: boolean;
  /** Share of the term's length allowed as edits, or false. */
  fuzzy: number | false;
  weights: { prefix: number; fuzzy: number };
}

/** The documents (table positions) a term matched, and their scores, side by side. */
export interface TermScores {
  positions: Int32Array;
  scores: Float64Array;
}

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const MAX_FUZZY = 6;

interface Layout {
  /** MiniSearch's short id → our document id. */
  ids: Int32Array;
  /** Per field id, per short id: BM25's length normalisation k·(1 − b + b·length/average). */
  norms: Float64Array[];
  /** Scratch scores by document id, all 0 between calls. */
  dense: Float64Array;
}

const layouts = new WeakMap<object, Layout>();

function layoutOf(internals: SearchInternals): Layout {
  let layout = layouts.get(internals);
  if (layout) return layout;
  let slots = 0;
  for (const shortId of internals._documentIds.keys()) slots = Math.max(slots, shortId + 1);
  const ids = new Int32Array(slots).fill(-1);
  let size = 0;
  for (const [shortId, id] of internals._documentIds) {
    ids[shortId] = id as number;
    size = Math.max(size, (id as number) + 1);
  }
  const norms = internals._avgFieldLength.map((average, fieldId) => {
    const norm = new Float64Array(slots);
    for (const [shortId, lengths] of internals._fieldLength) {
      norm[shortId] = BM25.k * (1 - BM25.b + (BM25.b * lengths[fieldId]!) / average);
    }
    return norm;
  });
  layout = { ids, norms, dense: new Float64Array(size) };
  layouts.set(internals, layout);
  return layout;
}

/**
 * The score of every document for one query term, exactly as `MiniSearch.search(term, …)` computes it (BM25+ per
 * field, prefix and fuzzy expansions weighted by distance, added in the same order), without building a result
 * object per matching document and sorting them: over 10,000 tables a common column word matches thousands, and
 * that bookkeeping, not the scoring, was most of the time. tests/term-scores.test.ts holds it to MiniSearch's answer.
 * Document ids must be integers (the catalog index uses table positions).
 */
export function termScores(search: MiniSearch<unknown>, term: string, options: TermSearch): TermScores {
  const internals = search as unknown as SearchInternals;
  const layout = layoutOf(internals);
  const scores = layout.dense;
  const matched: number[] = [];
  const fields = Object.entries(options.boost).map(([field, boost]) => [internals._fieldIds[field]!, boost] as const);
  const addTerm = (weight: number, data: TermData | undefined): void => {
    if (!data) return;
    for (const [fieldId, fieldBoost] of fields) {
      const postings = data.get(fieldId);
      if (!postings) continue;
      const matching = postings.size;
      const idf = Math.log(1 + (internals._documentCount - matching + 0.5) / (matching + 0.5));
      const factor = weight * fieldBoost;
      const norms = layout.norms[fieldId]!;
      for (const [shortId, frequency] of postings) {
        const id = layout.ids[shortId]!;
        if (id < 0) continue;
        const raw = idf * (BM25.d + (frequency * (BM25.k + 1)) / (frequency + norms[shortId]!));
        if (scores[id] === 0) matched.push(id);
        scores[id]! += factor * raw;
      }
    }
  };

  addTerm(1, internals._index.get(term));
  const maxDistance = options.fuzzy === false ? 0 : Math.min(MAX_FUZZY, Math.round(term.length * options.fuzzy));
  const fuzzyMatches = maxDistance > 0 ? internals._index.fuzzyGet(term, maxDistance) : undefined;
  if (options.prefix) {
    for (const [derived, data] of internals._index.atPrefix(term)) {
      const distance = derived.length - term.length;
      if (!distance) continue;
      fuzzyMatches?.delete(derived);
      addTerm((options.weights.prefix * derived.length) / (derived.length + 0.3 * distance), data);
    }
  }
  for (const [derived, [data, distance]] of fuzzyMatches ?? []) {
    if (!distance) continue;
    addTerm((options.weights.fuzzy * derived.length) / (derived.length + distance), data);
  }
  const found: TermScores = { positions: Int32Array.from(matched), scores: new Float64Array(matched.length) };
  matched.forEach((id, i) => {
    found.scores[i] = scores[id]!;
    scores[id] = 0;
  });
  return found;
}
