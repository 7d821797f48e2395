import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up bicycle workshop: what the question restricts or measures ("actually", "still outstanding", "average
 * repair length") that an SQL can leave out while reading every other word. English constructions, not any dataset's
 * questions.
 */
const contextFor = (question: string): Context =>
  questionContext(question, 'bike_shop', [
    {
      name: 'mechanics',
      columns: [
        { name: 'mech_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'mech_nm', nullable: false },
      ],
    },
    {
      name: 'repairs',
      sample_rows: [[1, 3, '2026-05-02', 'SVC', 45, 'DONE'], [2, 4, '2026-05-03', 'PUN', 15, 'CXL']],
      columns: [
        { name: 'repair_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'mech_id', type: 'INTEGER', nullable: false, references: 'mechanics.mech_id' },
        { name: 'repair_dt', type: 'DATE', nullable: false },
        { name: 'job_cd', nullable: false, comment: 'SVC full service, PUN puncture, BRK brakes' },
        { name: 'mins', type: 'INTEGER', nullable: false, comment: 'Minutes on the stand' },
        { name: 'sts_cd', nullable: false, comment: 'DONE completed, CXL cancelled by the customer' },
      ],
    },
    {
      name: 'invoices',
      columns: [
        { name: 'inv_no', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'repair_id', type: 'INTEGER', nullable: false, references: 'repairs.repair_id' },
        { name: 'amount', type: 'DECIMAL(8,2)', nullable: false },
        { name: 'paid_on', type: 'DATE', nullable: true, comment: 'NULL while unpaid' },
      ],
    },
    {
      name: 'drinks',
      columns: [
        { name: 'sale_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'drink', nullable: false },
      ],
    },
  ]);

const PER_MECHANIC = 'SELECT AVG(repair_count) AS avg_n FROM (SELECT mechanics.mech_nm, COUNT(*) AS repair_count FROM repairs JOIN mechanics ON repairs.mech_id = mechanics.mech_id GROUP BY 1) per_group';
const MAY = "repair_dt >= DATE '2026-05-01' AND repair_dt < DATE '2026-06-01'";

const cases: CheckCase[] = [
  // averaged_count: an average of per-group counts answers an average count, not an average of a measure
  ['a length averaged as a count', 'avg repair length per mechanic', PER_MECHANIC, ['avg_n'], 1, 'averaged_count', false],
  ['a time averaged as a count', 'What is the average time on the stand for a repair, per mechanic?', PER_MECHANIC, ['avg_n'], 1, 'averaged_count', false],
  ['the rows counted are what is averaged', 'average repairs per mechanic', PER_MECHANIC, ['avg_n'], 1, 'averaged_count', true],
  ['a slash for "per"', 'avg repairs/mechanic', PER_MECHANIC, ['avg_n'], 1, 'averaged_count', true],
  ['a number averaged', 'What is the average number of repairs per mechanic?', PER_MECHANIC, ['avg_n'], 1, 'averaged_count', true],
  ['"how many" averaged', 'On average, how many jobs does a mechanic take on?', PER_MECHANIC, ['avg_n'], 1, 'averaged_count', true],
  ['the measure averaged', 'avg repair length per mechanic', 'SELECT mechanics.mech_nm, AVG(repairs.mins) AS avg_mins FROM repairs JOIN mechanics ON repairs.mech_id = mechanics.mech_id GROUP BY 1', ['mech_nm', 'avg_mins'], 3, 'averaged_count', true],
  // groups_folded: "each X" asks for an answer per X, which an outer AVG over the groups folds into one number
  ['each mechanic folded into one average', 'On average, how many repairs a day does each mechanic do?', PER_MECHANIC, ['avg_n'], 1, 'groups_folded', false],
  ['"per" as one ratio', 'average repairs per mechanic', PER_MECHANIC, ['avg_n'], 1, 'groups_folded', true],
  ['a row per mechanic', 'On average, how many repairs a day does each mechanic do?', "SELECT mech_nm, AVG(n) AS avg_n FROM (SELECT mechanics.mech_nm, repairs.repair_dt, COUNT(*) AS n FROM repairs JOIN mechanics ON repairs.mech_id = mechanics.mech_id GROUP BY 1, 2) per_day GROUP BY 1", ['mech_nm', 'avg_n'], 3, 'groups_folded', true],
  // called_off_rows: "actually" says the event took place, so the rows called off are left out
  ['"actually" with the cancelled rows counted', 'How many punctures did we actually fix in May 2026?', `SELECT COUNT(*) AS n FROM repairs WHERE job_cd = 'PUN' AND ${MAY}`, ['n'], 1, 'called_off_rows', false],
  ['"actually" with the state read', 'How many punctures did we actually fix in May 2026?', `SELECT COUNT(*) AS n FROM repairs WHERE job_cd = 'PUN' AND sts_cd = 'DONE' AND ${MAY}`, ['n'], 1, 'called_off_rows', true],
  ['"went ahead" with the cancelled rows counted', 'How many of the repairs that went ahead in May 2026 were punctures?', `SELECT COUNT(*) AS n FROM repairs WHERE job_cd = 'PUN' AND ${MAY}`, ['n'], 1, 'called_off_rows', false],
  ['no "actually"', 'How many punctures did we get in May 2026?', `SELECT COUNT(*) AS n FROM repairs WHERE job_cd = 'PUN' AND ${MAY}`, ['n'], 1, 'called_off_rows', true],
  // lasting_state: "still" after a noun, without its relative pronoun and auxiliary
  ['"invoices still unpaid" with no condition', "What's the total of the invoices still outstanding?", 'SELECT SUM(amount) AS total FROM invoices', ['total'], 1, 'lasting_state', false],
  ['the missing payment read', "What's the total of the invoices still outstanding?", 'SELECT SUM(amount) AS total FROM invoices WHERE paid_on IS NULL', ['total'], 1, 'lasting_state', true],
  ['"still" as an adjective before its noun', 'How many sales of still water were there?', "SELECT COUNT(*) AS n FROM drinks WHERE drink = 'water'", ['n'], 1, 'lasting_state', true],
];

describe('what the question restricts or measures: an average of counts, "actually", "still" after a noun', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});
