import { describe, expect, it } from 'vitest';
import { addColumnValues, buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { matchValues } from '../src/catalog/match-values.js';
import { codesTruncating } from '../src/catalog/truncated-codes.js';
import { askBeforeAll, expectAnswered } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Stored codes no comment explains, named by the word they shorten: "bungalows" for 'BUNG', "emergency" for 'EMERG',
 * "failed" for 'fail'. Below an exact spelling, so a value spelt whole and the schema's own names win. Made-up columns,
 * databases and questions.
 */
const sets: ColumnValues[] = [
  { table: 'homes', column: 'prop_type', values: ['BUNG', 'DET', 'TERR', 'FLAT'] },
  { table: 'jobs', column: 'priority', values: ['EMERG', 'URG', 'ROUT'] },
  { table: 'jobs', column: 'grade', values: ['E', 'A', 'EN'] },
  { table: 'checks', column: 'result', values: ['pass', 'fail'] },
  { table: 'comments', column: 'stance', values: ['SUP', 'OBJ', 'NEU'] },
  { table: 'fares', column: 'fare_type', values: ['CAR', 'PASS', 'VAN'] },
  { table: 'spots', column: 'slot', values: ['PRE', 'MID', 'POST'] },
  { table: 'visits', column: 'pest', values: ['RAT', 'MOU', 'ANT'] },
  { table: 'owners', column: 'full_name', values: ['Terry Bungard', 'Ada Emerson'] },
];
const lookup = buildValueLookup(sets);
const found = (question: string) => matchValues(lookup, question).map((match) => `${match.column}=${match.value}${match.score < 1 ? '~' : ''}`).sort();

describe('codes named by the word they shorten', () => {
  it('reaches a code in capitals that a question word starts with, or whose word the question inflects', () => {
    expect(found('How many bungalows do we have?')).toEqual(['prop_type=BUNG~']);
    expect(found('List the emergency jobs')).toEqual(['priority=EMERG~']);
    expect(found('How many checks failed?')).toEqual(['result=fail~']);
    expect(found('How many comments were in support?')).toEqual(['stance=SUP~']);
    expect(found('How many objections were made?')).toEqual(['stance=OBJ~']);
  });

  it('takes no code of one or two letters, none that is a word of its own for a longer word, and none of three letters for a verb', () => {
    expect(found('Which jobs were entered last week?')).toEqual([]);
    expect(found('How many vehicles were carried?')).toEqual([]);
    expect(found('Who presents the show?')).toEqual([]);
    expect(found('Which comments supported the plan?')).toEqual([]);
    // "rating" is a noun of its own, no inflection of 'RAT'.
    expect(found('Which customers have the lowest hygiene rating?')).toEqual([]);
  });

  it('leaves a word that names a stored value exactly to that value', () => {
    expect(found('Is there a flat to let?')).toEqual(['prop_type=FLAT']);
    expect(found('Which homes does Terry Bungard own?')).toEqual(['full_name=Terry Bungard']);
  });
});

describe('codes looked up by the letters they start with', () => {
  it('reaches a code of a column added after the lookup was built, and asks only codes that start as the word does', () => {
    const later = buildValueLookup([{ table: 'homes', column: 'prop_type', values: ['DET', 'TERR'] }]);
    expect(codesTruncating(later, 'bungalows')).toEqual([]);
    addColumnValues(later, [{ table: 'lets', column: 'kind', values: ['BUNG', 'FLAT'] }]);
    expect(codesTruncating(later, 'bungalows').map((target) => target.value)).toEqual(['BUNG']);
    expect(later.codesByStart.get('bu')).toEqual(['bung']);
    // A code is listed once under its start however many columns store it.
    addColumnValues(later, [{ table: 'sales', column: 'home_kind', values: ['BUNG', 'DET'] }]);
    expect(later.codesByStart.get('bu')).toEqual(['bung']);
    expect(later.codesByStart.get('de')).toEqual(['det']);
    // Two columns' 'BUNG' are two columns: no single code is named.
    expect(codesTruncating(later, 'bungalow')).toEqual([]);
  });
});

const SCHEMAS: Record<string, MadeUpDatabase> = {
  lettings: {
    schema: [
      'CREATE TABLE properties (prop_id INTEGER PRIMARY KEY, addr VARCHAR NOT NULL, prop_type VARCHAR NOT NULL, beds INTEGER NOT NULL, rent_pcm DECIMAL(8,2) NOT NULL);',
      'CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, prop_id INTEGER NOT NULL REFERENCES properties(prop_id), logged_on DATE NOT NULL, priority VARCHAR NOT NULL, source VARCHAR NOT NULL, cost DECIMAL(8,2) NOT NULL);',
      'CREATE TABLE inspections (insp_id INTEGER PRIMARY KEY, prop_id INTEGER NOT NULL REFERENCES properties(prop_id), done_on DATE NOT NULL, result VARCHAR NOT NULL);',
    ].join('\n'),
    data: {
      properties:
        'prop_id,addr,prop_type,beds,rent_pcm\n1,1 Elm Row,BUNG,2,950\n2,4 Oak Rise,DET,4,1600\n3,7 Ash Walk,TERR,3,1100\n4,9 Yew Lane,BUNG,3,1050\n5,2 Fir Court,FLAT,1,700\n6,5 Bay Close,TERR,2,900\n',
      repairs:
        'repair_id,prop_id,logged_on,priority,source,cost\n1,1,2026-09-01,EMERG,TEN,300\n2,2,2026-09-03,ROUT,INSP,80\n3,3,2026-09-04,URG,TEN,150\n4,4,2026-09-10,EMERG,TEN,420\n5,5,2026-09-12,ROUT,INSP,60\n6,6,2026-09-15,ROUT,TEN,95\n',
      inspections: 'insp_id,prop_id,done_on,result\n1,1,2026-08-01,pass\n2,2,2026-08-02,fail\n3,3,2026-08-03,pass\n4,4,2026-08-04,fail\n5,5,2026-08-05,pass\n',
    },
  },
};

const QUESTIONS = [
  { id: 'bungalows', namespace: 'lettings', task: 'How many bungalows do we let?', declined: false as const },
  { id: 'emergency', namespace: 'lettings', task: 'What did the emergency repairs cost in total?', declined: false as const },
  { id: 'failed', namespace: 'lettings', task: 'How many inspections failed?', declined: false as const },
  { id: 'inspections', namespace: 'lettings', task: 'How many inspections were done?', declined: false as const },
];

describe('codes named by the word they shorten, through the CLI', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: ['--current_date', '2026-11-02'], prefix: 'sluice-truncated-codes-' });

  it('filters the coded column on the code the question word shortens', () => {
    expectAnswered(answers(), QUESTIONS);
    expect(answers().get('bungalows')!.sql).toMatch(/"?prop_type"?\s*=\s*'BUNG'/i);
    expect(answers().get('emergency')!.sql).toMatch(/"?priority"?\s*=\s*'EMERG'/i);
    expect(answers().get('failed')!.sql).toMatch(/"?result"?\s*=\s*'fail'/i);
  });

  // repairs.source stores INSP (found at an inspection): "inspections" still names the inspections table.
  it('leaves a word that names a table to the table', () => {
    expect(answers().get('inspections')!.sql).toMatch(/FROM\s+"?inspections"?/i);
    expect(answers().get('inspections')!.sql).not.toMatch(/WHERE/i);
  });
});
