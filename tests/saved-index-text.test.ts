import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { buildCatalogIndex, restoreCatalogIndex, saveCatalogIndex, savedCatalogIndexPieces, type CatalogIndex } from '../src/catalog/build-catalog-index.js';
import { ByteChunks } from '../src/catalog/byte-chunks.js';
import type { CatalogTable } from '../src/connectors/connector.js';
import { wordCatalog } from './helpers/word-catalog.js';

const WORDS = ['order', 'orders', 'customer', 'amount', 'status', 'région', 'invoice', 'price', 'line', 'date', 'total', '売上', 'naïve'];

// Quotes, backslashes and letters outside ASCII in names and comments: the JSON escapes and UTF-8 bytes must match too.
const catalog = (shapes: number[][]): CatalogTable[] => wordCatalog(WORDS, shapes, ' "quoted" \\ ');

const text = (pieces: Iterable<Uint8Array>): string => Buffer.concat([...pieces]).toString('utf8');

describe('savedCatalogIndexPieces', () => {
  it('writes the bytes of JSON.stringify(saveCatalogIndex(index)), for built and restored indexes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(40), { minLength: 3, maxLength: 8 }), { minLength: 0, maxLength: 60 }), (shapes) => {
        const tables = catalog(shapes);
        const built = buildCatalogIndex(tables);
        const expected = JSON.stringify(saveCatalogIndex(built));
        expect(text(savedCatalogIndexPieces(built))).toBe(expected);
        const restored = restoreCatalogIndex(tables, JSON.parse(expected));
        expect(text(savedCatalogIndexPieces(restored))).toBe(JSON.stringify(saveCatalogIndex(restored)));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the order JSON.stringify gives integer keys when documents were removed and added again', () => {
    const tables = catalog([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    const index = buildCatalogIndex(tables);
    index.search.discard(0);
    index.search.add({ id: 0, table: tables[0]! } as never);
    expect(text(savedCatalogIndexPieces(index))).toBe(JSON.stringify(saveCatalogIndex(index)));
  });
});

/** Every map and count of a MiniSearch index, maps as their entries in iteration order (which linking's sums follow). */
function internals(search: MiniSearch<any>): unknown {
  const own = search as unknown as Record<string, unknown>;
  const entries = (value: unknown): unknown => (value instanceof Map ? [...value].map(([key, inner]) => [key, entries(inner)]) : value);
  return {
    index: [...(own._index as Iterable<[string, unknown]>)].map(([term, data]) => [term, entries(data)]),
    ...Object.fromEntries(['_documentCount', '_nextId', '_documentIds', '_idToShortId', '_fieldIds', '_fieldLength', '_avgFieldLength', '_storedFields', '_dirtCount'].map((key) => [key, entries(own[key])])),
  };
}

const OPTIONS = { fields: ['name', 'columns', 'keys', 'comment'] };

describe('the saved search index', () => {
  const restoresAsMiniSearch = (index: CatalogIndex, tables: Parameters<typeof restoreCatalogIndex>[0]) => {
    const restored = restoreCatalogIndex(tables, JSON.parse(Buffer.concat([...savedCatalogIndexPieces(index)]).toString('utf8')));
    const byMiniSearch = MiniSearch.loadJS(JSON.parse(JSON.stringify(index.search.toJSON())), OPTIONS);
    expect(internals(restored.search)).toEqual(internals(byMiniSearch));
  };

  it('restores the maps MiniSearch.loadJS restores from toJSON, entry for entry and in the same order', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(40), { minLength: 3, maxLength: 8 }), { minLength: 0, maxLength: 60 }), (shapes) => {
        const tables = catalog(shapes);
        restoresAsMiniSearch(buildCatalogIndex(tables), tables);
      }),
      { numRuns: 100 },
    );
  });

  it('restores an index whose documents were removed and added again in ascending order, as loadJS does', () => {
    const tables = catalog([[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
    const index = buildCatalogIndex(tables);
    index.search.discard(0);
    index.search.add({ id: 0, table: tables[0]! } as never);
    const restored = restoreCatalogIndex(tables, JSON.parse(JSON.stringify(saveCatalogIndex(index))));
    expect(internals(restored.search)).toEqual(internals(MiniSearch.loadJS(JSON.parse(JSON.stringify(index.search.toJSON())), OPTIONS)));
  });
});

describe('ByteChunks', () => {
  it('hands out the UTF-8 bytes of what was written, in order, across buffer boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.nat(), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(0.5)), { maxLength: 200 }), (parts) => {
        const out = new ByteChunks(64);
        const pieces: Buffer[] = [];
        let expected = '';
        for (const part of parts) {
          if (typeof part === 'string') {
            expect(out.text(part)).toBe(Buffer.byteLength(part, 'utf8'));
            expected += part;
          } else {
            out.integer(part);
            expected += JSON.stringify(part);
          }
          pieces.push(...out.take());
        }
        pieces.push(...out.take(true));
        expect(Buffer.concat(pieces).toString('utf8')).toBe(Buffer.from(expected, 'utf8').toString('utf8'));
      }),
      { numRuns: 200 },
    );
  });
});
