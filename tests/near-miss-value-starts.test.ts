import { beforeAll, describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { matchValues } from '../src/catalog/match-values.js';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';

/**
 * Stored values a question names by their start (issue 14): a place by the leading words of a longer stored name
 * ("Bolton" for Bolton County Borough), a value by an abbreviation in capitals ("Geog" for Geography), and stored
 * initials by the hyphenated words they stand for ("south-west approaches" for SW Approaches). Made-up
 * columns and questions; the look-alikes (a name that starts no value, an abbreviation of two values, a name that
 * modifies a noun) must match nothing.
 */
const sets: ColumnValues[] = [
  { table: 'tutors', column: 'home_town', values: ['Wigan Municipal Borough', 'Leigh Urban District', 'Ashton Town'] },
  { table: 'tutors', column: 'side', values: ['Northern league', 'Southern league'] },
  { table: 'classes', column: 'subject', values: ['Geography', 'Geology', 'Chemistry', 'Art'] },
  { table: 'classes', column: 'room', values: ['Wigan Hall', 'Annex'] },
];
const lookup = buildValueLookup(sets);
const found = (question: string) => matchValues(lookup, question).map((match) => `${match.table}.${match.column}=${match.value}`).sort();

describe('values named by their start', () => {
  it('reaches a longer stored name by its leading words written as a name', () => {
    expect(found('Which tutors come from Leigh?')).toEqual(['tutors.home_town=Leigh Urban District']);
    expect(found('How many tutors live in Ashton?')).toEqual(['tutors.home_town=Ashton Town']);
  });

  it('reaches a one-word value by an abbreviation in capitals', () => {
    expect(found('When does Chem meet?')).toEqual(['classes.subject=Chemistry']);
  });

  it('takes no name that starts values of two columns, no shared abbreviation, no lower case and no modifier', () => {
    // Wigan starts a home town and a room.
    expect(found('Which tutors come from Wigan?')).toEqual([]);
    // Geography and Geology both start with "Geo".
    expect(found('When does Geog start?').filter((match) => match.startsWith('classes.subject'))).toEqual(['classes.subject=Geography']);
    expect(found('When does Geol start?').filter((match) => match.startsWith('classes.subject'))).toEqual(['classes.subject=Geology']);
    expect(found('When does Geo start?')).toEqual([]);
    expect(found('which tutors come from leigh?')).toEqual([]);
    // "the Northern side" uses the name as an adjective of another noun.
    expect(found('Who plays on the Northern side?')).toEqual([]);
    // "Art" is a word in its own right: it is the value, spelled, not an abbreviation of Artistry.
    expect(found('Who teaches Art?')).toEqual(['classes.subject=Art']);
  });
});

describe('stored initials named by the hyphenated words they stand for', () => {
  const wrecks = buildValueLookup([{ table: 'wrecks', column: 'area', values: ['SW Approaches', 'NE Coast', 'Channel'] }]);
  const areas = (question: string) => matchValues(wrecks, question).map((match) => `${match.table}.${match.column}=${match.value}`).sort();

  it('reaches a value whose initials a hyphenated compound spells out', () => {
    expect(areas('How many ships were lost in the south-west approaches?')).toEqual(['wrecks.area=SW Approaches']);
    expect(areas('Wrecks off the north-east coast')).toEqual(['wrecks.area=NE Coast']);
  });

  it('takes no compound whose initials differ, and no words that are not hyphenated', () => {
    expect(areas('How many ships were lost in the south-east approaches?')).toEqual([]);
    expect(areas('How many ships were lost in the south west approaches?')).toEqual([]);
  });
});

describe('a run over a made-up database', () => {
  let namespace: MadeUpNamespace;

  beforeAll(async () => {
    namespace = await madeUpNamespace('college', [
      'CREATE TABLE tutor (tutor_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, age INTEGER, home_town VARCHAR NOT NULL)',
      `INSERT INTO tutor VALUES (1, 'Ann Ray', 41, 'Wigan Municipal Borough'), (2, 'Bo Li', 35, 'Leigh Urban District'), (3, 'Cy Dee', 52, 'Leigh Urban District'), (4, 'Di Fox', 29, 'Ashton Town')`,
      'CREATE TABLE class (class_id INTEGER PRIMARY KEY, subject VARCHAR NOT NULL, start_date VARCHAR NOT NULL)',
      `INSERT INTO class VALUES (1, 'Geography', '5 May'), (2, 'Chemistry', '6 May'), (3, 'Music', '9 May')`,
    ]);
  });

  const ask = (task: string) => namespace.ask(task);
  const query = (sql: string) => namespace.query(sql);

  it('lists the tutors from the town a longer stored name starts with', async () => {
    const { answer, stderr } = await ask('Which tutors come from Leigh?');
    expect(answer.status, stderr).not.toBe('unanswerable');
    expect(answer.sql, stderr).toMatch(/Leigh Urban District/);
    expect(JSON.stringify(answer.rows)).toBe(JSON.stringify(await query("SELECT name FROM tutor WHERE home_town = 'Leigh Urban District'")));
  }, 120_000);

  it('answers for the subject an abbreviation names', async () => {
    const { answer, stderr } = await ask('When does Chem start?');
    expect(answer.status, stderr).not.toBe('unanswerable');
    expect(answer.sql, stderr).toMatch(/'Chemistry'/);
  }, 120_000);

  it('still declines a town and a subject the data does not hold', async () => {
    for (const task of ['Which tutors come from Bolton?', 'When does Geol start?']) {
      const { answer, stderr } = await ask(task);
      expect(answer.status, `${task}\n${stderr}`).toBe('unanswerable');
    }
  }, 240_000);
});
