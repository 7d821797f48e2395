import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { docSearchNode } from '../operators/doc-search.js';
import { ContextSchema, type ContextInput } from '../src/context/context-schema.js';
import { indexTerms } from '../src/catalog/index-terms.js';
import { queryTerms } from '../src/catalog/query-terms.js';
import { buildDocIndex, type DocIndex } from '../src/docs/build-doc-index.js';
import { loadDocPassages } from '../src/docs/load-doc-passages.js';
import { searchDocPassages } from '../src/docs/search-doc-passages.js';
import { splitMarkdownPassages } from '../src/docs/split-markdown-passages.js';
import { catalogTestRuntime, testCall } from './helpers/catalog-test-runtime.js';
import { REPO_ROOT } from './helpers/run-cli.js';

const GLOSSARY = `# Glossary

Terms used by the analytics team.

## Revenue

Revenue is quantity times the unit price paid, summed over the items of orders that were not cancelled.

## Returns

A return refunds one order item. Net revenue is revenue minus the refunds of returned items.

## Fiscal quarters

The fiscal year starts on February 1, so fiscal Q1 is February to April.

## Active users

An active user is a customer with at least one event in the period: daily active users per day,
monthly active users per calendar month.

## Seasonal adjustment

Sales peak in November and December. To compare quarters, divide each month's revenue by its seasonal
factor:

\`\`\`sql
# not a heading
SELECT revenue / factor FROM monthly_revenue JOIN seasonal_factors USING (month)
\`\`\`
`;

const CHANNELS = `## Channels

Orders come through the web site, the mobile app or a store.
`;

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'sluice-docs-'));
  mkdirSync(join(folder, 'docs', 'sales'), { recursive: true });
  writeFileSync(join(folder, 'docs', 'glossary.md'), GLOSSARY);
  writeFileSync(join(folder, 'docs', 'sales', 'channels.md'), CHANNELS);
  writeFileSync(join(folder, 'docs', 'notes.txt'), '## Not markdown\nignored');
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function context(text: string, extra: Partial<ContextInput> = {}) {
  return ContextSchema.parse({
    run_id: 'run-1',
    task: { text, namespace: 'shop', plan: 'reflection', current_date: '2026-11-25', max_iterations: 3 },
    plan: {},
    ...extra,
  });
}

const call = (docs = join(folder, 'docs'), parameters?: Record<string, unknown>) =>
  testCall(catalogTestRuntime({ database: 'unused', docs }), 'doc_search', parameters);

describe('splitMarkdownPassages', () => {
  it('splits by # and ## headings and keeps code fences whole', () => {
    const passages = splitMarkdownPassages(GLOSSARY, 'glossary.md');
    expect(passages.map((passage) => passage.heading)).toEqual([
      'Glossary',
      'Revenue',
      'Returns',
      'Fiscal quarters',
      'Active users',
      'Seasonal adjustment',
    ]);
    const seasonal = passages.at(-1);
    expect(seasonal?.source).toBe('glossary.md');
    expect(seasonal?.text).toContain('# not a heading');
    expect(seasonal?.text.startsWith('Sales peak in November')).toBe(true);
  });

  it('heads text before any heading with the file name and keeps ### inside its section', () => {
    const passages = splitMarkdownPassages('Intro line.\n\n## Orders\n\nText.\n\n### Status\n\nMore.', 'rules.md');
    expect(passages.map((passage) => [passage.heading, passage.text])).toEqual([
      ['rules', 'Intro line.'],
      ['Orders', 'Text.\n\n### Status\n\nMore.'],
    ]);
  });

  it('reads every markdown file under a folder with paths relative to it', async () => {
    const passages = await loadDocPassages(join(folder, 'docs'));
    expect(new Set(passages?.map((passage) => passage.source))).toEqual(new Set(['glossary.md', 'sales/channels.md']));
    expect(await loadDocPassages(join(folder, 'missing'))).toBeUndefined();
  });
});

describe('searchDocPassages', () => {
  const index = buildDocIndex(splitMarkdownPassages(GLOSSARY, 'glossary.md'));

  it('finds the section a phrase names, whatever its inflection', () => {
    const [first] = searchDocPassages(index, [{ text: 'seasonal adjustments', weight: 1 }]);
    expect(first).toMatchObject({ heading: 'Seasonal adjustment', source: 'glossary.md', score: 1 });
    expect(first.text).toContain('divide each month');
  });

  it('finds nothing for an unrelated question', () => {
    expect(searchDocPassages(index, [{ text: 'List the email of every supplier', weight: 1 }])).toEqual([]);
  });

  it('ranks exactly as the one OR query over all the words did, the words searched one by one and remembered', async () => {
    const demo = buildDocIndex((await loadDocPassages(join(REPO_ROOT, 'demo', 'docs')))!);
    const questions = [
      ...DOC_QUESTIONS,
      ...DOC_QUESTIONS.map((question) => question.toUpperCase()),
      'revenue revenue revenues revenu',
      'seasonally adjusted net revenue per fiscal quarter and active users',
    ];
    let found = 0;
    for (const round of [1, 2]) {
      for (const question of questions) {
        for (const docs of [demo, index]) {
          const queries = [{ text: question, weight: 1 }, { text: 'refunds of returned items', weight: 1.5 }];
          const expected = searchAsOneQuery(docs, queries);
          expect(searchDocPassages(docs, queries, { top_k: 10, min_score: 0 }), `${question} (round ${round})`).toEqual(expected);
          found += expected.length;
        }
      }
    }
    expect(found).toBeGreaterThan(50);
  });
});

/** The bench's batch phrasings and the glossary's words, inflected, misspelt and run together. */
const DOC_QUESTIONS = [
  'How many customers from Mesa signed up in 2023?',
  'How many orders did customers in Boise place in 2024?',
  'Total revenue from customers in Austin in 2025',
  'Average order value for customers in Tampa by segment in 2023',
  'How many orders from customers in Reno were cancelled in 2026?',
  'Show me quarterly revenue trends by product category, excluding returns and considering seasonal adjustments',
  'monthly active users last quarter',
  'net revenu after refnds by channel',
  'fiscal Q1 revenue on the mobile app',
  'daily active customers with at least one event',
  'orderItemsV2_total per store',
  'q',
];

/** searchDocPassages as it was before it searched word by word: one MiniSearch OR query per weighted query. */
function searchAsOneQuery(index: DocIndex, queries: ReadonlyArray<{ text: string; weight: number }>) {
  const combined = new Map<number, number>();
  const relevant = new Set<number>();
  for (const query of queries) {
    const terms = queryTerms(query.text);
    if (terms.size === 0) continue;
    const results = index.search.search([...terms.keys()].join(' '), {
      tokenize: (text) => text.split(' '),
      processTerm: (term) => term,
      boost: { heading: 3, text: 1 },
      prefix: (term) => term.length >= 5,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
    });
    const best = results.reduce((max, result) => Math.max(max, result.score), 0);
    for (const result of results) {
      const id = result.id as number;
      const heading = new Set(indexTerms(index.passages[id].heading));
      const inQuery = [...heading].filter((term) => terms.has(term)).length;
      const named = inQuery * 0.5 * best * (inQuery === heading.size ? 1 : 0.5);
      combined.set(id, (combined.get(id) ?? 0) + query.weight * (result.score + named));
      if (Object.values(result.match).some((fields) => fields.includes('heading')) || result.queryTerms.length >= 2) relevant.add(id);
    }
  }
  const ranked = [...combined.entries()].filter(([id]) => relevant.has(id)).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const best = ranked[0]?.[1] ?? 1;
  return ranked.map(([id, score]) => ({ ...index.passages[id], score: Math.round((score / best) * 1000) / 1000 })).slice(0, 10);
}

describe('doc_search node', () => {
  it('finds the passages the task relies on', async () => {
    const outcome = await docSearchNode.run(
      context('Show me quarterly revenue trends by product category, excluding returns and considering seasonal adjustments'),
      call(),
    );
    const headings = outcome.context.doc_passages.map((passage) => passage.heading);
    expect(headings).toContain('Seasonal adjustment');
    expect(headings).toContain('Revenue');
    expect(outcome.context.doc_passages.length).toBeLessThanOrEqual(3);
    expect(outcome.summary).toBe(`${headings.length} passages (${headings.join(', ')})`);
  });

  it("searches the latest reflection's unaddressed items too, without repeating passages", async () => {
    const first = await docSearchNode.run(context('quarterly revenue by category'), call(undefined, { top_k: 1 }));
    expect(first.context.doc_passages.map((passage) => passage.heading)).toEqual(['Revenue']);
    expect(first.summary).toBe('1 passage (Revenue)');

    const reflected = {
      ...first.context,
      reflections: [
        { strategy: 'doc_search' as const, reason: 'seasonality ignored', iteration: 1, unaddressed: ['seasonal adjustments'], inserted: [], capped: false },
      ],
    };
    const second = await docSearchNode.run(reflected, call(undefined, { top_k: 1 }));
    expect(second.context.doc_passages.map((passage) => passage.heading)).toEqual(['Revenue', 'Seasonal adjustment']);
    expect(second.summary).toBe('1 passage (Seasonal adjustment)');
  });

  it('reports a namespace without docs', async () => {
    const outcome = await docSearchNode.run(context('revenue'), call(join(folder, 'missing')));
    expect(outcome.summary).toBe('no docs');
    expect(outcome.context.doc_passages).toEqual([]);
  });
});

describe('the demo docs', () => {
  it('finds the glossary sections of the spec example', async () => {
    const demoDocs = join(import.meta.dirname, '..', 'demo', 'docs');
    const outcome = await docSearchNode.run(
      context('Show me quarterly revenue trends by product category, excluding returns and considering seasonal adjustments'),
      call(demoDocs),
    );
    expect(outcome.context.doc_passages[0]).toMatchObject({ source: 'glossary.md', heading: 'Seasonal adjustment', score: 1 });
    expect(outcome.context.doc_passages.map((passage) => passage.heading)).toContain('Revenue');

    const active = await docSearchNode.run(context('Show monthly active users for the last quarter'), call(demoDocs));
    expect(active.context.doc_passages[0].heading).toBe('Active users');
  });
});
