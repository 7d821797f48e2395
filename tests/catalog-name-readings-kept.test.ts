import { describe, expect, it } from 'vitest';
import { readNamesAs } from '../src/catalog/split-identifier.js';
import { namesVerb } from '../src/models/offline/event-date-column.js';
import { expectCheckCase, questionContext, type CaseTable, type CheckCase } from './helpers/answer-check-cases.js';

// What a batch asks of the catalog's names question after question is kept by the names' text, not by the arrays
// schema linking builds for each question: new arrays of other names are read afresh, and so is a name once a terse
// catalog changes how it splits.

const sailings = (columns: string[][]): CaseTable => ({
  name: 'sailings',
  columns: columns.map(([name, comment]) => ({ name: name!, ...(comment ? { comment } : {}) })),
});
const OWN_COLUMNS = [['sailing_id'], ['vessel_id'], ['cancelled_on', 'Day the sailing was scrapped; NULL while it is still on the timetable']];
const question = 'How many sailings are on the timetable?';
const sql = 'SELECT COUNT(*) FROM sailings';
const unread: CheckCase = ['the comment word unread', question, sql, ['n'], 1, 'commented_column', false];
const named: CheckCase = ['a linked name says the word', question, sql, ['n'], 1, 'commented_column', true];

describe('commented_column over the linked names of question after question', () => {
  it('reads each set of linked names as it is, whichever came before', async () => {
    const alone = () => questionContext(question, 'ferries', [sailings(OWN_COLUMNS)]);
    const withTable = () => questionContext(question, 'ferries', [sailings(OWN_COLUMNS), { name: 'timetable', columns: [{ name: 'timetable_id' }] }]);
    const withColumn = () => questionContext(question, 'ferries', [sailings([...OWN_COLUMNS, ['timetable_slot']])]);
    await expectCheckCase(alone, unread);
    await expectCheckCase(withTable, named);
    await expectCheckCase(alone, unread);
    await expectCheckCase(withColumn, named);
    await expectCheckCase(alone, unread);
  });
});

describe('namesVerb', () => {
  it('answers by the column and the whole verb, and again once a catalog changes how the name splits', () => {
    expect(namesVerb('ship_date', ['shipped'])).toBe(true);
    expect(namesVerb('ship_date', ['received'])).toBe(false);
    expect(namesVerb('PUDT', ['picked', 'up'])).toBe(true);
    expect(namesVerb('PUDT', ['picked'])).toBe(false);
    expect(namesVerb('xq_dt', ['received'])).toBe(false);
    readNamesAs({ xq_dt: ['received', 'date'] });
    expect(namesVerb('xq_dt', ['received'])).toBe(true);
    expect(namesVerb('ship_date', ['shipped'])).toBe(true);
  });
});
