import { describe, expect, it } from 'vitest';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * "List the members with their joining dates": when the only column the offline writer finds for the rows' own
 * attribute is their key, the attribute asked for was not found; names put beside the key would hide that and let the
 * answer pass as `success`. Through the real CLI on a made-up database.
 */
const SCHEMA = `CREATE TABLE members (mem_id INTEGER PRIMARY KEY, first_nm VARCHAR NOT NULL, last_nm VARCHAR NOT NULL, joined_dt DATE NOT NULL, conc VARCHAR NOT NULL);`;
const { database } = madeUpRows(SCHEMA, {
  members: ['mem_id,first_nm,last_nm,joined_dt,conc', [[1, 'Ann', 'Lee', '2019-03-01', 'N'], [2, 'Bo', 'Chan', '2021-05-11', 'Y'], [3, 'Cy', 'Dean', '2024-06-20', 'N']]],
});
const QUESTIONS = [{ id: 'joining dates', namespace: 'allotments', task: 'List the members with their joining dates.' }];

describe('rows listed with an attribute the writer only found as their key', () => {
  const answers = askBeforeAll({ allotments: database }, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-list-rows-key-only-' });

  it('is not a success unless the attribute is shown', () => {
    const line = answers().get('joining dates')!;
    if (line.status === 'success') expect(line.sql ?? '').toMatch(/joined_dt/);
    expect(line.sql ?? '').not.toMatch(/first_nm.*mem_id|mem_id.*first_nm/);
  });
});
