import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../src/catalog/build-catalog-index.js';
import { addColumnValues, buildValueLookup } from '../src/catalog/build-value-lookup.js';
import { linkSchema } from '../src/catalog/link-schema.js';
import { matchValues } from '../src/catalog/match-values.js';
import type { CatalogTable } from '../src/connectors/connector.js';

/** Linking remembers per-term results on the namespace's index across questions; answers must be those of a fresh index. */
const TABLES: CatalogTable[] = [
  { name: 'customers', row_count: 100, columns: [{ name: 'customer_id', type: 'INTEGER', primary_key: true }, { name: 'state', type: 'VARCHAR' }, { name: 'segment', type: 'VARCHAR' }] },
  { name: 'orders', row_count: 500, columns: [{ name: 'order_id', type: 'INTEGER', primary_key: true }, { name: 'customer_id', type: 'INTEGER', references: 'customers.customer_id' }, { name: 'status', type: 'VARCHAR' }] },
  { name: 'products', row_count: 50, columns: [{ name: 'product_id', type: 'INTEGER', primary_key: true }, { name: 'category', type: 'VARCHAR' }] },
];
const VALUES = [
  { table: 'customers', column: 'state', values: ['CA', 'TX', 'NY'] },
  { table: 'orders', column: 'status', values: ['shipped', 'cancelled', 'returned'] },
];
const QUESTIONS = ['How many customers from California?', 'Orders cancelled by state', 'customers with canceled orders', 'Products per category', 'How many customers from Texas?'];

describe('linking memo across questions', () => {
  it('links every question of a repeated batch as a fresh index does', () => {
    const shared = buildCatalogIndex(TABLES, VALUES);
    for (let round = 0; round < 3; round++) {
      for (const question of QUESTIONS) {
        const fresh = buildCatalogIndex(TABLES, VALUES);
        expect(linkSchema(shared, question)).toEqual(linkSchema(fresh, question));
      }
    }
  });

  it('sees values added to a lookup after a word was matched', () => {
    const lookup = buildValueLookup(VALUES);
    expect(matchValues(lookup, 'orders refundded last week').map((match) => match.value)).toEqual([]);
    addColumnValues(lookup, [{ table: 'orders', column: 'status', values: ['refunded'] }]);
    expect(matchValues(lookup, 'orders refundded last week').map((match) => match.value)).toEqual(['refunded']);
  });
});
