import type { Metric } from '../context/context-schema.js';
import { containsPhrase } from '../catalog/contains-phrase.js';
import { ownerMemo } from '../catalog/owner-memo.js';
import { indexTerms } from '../catalog/index-terms.js';
import { queryTerms } from '../catalog/query-terms.js';
import { METRIC_SYNONYMS } from './metric-synonyms.js';
import { metricIndex } from './metric-index.js';
import { searchEachTerm } from './search-each-term.js';
import { MetricSearchOptionsSchema, type MetricSearchOptions, type MetricSearchOptionsInput } from './metric-search-options.js';

const FIELD_BOOST = { name: 3, synonyms: 2.5, description: 1, dimensions: 0.5 };
/** Bonuses, as shares of the best text score, for the question naming a metric outright (per word of the name). */
const NAMED_WORD_BONUS = 0.5;
const SCATTERED_WORD = 0.75;
const ACRONYM_BONUS = 1.5;

/**
 * How outright the question names the metric: the number of words of its longest name or synonym that the question
 * contains (all of them; scattered words count SCATTERED_WORD each), and whether it uses their initials ("MAU").
 */
function namedOutright(nameTerms: string[][], initialsList: string[], questionTerms: string[], questionWords: string[]): { words: number; acronym: boolean } {
  const present = new Set(questionTerms);
  let words = 0;
  for (const terms of nameTerms) {
    if (terms.length === 0 || !terms.every((term) => present.has(term))) continue;
    words = Math.max(words, terms.length * (containsPhrase(questionTerms, terms) ? 1 : SCATTERED_WORD));
  }
  const acronym = initialsList.some((initials) =>
    questionWords.some((word) => word.toLowerCase() === initials && (initials.length >= 3 || word === word.toUpperCase())),
  );
  return { words, acronym };
}

/**
 * Ranks metrics for a question by name, synonyms, description and dimensions; returns the relevant few with scores
 * relative to the best (1). Relevant: a word of the question is in the metric's name or synonyms, two are in its
 * other fields, or the question names it outright.
 */
export function rankMetrics(metrics: readonly Metric[], question: string, input?: MetricSearchOptionsInput): Metric[] {
  return rankMetricsWith(metrics, question, input === undefined ? (defaults ??= MetricSearchOptionsSchema.parse({})) : MetricSearchOptionsSchema.parse(input));
}

/** rankMetrics with options that already passed MetricSearchOptionsSchema (search_metrics parses its own once). */
export function rankMetricsWith(metrics: readonly Metric[], question: string, options: MetricSearchOptions): Metric[] {
  if (metrics.length === 0) return [];
  const ranked = rankings(metrics, question, () => rank(metrics, question));
  const best = ranked[0]?.[1] ?? 1;
  return ranked
    .map(([id, score]) => ({ ...metrics[id], score: Math.round((score / best) * 1000) / 1000 }))
    .filter((metric) => metric.score >= options.min_score)
    .slice(0, options.top_k);
}

/** The options schema_linking ranks with, for every question: parsed once. */
let defaults: MetricSearchOptions | undefined;

/** Per metrics list, by question: schema_linking ranks the metrics search_metrics is about to find, for every question. */
const rankings = ownerMemo<readonly Metric[], ReadonlyArray<readonly [number, number]>>(64);

/** The relevant metrics' positions in the list and their scores, best first. */
function rank(metrics: readonly Metric[], question: string): Array<[number, number]> {
  const { search, nameTerms, acronyms } = metricIndex(metrics);

  const weights = queryTerms(question, METRIC_SYNONYMS);
  const raw = new Map<number, number>();
  const relevant = new Set<number>();
  if (weights.size > 0) {
    const results = searchEachTerm(search, weights, {
      tokenize: (text) => [text],
      processTerm: (term) => term,
      boost: FIELD_BOOST,
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    });
    const own = [...weights.keys()].filter((term) => weights.get(term) === 1);
    for (const result of results) {
      raw.set(result.id, result.score);
      const namedByOwnWord = Object.entries(result.match).some(
        ([term, fields]) => (fields.includes('name') || fields.includes('synonyms')) && own.some((word) => term.startsWith(word)),
      );
      const ownWordsHit = result.queryTerms.filter((term) => weights.get(term) === 1).length;
      if (namedByOwnWord || ownWordsHit >= 2) relevant.add(result.id);
    }
  }

  const questionTerms = indexTerms(question);
  const questionWords = question.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const bestText = Math.max(1, ...raw.values());
  nameTerms.forEach((terms, id) => {
    const { words, acronym } = namedOutright(terms, acronyms[id]!, questionTerms, questionWords);
    if (words === 0 && !acronym) return;
    raw.set(id, (raw.get(id) ?? 0) + bestText * (words * NAMED_WORD_BONUS + (acronym ? ACRONYM_BONUS : 0)));
    relevant.add(id);
  });

  return [...raw.entries()].filter(([id]) => relevant.has(id)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}
