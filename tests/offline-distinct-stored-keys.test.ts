import { describe, expect, it } from 'vitest';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { askBeforeAll } from './helpers/expect-declines.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * "How many different X do the Ys ...": X a table, Ys a table named after it that stores X's key. The answer counts
 * the distinct keys the Ys store (the addresses tenants live at), not every X; of several keys to X, the one whose
 * role word the question uses ("currently" → current_address_id). Through the real CLI; rows must equal the
 * hand-written query's.
 */
const SCHEMA = [
  'CREATE TABLE addresses (address_id INTEGER PRIMARY KEY, line VARCHAR NOT NULL, city VARCHAR NOT NULL)',
  'CREATE TABLE tenants (tenant_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, current_address_id INTEGER NOT NULL REFERENCES addresses(address_id), permanent_address_id INTEGER NOT NULL REFERENCES addresses(address_id))',
  'CREATE TABLE landlords (landlord_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, address_id INTEGER NOT NULL REFERENCES addresses(address_id))',
];
const DATA: Record<string, (string | number)[][]> = {
  addresses: [[1, '1 Oak St', 'Leeds'], [2, '2 Elm St', 'Hull'], [3, '3 Ash St', 'York'], [4, '4 Fir St', 'Leeds'], [5, '5 Yew St', 'Bath']],
  tenants: [[1, 'Ana', 1, 2], [2, 'Ben', 1, 3], [3, 'Cleo', 2, 3], [4, 'Dan', 1, 5]],
  landlords: [[1, 'Eva', 4], [2, 'Finn', 4], [3, 'Gus', 5]],
};
const header: Record<string, string> = {
  addresses: 'address_id,line,city',
  tenants: 'tenant_id,name,current_address_id,permanent_address_id',
  landlords: 'landlord_id,name,address_id',
};
const DATABASES: Record<string, MadeUpDatabase> = {
  homes: {
    schema: `${SCHEMA.join(';\n')};`,
    data: Object.fromEntries(Object.entries(DATA).map(([table, rows]) => [table, `${header[table]}\n${rows.map((row) => row.join(',')).join('\n')}\n`])),
  },
};
const literal = (value: string | number): string => (typeof value === 'number' ? String(value) : `'${value}'`);
const rows = inMemoryRows([...SCHEMA, ...Object.entries(DATA).map(([table, list]) => `INSERT INTO ${table} VALUES ${list.map((row) => `(${row.map(literal).join(', ')})`).join(', ')}`)]);

const CASES: { task: string; expected: string }[] = [
  { task: 'How many different addresses do the landlords live at?', expected: 'SELECT count(DISTINCT address_id) FROM landlords' },
  { task: 'How many different addresses do the tenants currently live at?', expected: 'SELECT count(DISTINCT current_address_id) FROM tenants' },
  // Must not change: no other table named, or not asked as "different": every row of the table.
  { task: 'How many addresses are there?', expected: 'SELECT count(*) FROM addresses' },
  { task: 'How many different addresses are there?', expected: 'SELECT count(*) FROM addresses' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'homes', task: c.task }));

describe('distinct keys another table stores', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: [], prefix: 'sluice-offline-distinct-keys-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!, false), line.sql!).toEqual(await rows(c.expected, false));
    });
  });
});
