import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CatalogTable } from '../src/connectors/connector.js';
import { schemaWordSources } from '../src/catalog/gloss-words.js';
import { spelledStems } from '../src/catalog/spelled-stems.js';
import { splitIdentifier } from '../src/catalog/split-identifier.js';
import { stemWord } from '../src/catalog/stem-word.js';
import { commentStems } from '../src/catalog/tables-by-related-nouns.js';

/**
 * A warehouse's 10,000 tables share a few hundred column names and templated comments, so the per-catalog word
 * readings (spelled stems, comment stems, the value lookup's schema words) read each distinct text once. These are
 * the readings as they were written before, text by text; the shared ones must equal them, in iteration order too.
 */
const MIN_GLOSS_WORD = 4;

function spelledStemsOneByOne(tables: readonly CatalogTable[]): Set<string> {
  const spelled = new Set<string>();
  for (const table of tables) {
    for (const name of [table.name, ...table.columns.map((column) => column.name)]) {
      for (const part of splitIdentifier(name.split('.').pop()!)) spelled.add(stemWord(part.toLowerCase()));
    }
  }
  return spelled;
}

function commentStemsOneByOne(tables: readonly CatalogTable[]): Set<string> {
  const stems = new Set<string>();
  for (const table of tables) {
    for (const comment of [table.comment, ...table.columns.map((column) => column.comment)]) {
      for (const word of comment?.toLowerCase().match(/[a-z]{3,}/g) ?? []) stems.add(stemWord(word));
    }
  }
  return stems;
}

function schemaWordSourcesOneByOne(tables: readonly CatalogTable[]): Map<string, Set<string>> {
  const sources = new Map<string, Set<string>>();
  const add = (text: string, source: string, identifier: boolean): void => {
    const words = identifier ? splitIdentifier(text) : text.split(/[^\p{L}]+/u);
    for (const word of words) {
      if (word.length < MIN_GLOSS_WORD) continue;
      const stem = stemWord(word.toLowerCase());
      const known = sources.get(stem) ?? new Set<string>();
      known.add(source);
      sources.set(stem, known);
    }
  };
  for (const table of tables) {
    add(table.name.split('.').pop()!, 'name', true);
    if (table.comment) add(table.comment, `${table.name}\u0000`, false);
    for (const column of table.columns) {
      add(column.name, 'name', true);
      if (column.comment) add(column.comment, `${table.name}\u0000${column.name}`, false);
    }
  }
  return sources;
}

/** Names and comments drawn from small pools, so they repeat across tables as a warehouse's do. */
const WORDS = ['order', 'orders', 'customer', 'status', 'amount', 'invoice', 'daily', 'id', 'paid', 'box', 'boxes', 'category', 'categories', 'x'];
const word = fc.constantFrom(...WORDS);
const identifier = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.constantFrom('_', '')).map(([words, glue]) =>
  glue === '' ? words.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('') : words.join(glue),
);
const comment = fc.option(fc.array(word, { minLength: 0, maxLength: 5 }).map((words) => words.join(' ')), { nil: undefined });
const table = fc.record({
  name: fc.tuple(fc.option(fc.constantFrom('main', 'sales'), { nil: undefined }), identifier).map(([schema, name]) => (schema ? `${schema}.${name}` : name)),
  comment,
  columns: fc.array(fc.record({ name: identifier, type: fc.constant('VARCHAR'), comment }), { minLength: 0, maxLength: 6 }),
  row_count: fc.constant(0),
});
const catalog = fc.array(table, { minLength: 0, maxLength: 25 }) as fc.Arbitrary<CatalogTable[]>;

const entries = (sources: Map<string, Set<string>>) => [...sources].map(([stem, from]) => [stem, [...from]]);

describe('per-catalog word readings read each distinct text once', () => {
  it('equal the readings made text by text, in the same order', () => {
    fc.assert(
      fc.property(catalog, (tables) => {
        expect([...spelledStems([...tables])]).toEqual([...spelledStemsOneByOne(tables)]);
        expect([...commentStems([...tables])]).toEqual([...commentStemsOneByOne(tables)]);
        expect(entries(schemaWordSources(tables))).toEqual(entries(schemaWordSourcesOneByOne(tables)));
      }),
      { numRuns: 500 },
    );
  });

  it('keep a comment source per table and column when the same comment text repeats', () => {
    const tables: CatalogTable[] = [
      { name: 'orders', row_count: 0, comment: 'Paid orders', columns: [{ name: 'status', type: 'VARCHAR', comment: 'Paid orders' }] },
      { name: 'refunds', row_count: 0, comment: 'Paid orders', columns: [{ name: 'status', type: 'VARCHAR' }] },
    ];
    expect([...schemaWordSources(tables).get('paid')!]).toEqual(['orders\u0000', 'orders\u0000status', 'refunds\u0000']);
    expect([...schemaWordSources(tables).get('status')!]).toEqual(['name']);
  });
});
