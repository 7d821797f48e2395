import { describe, expect, it } from 'vitest';
import { buildCatalogIndex } from '../src/catalog/build-catalog-index.js';
import { addColumnValues, buildValueLookup } from '../src/catalog/build-value-lookup.js';
import { linkSchema } from '../src/catalog/link-schema.js';
import { matchValues } from '../src/catalog/match-values.js';
import type { CatalogTable } from '../src/connectors/connector.js';
import { ContextSchema } from '../src/context/context-schema.js';
import { unaddressedPhrases } from '../src/models/offline/unaddressed-phrases.js';
import { groundQuestion } from '../src/trust/judge-grounding.js';

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

describe('grounding memo across questions', () => {
  const context = (text: string, passages: Array<{ heading: string; text: string }> = []) =>
    ContextSchema.parse({
      run_id: 'run-memo',
      task: { text, namespace: 'demo', plan: 'reflection', current_date: '2025-06-30', max_iterations: 3 },
      doc_passages: passages.map((passage, i) => ({ source: `docs/${i}.md`, score: 1, ...passage })),
      plan: { done: [], pending: [], next_step_id: 0 },
    });

  it('keeps the catalog part per catalog and takes each question\'s own evidence afresh', () => {
    const question = 'churned customers by status';
    expect(groundQuestion(context(question), TABLES)).toMatchObject({ grounded: ['customers', 'status'], ungrounded: ['churned'] });
    const withDocs = context(question, [{ heading: 'Churn', text: 'A customer churned when they left.' }]);
    expect(groundQuestion(withDocs, TABLES).ungrounded).toEqual([]);
    expect(groundQuestion(context(question), TABLES).ungrounded).toEqual(['churned']);
    const renamed = TABLES.map((table) => (table.name === 'orders' ? { ...table, columns: [...table.columns, { name: 'churned_at', type: 'DATE' }] } : table));
    expect(groundQuestion(context(question), renamed).ungrounded).toEqual([]);
    expect(groundQuestion(context(question), TABLES).ungrounded).toEqual(['churned']);
  });

  it("takes each question's linked tables afresh: a comment that grounds a word counts in the run that links it, not in the next", () => {
    const linked = (comment?: string) =>
      ContextSchema.parse({
        ...context('churned customers by status'),
        table_schemas: [{ name: 'customers', ddl: 'CREATE TABLE customers (status VARCHAR)', columns: [{ name: 'status', type: 'VARCHAR', ...(comment ? { comment } : {}) }] }],
      });
    const sql = 'SELECT status, COUNT(*) FROM customers GROUP BY status';
    for (let round = 0; round < 2; round++) {
      expect(groundQuestion(linked('churned or active'), []).ungrounded).toEqual([]);
      expect(unaddressedPhrases(linked('churned or active'), sql)).toEqual([]);
      expect(groundQuestion(linked(), []).ungrounded).toEqual(['churned']);
      expect(unaddressedPhrases(linked(), sql).map((open) => open.phrase)).toEqual(['churned']);
    }
  });
});
