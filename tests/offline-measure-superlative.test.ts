import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows, type TableRows } from './helpers/made-up-rows.js';
import { measurePole } from '../src/lexicon/measure-pole.js';

/**
 * A superlative of an adjective that gives a value of a measure ranks by the one number column named for it, short
 * forms read (ht for height, wt for weight): "the tallest wall" by max_wall_ht_m, highest first; "the lightest
 * parcel" by wt_g, lowest first (WordNet lists a measure's adjectives in opposite pairs, the high end first). A made-up
 * database through the real CLI; rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE gym (gym_id INTEGER PRIMARY KEY, gym_nm VARCHAR NOT NULL, max_wall_ht_m DECIMAL(4,1) NOT NULL, opened_dt DATE NOT NULL);
CREATE TABLE parcel (tracking_no VARCHAR PRIMARY KEY, gym_id INTEGER NOT NULL REFERENCES gym (gym_id), wt_g INTEGER NOT NULL, sent_dt DATE NOT NULL);`;

const ROWS: TableRows = {
  gym: ['gym_id,gym_nm,max_wall_ht_m,opened_dt', [[1, 'Granite Loft', 14.5, '2015-03-01'], [2, 'Crux Yard', 18.0, '2019-06-12'], [3, 'Chalk Mill', 11.2, '2021-09-30']]],
  parcel: ['tracking_no,gym_id,wt_g,sent_dt', [['TX100', 1, 2400, '2026-01-04'], ['TX101', 2, 380, '2026-02-11'], ['TX102', 3, 5100, '2026-03-02']]],
};

const { database, rows } = madeUpRows(SCHEMA, ROWS);
const DATABASES = { climbing: database };

const CASES: { task: string; expected: string }[] = [
  { task: 'Which gym has the tallest wall?', expected: 'SELECT gym_nm FROM gym ORDER BY max_wall_ht_m DESC LIMIT 1' },
  { task: 'Which parcel was the lightest?', expected: 'SELECT tracking_no FROM parcel ORDER BY wt_g ASC LIMIT 1' },
  { task: 'Which parcel was the heaviest?', expected: 'SELECT tracking_no FROM parcel ORDER BY wt_g DESC LIMIT 1' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'climbing', task: c.task }));

describe('a superlative of a measure ranks by the column named for it', () => {
  it('reads the end of the measure a superlative picks', () => {
    expect(measurePole('tallest')).toMatchObject({ direction: 'desc' });
    expect(measurePole('lightest')).toMatchObject({ direction: 'asc', measures: ['weight'] });
    expect(measurePole('coldest')).toMatchObject({ direction: 'asc' });
    expect(measurePole('interest')).toBeUndefined();
  });

  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-offline-measure-superlative-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, `${c.task} ${line.status} ${line.reason ?? ''}`).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});
