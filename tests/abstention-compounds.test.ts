import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { BatchLine, MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { runCli } from './helpers/run-cli.js';

/**
 * Noun compounds (issue 14): in "insurance cost" the modifier narrows the head, so a head a column holds grounds the
 * compound only when the modifier fits that column (its table, a word of its name or comment, a stored value of its
 * table, a synonym of its name). Declined: a compound the question asks for whose modifier nothing of the column
 * holds; unsure: one beside an answerable part. Answered: a modifier that is the column's table, in its name, or a value
 * stored beside it; a stored name written as an owner ("Mia Rossi's") matches the name. Also declined: a name written
 * as an owner that nothing stores ("Globex's customers": another organisation's), and advice asked inside a
 * wh-question ("Which customers should we …"). A made-up parcels database, none of the labelled sets', through the
 * real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  parcels: {
    schema: `CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name VARCHAR, email VARCHAR, city VARCHAR);
CREATE TABLE shipments (shipment_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (customer_id), sent_on DATE, service VARCHAR, weight_kg DOUBLE, cost DOUBLE);
CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name VARCHAR, town VARCHAR, handling_fee DOUBLE);`,
    data: {
      customers: 'customer_id,full_name,email,city\n1,Mia Rossi,mia@example.com,Leeds\n2,Tom Okafor,tom@example.com,York\n3,Ada Byrne,ada@example.com,Leeds\n',
      shipments:
        'shipment_id,customer_id,sent_on,service,weight_kg,cost\n1,1,2026-10-02,courier,2.5,12.4\n2,2,2026-10-05,post,1.2,4.1\n3,1,2026-10-09,courier,4,15.9\n4,3,2026-11-01,post,0.8,3.6\n',
      depots: "depot_id,depot_name,town,handling_fee\n1,Kay's Yard,Leeds,2.5\n2,Ouse Wharf,York,3\n",
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'modifier nothing holds', namespace: 'parcels', task: 'What is the insurance cost of each shipment?', declined: /'insurance cost'/ },
  { id: 'modifier nothing holds, opening', namespace: 'parcels', task: 'What customs cost did each shipment have?', declined: /'customs cost'/ },
  { id: 'possessive owner, compound nothing holds', namespace: 'parcels', task: "What's Mia Rossi's work email?", declined: /'work email'/ },
  { id: 'modifier is the table', namespace: 'parcels', task: 'What is the shipment cost of each shipment sent in October 2026?', declined: false },
  { id: 'modifier in the column name', namespace: 'parcels', task: 'What is the handling fee of each depot?', declined: false },
  { id: 'modifier a stored value of the table', namespace: 'parcels', task: 'What is the average courier cost?', declined: false },
  { id: 'modifier is the column table', namespace: 'parcels', task: 'What is the customer email of each customer in Leeds?', declined: false },
  { id: 'possessive owner matched', namespace: 'parcels', task: "What is Mia Rossi's email?", declined: false },
  { id: "a stored name with its 's", namespace: 'parcels', task: "Show the handling fee of Kay's Yard.", declined: false },
  { id: 'owner nothing stores', namespace: 'parcels', task: "How many shipments did Globex's customers send?", declined: /'Globex'/ },
  { id: 'owner stored', namespace: 'parcels', task: "What is the total cost of Ada Byrne's shipments?", declined: false },
  { id: 'advice inside a wh-question', namespace: 'parcels', task: 'Which customers should we send a discount to?', declined: /should we/ },
];

const PARTLY = { id: 'partly answerable', namespace: 'parcels', task: 'Show the number of shipments per service and the insurance cost of each service.' };

describe('noun compounds: the modifier must fit the column the head links to', () => {
  const answers = askBeforeAll(SCHEMAS, [...QUESTIONS, PARTLY], { args: DATE, prefix: 'sluice-abstention-compounds-' });

  it('declines a compound asked for whose modifier nothing of its column holds, before any SQL, naming the compound', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined), 'none');
  });

  it('answers a compound whose modifier is the column table, in its name or stored beside it', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });

  it('matches a stored name written as an owner, and filters on it; a name stored with its "\'s" still matches as written', () => {
    const line = answers().get('possessive owner matched')!;
    expect(line.sql, line.reason).toMatch(/Mia Rossi/);
    const stored = answers().get("a stored name with its 's")!;
    expect(stored.sql, stored.reason).toMatch(/Kay''s Yard/);
  });

  it('runs a question whose compound is beside an answerable part, and ends unsure naming it', () => {
    const line = answers().get(PARTLY.id)!;
    expect(line.status, `${PARTLY.task} -> ${line.reason ?? line.sql}`).toBe('unsure');
    expect(line.sql).not.toBeNull();
    expect(line.reason).toMatch(/insurance/);
  });
});

describe('an ungrounded compound through a single run', () => {
  it('exits 4 naming the compound, with no SQL run', async () => {
    const result = await runCli(['run', '--task', 'Which customers opened our latest newsletter email?', '--format', 'json', ...DATE]);
    expect(result.code, result.stderr).toBe(4);
    const json = JSON.parse(result.stdout) as BatchLine;
    expect(json.status).toBe('unanswerable');
    expect(json.sql).toBeNull();
    expect(json.reason).toMatch(/'newsletter email'/);
  }, 120_000);
});
