import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Shapes of unanswerable question a probe over two unseen databases found answered (issue 14, helper abstain14,
 * bench/datasets/probe-abstain14), each beside a twin worded alike that the data answers, through the real CLI:
 * - "paddle size per order" where PADDLE is a stored kit item, "deck size per kayak" where spray_deck is a yes-or-no
 *   column: the size of a thing stored only as a kind or a flag (src/trust/size-of-kind.ts);
 * - "List the guides with their dates of birth." where only customers have a birth year: a word of form before "of"
 *   asks for what follows it (src/trust/asked-attributes.ts);
 * - "monthly rent per kayak": an adjective of a period opens a fragment's noun phrase, and the noun after it is one
 *   (src/trust/period-adjectives.ts);
 * - "How many mix-ups did each guide make?": a hyphenated compound that is a noun names a thing (src/trust/hyphenated-noun.ts);
 * - "Which guide does the best linework?": after a superlative a do-question's last word is a noun, its object
 *   (src/trust/ends-with-object.ts), and a closed compound WordNet lacks ranks as its last word would (grounding-signals.ts);
 * - "Do any customers have an appointment?" where an appts table is: a listed short form in a name grounds the word
 *   before the table's comment does (src/trust/listed-short-name-kind.ts).
 */
const SCHEMA = `CREATE TABLE kayaks (kayak_id INTEGER PRIMARY KEY, kayak_nm VARCHAR NOT NULL, seats INTEGER NOT NULL, spray_deck BOOLEAN NOT NULL, day_rate DECIMAL(5,2) NOT NULL);
COMMENT ON COLUMN kayaks.spray_deck IS 'Comes with a spray deck';
CREATE TABLE guides (guide_id INTEGER PRIMARY KEY, guide_nm VARCHAR NOT NULL, yrs_exp INTEGER NOT NULL);
CREATE TABLE customers (cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR NOT NULL, birth_yr INTEGER NOT NULL);
CREATE TABLE appts (appt_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL, guide_id INTEGER NOT NULL, kayak_id INTEGER NOT NULL, missed BOOLEAN NOT NULL, FOREIGN KEY (cust_id) REFERENCES customers(cust_id), FOREIGN KEY (guide_id) REFERENCES guides(guide_id), FOREIGN KEY (kayak_id) REFERENCES kayaks(kayak_id));
COMMENT ON TABLE appts IS 'Appointments for guided trips';
CREATE TABLE kit_orders (ord_id INTEGER PRIMARY KEY, item VARCHAR NOT NULL, qty INTEGER NOT NULL, cost DECIMAL(6,2) NOT NULL);`;

const { database } = madeUpRows(SCHEMA, {
  kayaks: ['kayak_id,kayak_nm,seats,spray_deck,day_rate', [[1, 'Puffin', 1, 'true', 35], [2, 'Gannet', 2, 'false', 50], [3, 'Tern', 1, 'false', 30]]],
  guides: ['guide_id,guide_nm,yrs_exp', [[1, 'Mara Quinn', 9], [2, 'Tom Rees', 3]]],
  customers: ['cust_id,cust_nm,birth_yr', [[1, 'Ann Bell', 1980], [2, 'Raj Shah', 1995], [3, 'Eve Long', 1972]]],
  appts: ['appt_id,cust_id,guide_id,kayak_id,missed', [[1, 1, 1, 1, 'false'], [2, 2, 2, 2, 'true'], [3, 3, 1, 3, 'false']]],
  kit_orders: ['ord_id,item,qty,cost', [[1, 'PADDLE', 4, 180], [2, 'HELMET', 6, 150], [3, 'WETSUIT', 5, 400], [4, 'PADDLE', 2, 90]]],
});

const DATE = ['--current_date', '2026-11-25'];

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'paddle size', namespace: 'kayak_hire', task: 'paddle size per order', declined: /paddle size/ },
  { id: 'deck size', namespace: 'kayak_hire', task: 'deck size per kayak', declined: /deck size/ },
  { id: 'dates of birth', namespace: 'kayak_hire', task: 'List the guides with their dates of birth.', declined: /birth/ },
  { id: 'monthly rent', namespace: 'kayak_hire', task: 'monthly rent per kayak', declined: /rent/ },
  { id: 'mix-ups', namespace: 'kayak_hire', task: 'How many mix-ups did each guide make?', declined: /mix/ },
  { id: 'best linework', namespace: 'kayak_hire', task: 'Which guide does the best linework?', declined: /linework/ },
  // Twins worded alike that the data answers.
  { id: 'paddles', namespace: 'kayak_hire', task: 'How many paddles were ordered?', declined: false },
  { id: 'spray decks', namespace: 'kayak_hire', task: 'How many kayaks have a spray deck?', declined: false },
  { id: 'birth year', namespace: 'kayak_hire', task: 'List the customers with their birth year.', declined: false },
  { id: 'daily rate', namespace: 'kayak_hire', task: 'daily rate per kayak', declined: false },
  { id: 'most appointments', namespace: 'kayak_hire', task: 'Which guide does the most appointments?', declined: false },
  { id: 'appointment', namespace: 'kayak_hire', task: 'Do any customers have an appointment?', declined: false },
];

describe('unanswerable shapes a second probe over unseen databases found, and their answerable twins', () => {
  const answers = askBeforeAll({ kayak_hire: database }, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-probe-a14-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
