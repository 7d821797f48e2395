import { describe, expect, it } from 'vitest';
import type { ColumnSchema, TableSchema } from '../src/context/context-schema.js';
import { findRevenueSource, hasRevenueSource } from '../src/models/offline/revenue-source.js';

type ColumnSpec = [name: string, type: string];

function table(name: string, columns: ColumnSpec[]): TableSchema {
  const cols: ColumnSchema[] = columns.map(([columnName, type]) => ({ name: columnName, type, nullable: false, primary_key: false }));
  return { name, comment: '', columns: cols, ddl: '', sample_rows: [], score: 1, reason: 'ranked' };
}

/** The grounding asks only whether revenue stands on something: the answer findRevenueSource's would give. */
const CASES: Array<[string, TableSchema[], boolean]> = [
  ['quantity × price of line items', [table('order_items', [['quantity', 'INTEGER'], ['unit_price', 'DECIMAL(10,2)']])], true],
  ['an amount column', [table('orders', [['order_id', 'INTEGER'], ['total', 'DOUBLE']])], true],
  ['an amount column under a prefix', [table('sales', [['sale_amount', 'DECIMAL(10,2)']])], true],
  ['an amount column that is text', [table('orders', [['total', 'VARCHAR']])], false],
  ['a price without a quantity', [table('products', [['product_id', 'INTEGER'], ['price', 'DOUBLE']])], false],
  ['only a returns table', [table('returns', [['refund_amount', 'DOUBLE']])], false],
  ['a returns table beside orders', [table('refunds', [['amount', 'DOUBLE']]), table('orders', [['amount', 'DOUBLE']])], true],
  ['no tables', [], false],
];

describe('hasRevenueSource', () => {
  for (const [what, tables, expected] of CASES) {
    it(`${what}: ${expected ? 'a source' : 'none'}, as findRevenueSource finds`, () => {
      expect(hasRevenueSource(tables)).toBe(expected);
      expect(findRevenueSource(tables) !== undefined).toBe(expected);
    });
  }
});
