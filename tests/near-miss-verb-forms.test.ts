import { beforeAll, describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { valuesBySynonym } from '../src/catalog/values-by-synonym.js';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';

/**
 * What a verb names (issue 14, verb forms): a stored value by a phrasal verb of its synonym set ("called off" for
 * cancelled) or by the noun WordNet derives from the verb ("vaccinated" for Vaccination), and the money "how much was
 * donated" asks for by the table the verb's noun names (donations, not the appeals' goal_amt). Made-up columns and questions; look-alikes (a
 * phrasal verb of another meaning, a verb no table or value is named after) must link nothing.
 */
const sets: ColumnValues[] = [
  { table: 'orders', column: 'status', values: ['open', 'shipped', 'cancelled'] },
  { table: 'visits', column: 'reason', values: ['Vaccination', 'Checkup', 'Injury'] },
];
const lookup = buildValueLookup(sets);
const linked = [
  { name: 'orders', columns: [{ name: 'order_id' }, { name: 'status' }, { name: 'placed_on' }] },
  { name: 'visits', columns: [{ name: 'visit_id' }, { name: 'pet_name' }, { name: 'reason' }] },
];
const found = (question: string) => valuesBySynonym(lookup, question, linked, []).map((match) => `${match.table}.${match.column}=${match.value}@${match.matched_text}`).sort();

describe('stored values named by a verb', () => {
  it('reaches a value by a phrasal verb WordNet puts in its synonym set', () => {
    expect(found('How many orders were called off?')).toEqual(['orders.status=cancelled@called off']);
  });

  it('reaches a value by the noun WordNet derives from the verb', () => {
    expect(found('How many pets got vaccinated?')).toEqual(['visits.reason=Vaccination@vaccinated']);
  });

  it('takes no phrasal verb of another meaning and no verb without a derived value', () => {
    expect(found('How many orders were called in?')).toEqual([]);
    expect(found('How many orders were put off?')).toEqual([]);
    expect(found('How many pets got injected?')).toEqual([]);
  });
});

describe('a run over a made-up database', () => {
  let namespace: MadeUpNamespace;

  beforeAll(async () => {
    namespace = await madeUpNamespace('appeal', [
      'CREATE TABLE appeals (appeal_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, goal_amt DOUBLE NOT NULL)',
      `INSERT INTO appeals VALUES (1, 'Roof Repair', 5000), (2, 'Food Bank', 2000), (3, 'Choir Tour', 800)`,
      'CREATE TABLE donations (donation_id INTEGER PRIMARY KEY, appeal_id INTEGER NOT NULL REFERENCES appeals(appeal_id), status VARCHAR NOT NULL, amt DOUBLE NOT NULL)',
      `INSERT INTO donations VALUES (1, 1, 'paid', 100), (2, 1, 'paid', 250), (3, 2, 'cancelled', 40), (4, 2, 'paid', 60), (5, 3, 'paid', 75), (6, 1, 'cancelled', 30)`,
    ]);
  });

  const ask = (task: string) => namespace.ask(task);
  const query = (sql: string) => namespace.query(sql);

  const sorted = (rows: unknown) => JSON.stringify((rows as unknown[][]).map((row) => JSON.stringify(row)).sort());

  it('adds up the money of the table the verb after "how much" names', async () => {
    const { answer, stderr } = await ask('How much was donated to each appeal?');
    expect(answer.sql, stderr).toMatch(/SUM\([^)]*amt\)/i);
    expect(answer.sql, stderr).not.toMatch(/goal_amt/);
    expect(sorted(answer.rows)).toBe(sorted(await query('SELECT a.name, SUM(d.amt) FROM donations d JOIN appeals a USING (appeal_id) GROUP BY a.name')));
  }, 120_000);

  it('counts the rows whose value a phrasal verb names', async () => {
    const { answer, stderr } = await ask('How many donations were called off?');
    expect(answer.status, stderr).not.toBe('unanswerable');
    expect(JSON.stringify(answer.rows)).toBe(JSON.stringify(await query("SELECT count(*)::INTEGER FROM donations WHERE status = 'cancelled'")));
  }, 120_000);
});
