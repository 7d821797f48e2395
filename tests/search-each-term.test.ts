import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../src/context/context-schema.js';
import { queryTerms } from '../src/catalog/query-terms.js';
import { loadMetrics } from '../src/metrics/load-metrics.js';
import { metricIndex } from '../src/metrics/metric-index.js';
import { METRIC_SYNONYMS } from '../src/metrics/metric-synonyms.js';
import { searchEachTerm } from '../src/metrics/search-each-term.js';
import { REPO_ROOT } from './helpers/run-cli.js';

/** Metric ranking searches term by term (each term once per index); it must score exactly as the one OR query did. */
const QUESTIONS = [
  'Show monthly active users for the last quarter',
  'net revenue by category, excluding returns',
  'What is the revenue of orders shipped to California?',
  'MAU trend',
  'average order value per customer segment',
  'refund rate for electronics products',
  'How many customers signed up each month?',
  'conversion of web sessions to orders',
  'revenue revenue revenues revenu',
  'q',
];

const FIELD_BOOST = { name: 3, synonyms: 2.5, description: 1, dimensions: 0.5 };
const prefix = (term: string) => term.length >= 5;
const fuzzy = (term: string) => (term.length >= 6 ? 0.2 : false);

describe('searchEachTerm', () => {
  it('gives the scores, terms and matched fields of the single OR query, asked twice over', async () => {
    const { metrics } = await loadMetrics(path.join(REPO_ROOT, 'demo', 'metrics.yml'));
    expect(metrics.length).toBeGreaterThan(2);
    const { search } = metricIndex(metrics as Metric[]);
    let hits = 0;
    for (const round of [1, 2]) {
      for (const question of QUESTIONS) {
        const weights = queryTerms(question, METRIC_SYNONYMS);
        const once = search
          .search([...weights.keys()].join(' '), { tokenize: (text) => text.split(' '), processTerm: (term) => term, boost: FIELD_BOOST, boostTerm: (term) => weights.get(term) ?? 1, prefix, fuzzy })
          .map((result) => ({ id: result.id, score: result.score, queryTerms: result.queryTerms, match: result.match }));
        const each = searchEachTerm(search, weights, { tokenize: (text) => [text], processTerm: (term) => term, boost: FIELD_BOOST, prefix, fuzzy });
        const byId = (list: Array<{ id: number }>) => [...list].sort((a, b) => a.id - b.id);
        expect(byId(each), `${question} (round ${round})`).toEqual(byId(once));
        hits += once.length;
      }
    }
    expect(hits).toBeGreaterThan(10);
  });
});
