import { describe, expect, it } from 'vitest';
import type { CatalogTable } from '../src/connectors/connector.js';
import type { Metric } from '../src/context/context-schema.js';
import { answerableTopics } from '../src/output/answerable-topics.js';

const table = (name: string, rows: number) => ({ name, row_count: rows, columns: [{ name: `${name}_id` }, { name: 'label' }] }) as unknown as CatalogTable;
const metric = (name: string) => ({ name }) as unknown as Metric;

describe('what a namespace can answer, said after a declined question', () => {
  it('ends a cut list of metrics with how many more, not ", …." ', () => {
    const metrics = ['revenue', 'refunds', 'orders', 'units', 'returns', 'margin', 'visits', 'signups', 'churn', 'basket'].map(metric);
    const text = answerableTopics('shop', [table('orders', 10), table('customers', 5)], metrics);
    expect(text).toBe('shop can answer questions about orders, customers and the metrics revenue, refunds, orders, units, returns, margin, visits, signups (and 2 more).');
    expect(answerableTopics('shop', [table('orders', 10)], metrics.slice(0, 2))).toBe('shop can answer questions about orders and the metrics revenue, refunds.');
  });
});
