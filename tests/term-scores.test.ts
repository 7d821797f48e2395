import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, restoreCatalogIndex, saveCatalogIndex } from '../src/catalog/build-catalog-index.js';
import { termSearch } from '../src/catalog/link-schema.js';
import { termScores } from '../src/catalog/term-scores.js';
import type { CatalogTable } from '../src/connectors/connector.js';
import { wordCatalog } from './helpers/word-catalog.js';

const WORDS = ['order', 'orders', 'ordered', 'customer', 'custom', 'amount', 'amounts', 'status', 'region', 'regional', 'invoice', 'invoices', 'price', 'prize', 'line', 'lines', 'date', 'total'];

const catalog = (shapes: number[][]): CatalogTable[] => wordCatalog(WORDS, shapes);

/** What linking used before: MiniSearch's own search for the single term. */
function miniSearchScores(search: MiniSearch<unknown>, term: string): Map<number, number> {
  const options = termSearch(term);
  const scores = new Map<number, number>();
  for (const result of search.search(term, { ...options, fuzzy: options.fuzzy, tokenize: (text) => [text], processTerm: (text) => text })) {
    scores.set(result.id as number, result.score);
  }
  return scores;
}

describe('termScores', () => {
  it('gives exactly the scores MiniSearch.search gives, on built and restored indexes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.nat(40), { minLength: 3, maxLength: 8 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(...WORDS, 'ord', 'amoun', 'regino', 'zzz'),
        (shapes, term) => {
          const tables = catalog(shapes);
          const built = buildCatalogIndex(tables);
          const restored = restoreCatalogIndex(tables, JSON.parse(JSON.stringify(saveCatalogIndex(built))));
          for (const index of [built, restored]) {
            const search = index.search as MiniSearch<unknown>;
            const expected = miniSearchScores(search, term);
            const actual = termScores(search, term, termSearch(term));
            const got = new Map([...actual.positions].map((position, i) => [position, actual.scores[i]]));
            expect(actual.positions.length).toBe(expected.size);
            expect(got).toEqual(expected);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('scores nothing for a term the catalog does not hold', () => {
    const index = buildCatalogIndex(catalog([[1, 2, 3]]));
    const none = termScores(index.search as MiniSearch<unknown>, 'warehouse', termSearch('warehouse'));
    expect([...none.positions]).toEqual([]);
    expect([...none.scores]).toEqual([]);
  });
});
