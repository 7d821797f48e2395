import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Shapes of unanswerable question the first look at abstention-dev-p found answered (issue 14, helper abstain22), each
 * beside a twin that the data answers, through the real CLI:
 * - an amount in a unit nothing measures (src/trust/unmeasured-unit.ts): "How many mAh is the battery …" (a unit
 *   counted before a singular verb) and "256GB models" (a unit glued to a number). The same questions are asked of a
 *   second shop that stores battery_mah and storage_gb, where they are answered: the schema decides, not the words;
 * - a count asked in the present tense of "a <thing>" ("How many strings does a Kawai have?", where strings are a
 *   stored spare part): what any such thing has, unless a column stores the count per row (pedals)
 *   (src/trust/generic-count.ts);
 * - a comparison by a judged quality asked as a choice ("Which is nicer to play, a Yamaha or a Kawai?") or with a verb
 *   of seeming ("Does a walnut finish look better than black polyester?") (src/trust/asks-for-judgment.ts), beside
 *   "Which is heavier, …" (a measure the data holds) and "sell better" (a verb of doing: sales are counted).
 */
const SHOP = `CREATE TABLE repairs (job_id INTEGER PRIMARY KEY, model VARCHAR NOT NULL, fault VARCHAR NOT NULL, booked_on DATE NOT NULL, price_gbp DECIMAL(6,2) NOT NULL);
CREATE TABLE batteries (battery_id INTEGER PRIMARY KEY, model VARCHAR NOT NULL, supplier VARCHAR NOT NULL, cost_gbp DECIMAL(6,2) NOT NULL);`;

const LAB = `CREATE TABLE repairs (job_id INTEGER PRIMARY KEY, model VARCHAR NOT NULL, storage_gb INTEGER NOT NULL, fault VARCHAR NOT NULL, booked_on DATE NOT NULL, price_gbp DECIMAL(6,2) NOT NULL);
CREATE TABLE batteries (battery_id INTEGER PRIMARY KEY, model VARCHAR NOT NULL, supplier VARCHAR NOT NULL, battery_mah INTEGER NOT NULL, cost_gbp DECIMAL(6,2) NOT NULL);`;

const PIANOS = `CREATE TABLE pianos (piano_id INTEGER PRIMARY KEY, maker VARCHAR NOT NULL, finish VARCHAR NOT NULL, weight_kg INTEGER NOT NULL, pedals INTEGER NOT NULL, price_gbp DECIMAL(8,2) NOT NULL);
CREATE TABLE spares (spare_id INTEGER PRIMARY KEY, piano_id INTEGER NOT NULL REFERENCES pianos (piano_id), part VARCHAR NOT NULL, cost_gbp DECIMAL(6,2) NOT NULL);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, piano_id INTEGER NOT NULL REFERENCES pianos (piano_id), sold_on DATE NOT NULL);`;

const shop = madeUpRows(SHOP, {
  repairs: ['job_id,model,fault,booked_on,price_gbp', [[1, 'Galaxy S23', 'battery', '2026-03-02', 79], [2, 'iPhone 15', 'screen', '2026-03-05', 129], [3, 'iPhone 15', 'battery', '2026-04-11', 89]]],
  batteries: ['battery_id,model,supplier,cost_gbp', [[1, 'Galaxy S23', 'Cellcore', 21], [2, 'iPhone 15', 'Cellcore', 26]]],
});

const lab = madeUpRows(LAB, {
  repairs: ['job_id,model,storage_gb,fault,booked_on,price_gbp', [[1, 'Galaxy S23', 128, 'battery', '2026-03-02', 79], [2, 'iPhone 15', 256, 'screen', '2026-03-05', 129], [3, 'iPhone 15', 128, 'battery', '2026-04-11', 89]]],
  batteries: ['battery_id,model,supplier,battery_mah,cost_gbp', [[1, 'Galaxy S23', 'Cellcore', 3900, 21], [2, 'iPhone 15', 'Cellcore', 3349, 26]]],
});

const pianos = madeUpRows(PIANOS, {
  pianos: ['piano_id,maker,finish,weight_kg,pedals,price_gbp', [[1, 'Yamaha', 'walnut', 230, 3, 5400], [2, 'Kawai', 'black polyester', 215, 2, 4900], [3, 'Yamaha', 'black polyester', 240, 3, 6100]]],
  spares: ['spare_id,piano_id,part,cost_gbp', [[1, 1, 'strings', 120], [2, 2, 'hammers', 340], [3, 3, 'strings', 95]]],
  sales: ['sale_id,piano_id,sold_on', [[1, 1, '2026-02-01'], [2, 2, '2026-03-09'], [3, 3, '2026-05-20']]],
});

const DATE = ['--current_date', '2026-11-25'];

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'mah', namespace: 'fix_shop', task: 'How many mAh is the battery in a Galaxy S23?', declined: /measures 'how many mAh'/ },
  { id: 'gb', namespace: 'fix_shop', task: 'How many of the iPhone 15s we repaired were 256GB models?', declined: /measures '256GB'/ },
  { id: 'nicer choice', namespace: 'piano_shop', task: 'Which is nicer to play, a Yamaha or a Kawai?', declined: /"nicer" asks for an opinion/ },
  { id: 'look better', namespace: 'piano_shop', task: 'Does a walnut finish look better than black polyester?', declined: /"better than" asks for an opinion/ },
  { id: 'generic count', namespace: 'piano_shop', task: 'How many strings does a Kawai have?', declined: /"how many strings does a Kawai" asks what any such thing has/i },
  // Twins the data answers: the same units where a column measures them, a measured comparison, a verb of doing.
  { id: 'mah stored', namespace: 'fix_lab', task: 'How many mAh is the battery in a Galaxy S23?', declined: false },
  { id: 'gb stored', namespace: 'fix_lab', task: 'How many of the iPhone 15s we repaired were 256GB models?', declined: false },
  { id: 'heavier choice', namespace: 'piano_shop', task: 'Which is heavier, a Yamaha or a Kawai?', declined: false },
  { id: 'stored count', namespace: 'piano_shop', task: 'How many pedals does a Kawai have?', declined: false },
  { id: 'sell better', namespace: 'piano_shop', task: 'Does a walnut finish sell better than black polyester?', declined: false },
];

describe('amounts in units nothing measures, comparisons by a judged quality, and their answerable twins', () => {
  const answers = askBeforeAll({ fix_shop: shop.database, fix_lab: lab.database, piano_shop: pianos.database }, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-units-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task ($namespace)', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
