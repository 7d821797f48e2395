import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../src/connectors/connector.js';
import { parseAnswerSql } from '../src/trust/parse-answer-sql.js';
import { probeTieAtLimit } from '../src/trust/probe-tie-at-limit.js';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "Which customer has rented the most times?" presumes one customer ranks first. When the data has several tied
 * for first, `ORDER BY COUNT(*) DESC LIMIT 1` shows one of them picked by the engine, and the answer is `unsure`
 * naming the tie (src/trust/probe-tie-at-limit.ts, probed by the output node). A made-up car hire on real DuckDB
 * through the real CLI: one shop where two customers tie, one where a customer leads.
 */
const DATE = ['--current_date', '2026-11-25'];

const customers = 'cust_id,full_name\n1,Bram Abernethy\n2,Ines Varga\n3,Olu Okafor\n';
const rentalsOf = (byCustomer: number[]): string =>
  `rental_id,cust_id,out_date\n${byCustomer.map((cust, i) => `${i + 1},${cust},2026-0${1 + (i % 9)}-1${i % 10}`).join('\n')}\n`;
const SCHEMA = `CREATE TABLE customers (cust_id INTEGER PRIMARY KEY, full_name VARCHAR);
CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES customers(cust_id), out_date DATE);`;

const SCHEMAS: Record<string, MadeUpDatabase> = {
  tied_hire: { schema: SCHEMA, data: { customers, rentals: rentalsOf([1, 1, 1, 2, 2, 2, 3]) } },
  clear_hire: { schema: SCHEMA, data: { customers, rentals: rentalsOf([1, 1, 1, 1, 2, 2, 3]) } },
};

const QUESTIONS = [
  { id: 'tied', namespace: 'tied_hire', task: 'Which customer has rented from us the most times?' },
  { id: 'clear', namespace: 'clear_hire', task: 'Which customer has rented from us the most times?' },
];

describe('an answer cut to one row by LIMIT 1 where the next row ties it on the ranking', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-tie-at-limit-' });

  it('is unsure, naming the tie, when two customers rank first', () => {
    const line = answers().get('tied')!;
    expect(line.sql, line.reason).toMatch(/limit\s+1/i);
    expect(line.status, line.reason).toBe('unsure');
    expect(line.reason).toMatch(/ties the one shown on what the SQL ranks by \(3\)/);
  });

  it('is not doubted when one customer leads', () => {
    const line = answers().get('clear')!;
    expect(line.sql, line.reason).toMatch(/limit\s+1/i);
    expect(line.status, line.reason).toBe('success');
  });
});

describe('the probe of the row after LIMIT 1, on a real DuckDB', () => {
  let connector: Connector;
  beforeAll(async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(`${SCHEMA.replace(/REFERENCES customers\(cust_id\)/, '')}
      INSERT INTO customers VALUES (1, 'Bram'), (2, 'Ines'), (3, 'Olu');
      INSERT INTO rentals VALUES (1, 1, DATE '2026-03-01'), (2, 1, DATE '2026-03-02'), (3, 2, DATE '2026-03-02'), (4, 2, DATE '2026-03-01'), (5, 3, DATE '2026-01-05');`);
    connector = {
      dialect: 'duckdb',
      location: ':memory:',
      introspect: async () => [],
      close: async () => undefined,
      execute: async (sql) => {
        const reader = await connection.runAndReadAll(sql);
        const rows = reader.getRowsJson() as unknown[][];
        return { columns: reader.columnNames(), rows, row_count: rows.length, truncated: false } as unknown as Awaited<ReturnType<Connector['execute']>>;
      },
    };
  });

  it.each([
    ['tied counts, different customers', 'SELECT c.full_name FROM rentals r JOIN customers c USING (cust_id) GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1', '2'],
    ['tied by an output alias', 'SELECT cust_id, COUNT(*) AS n FROM rentals GROUP BY 1 ORDER BY n DESC LIMIT 1', '2'],
    ['tied by position', 'SELECT cust_id, COUNT(*) FROM rentals GROUP BY 1 ORDER BY 2 DESC LIMIT 1', '2'],
    ['tied dates, different customers', 'SELECT cust_id FROM rentals ORDER BY out_date DESC LIMIT 1', '2026-03-02'],
  ])('%s: a tie', async (_why, sql, key) => {
    expect(await probeTieAtLimit(connector, sql)).toEqual({ key });
    // The output node hands over the tree it parsed for the checks: the probe widens that one, it does not parse again.
    const statement = await parseAnswerSql(sql, 'duckdb');
    expect(await probeTieAtLimit(connector, sql, { statement })).toEqual({ key });
    expect(structuredClone(statement)).toEqual(await parseAnswerSql(sql, 'duckdb'));
  });

  it.each([
    ['tied rows showing the same value', 'SELECT out_date FROM rentals ORDER BY out_date DESC LIMIT 1'],
    ['one row ranks first', 'SELECT cust_id FROM rentals ORDER BY out_date LIMIT 1'],
    ['not a LIMIT 1', 'SELECT cust_id, COUNT(*) FROM rentals GROUP BY 1 ORDER BY 2 DESC LIMIT 2'],
    ['no ORDER BY', 'SELECT cust_id FROM rentals LIMIT 1'],
  ])('%s: no tie', async (_why, sql) => {
    expect(await probeTieAtLimit(connector, sql)).toBeUndefined();
  });
});
