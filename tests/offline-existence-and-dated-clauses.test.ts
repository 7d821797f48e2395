import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * A yes/no question that asks whether rows exist ("Is there any …", "Did any …", "Has anyone …") is answered with one
 * row, whether the rows it describes exist (COUNT(*) > 0), not with the rows; one that then asks "Which ones?" still
 * gets the rows. A time phrase inside a negated clause ("hives that had no inspections in 2025") dates the rows that
 * must not exist, not nothing; a verb a date column is named after ("nothing extracted": crop.extracted_dt) names the
 * table of those rows, and "havent" typed without its apostrophe still negates. A made-up beekeeping database through the real CLI; rows must equal the hand-written query's.
 */
const bees = madeUpRows(
  [
    'CREATE TABLE apiary (apiary_id INTEGER PRIMARY KEY, apiary_name VARCHAR NOT NULL, parish VARCHAR NOT NULL);',
    'CREATE TABLE hive (hive_id INTEGER PRIMARY KEY, apiary_id INTEGER NOT NULL REFERENCES apiary(apiary_id), hive_name VARCHAR NOT NULL, queenless BOOLEAN NOT NULL);',
    'CREATE TABLE inspection (insp_id INTEGER PRIMARY KEY, hive_id INTEGER NOT NULL REFERENCES hive(hive_id), insp_dt DATE NOT NULL, frames_brood INTEGER NOT NULL);',
    'CREATE TABLE crop (crop_id INTEGER PRIMARY KEY, hive_id INTEGER NOT NULL REFERENCES hive(hive_id), extracted_dt DATE NOT NULL, honey_kg DECIMAL(5,1) NOT NULL);',
  ].join('\n'),
  {
    apiary: ['apiary_id,apiary_name,parish', [[1, 'Orchard End', 'Wetherden'], [2, 'Hilltop', 'Rattlesden'], [3, 'Mill Lane', 'Wetherden']]],
    hive: ['hive_id,apiary_id,hive_name,queenless', [[1, 1, 'O1', 'false'], [2, 1, 'O2', 'true'], [3, 3, 'M1', 'false'], [4, 3, 'M2', 'false']]],
    inspection: [
      'insp_id,hive_id,insp_dt,frames_brood',
      [[1, 1, '2025-05-02', 6], [2, 1, '2026-04-11', 7], [3, 2, '2024-06-01', 3], [4, 3, '2025-07-19', 5], [5, 4, '2026-05-30', 8], [6, 2, '2026-06-02', 2]],
    ],
    crop: ['crop_id,hive_id,extracted_dt,honey_kg', [[1, 1, '2026-07-01', 12.5], [2, 3, '2025-08-01', 9], [3, 4, '2026-08-10', 14]]],
  },
);

const CASES = [
  { task: 'Is there any hive at Mill Lane?', expected: "SELECT count(*) > 0 FROM hive h JOIN apiary a ON a.apiary_id = h.apiary_id WHERE a.apiary_name = 'Mill Lane'" },
  { task: 'Is there any hive at Hilltop?', expected: "SELECT count(*) > 0 FROM hive h JOIN apiary a ON a.apiary_id = h.apiary_id WHERE a.apiary_name = 'Hilltop'" },
  { task: 'Which hives had no inspections at all in 2025?', expected: "SELECT hive_name FROM hive WHERE hive_id NOT IN (SELECT hive_id FROM inspection WHERE insp_dt BETWEEN DATE '2025-01-01' AND DATE '2025-12-31')" },
  // The verb names the rows that must not exist by the date column named after it (crop.extracted_dt).
  { task: 'Which hives have had nothing extracted this year?', expected: "SELECT hive_name FROM hive WHERE hive_id NOT IN (SELECT hive_id FROM crop WHERE extracted_dt >= DATE '2026-01-01')" },
  { task: 'Which hives havent had an inspection since 1 June 2026?', expected: "SELECT hive_name FROM hive WHERE hive_id NOT IN (SELECT hive_id FROM inspection WHERE insp_dt >= DATE '2026-06-01')" },
];
const QUESTIONS = [
  ...CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'bees', task: c.task })),
  { id: 'which ones', namespace: 'bees', task: 'Are any hives queenless? Which ones?' },
];

describe('yes/no questions about existence, and dates inside a negated clause', () => {
  const answers = askBeforeAll({ bees: bees.database }, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-existence-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await bees.rows(line.sql!), line.sql!).toEqual(await bees.rows(c.expected));
    });
  });

  it('lists the rows when the question goes on to ask which ones', () => {
    const line = answers().get('which ones')!;
    expect(line.sql).not.toBeNull();
    expect(line.sql!).not.toMatch(/COUNT\(\*\) > 0/i);
  });
});
