import { describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { commentCodeGlosses } from '../src/catalog/code-glosses.js';
import { glossCodedValues } from '../src/catalog/gloss-coded-values.js';
import { matchValues } from '../src/catalog/match-values.js';
import type { CatalogTable } from '../src/connectors/connector.js';
import { type TableSchema } from '../src/context/context-schema.js';
import { bracketedRenames } from '../src/models/offline/comment-head-mentions.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

/**
 * Which rows a plain question means, said the way people say it: a table's rows by the name its comment gives them in
 * brackets, a code by a word of its gloss (numbered codes, verbs coordinated in a gloss, "registered as ..."), the
 * people "who still work" somewhere, where "work" is the relative clause's verb, an amount per unit, a deed done or not
 * yet done over a nullable date, and "X with a Y that never had a Z". Made-up schemas and questions.
 */

describe('a table comment that renames its rows in brackets', () => {
  it('reads each noun phrase of the bracket right after the opening phrase', () => {
    expect(bracketedRenames('Field hand (fruit picker)')).toEqual([['fruit', 'picker']]);
    expect(bracketedRenames('Hire boats (dinghies) on the river')).toEqual([['dinghy']]);
  });

  it('reads no bracket after other words, no list with commas, no bracket that says what a row is', () => {
    expect(bracketedRenames('Sacks of unground (whole) grain')).toEqual([]);
    expect(bracketedRenames('Catalogued object (map, letter, photograph)')).toEqual([]);
    // Kinds of row, which a stored value may tell apart: "lockers" are some of the units, not another name for them.
    expect(bracketedRenames('Hire boats (punts and canoes) on the river')).toEqual([]);
    expect(bracketedRenames('Grain delivery (a load of grain weighed at the gate)')).toEqual([]);
    expect(bracketedRenames('Orchard blocks')).toEqual([]);
  });
});

describe('codes numbered in a list', () => {
  it('glosses numbers of one width, two digits or more, that open every item', () => {
    expect(commentCodeGlosses('Reason: 03 flooded cellar, 11 burst pipe (water main), 27 roof leak').map((g) => `${g.code}=${g.gloss}`)).toEqual(['03=flooded cellar', '11=burst pipe', '27=roof leak']);
  });

  it('leaves counts, numbers of several widths and short lists alone', () => {
    expect(commentCodeGlosses('1 for a drag lift, 2 for a chair lift, 3 for a gondola')).toEqual([]);
    expect(commentCodeGlosses('Size: 5 small, 10 medium, 200 large')).toEqual([]);
    expect(commentCodeGlosses('10 minutes, 20 minutes')).toEqual([]);
  });
});

const column = (name: string, comment?: string) => ({ name, type: 'VARCHAR', nullable: false, primary_key: false, ...(comment ? { comment } : {}) });
const tables: CatalogTable[] = [
  { name: 'claims', columns: [column('claim_id'), column('result', 'G granted or approved (the insurer pays), D declined, W withdrawn by the holder')] },
  { name: 'parcels', columns: [column('parcel_id'), column('state', 'X flagged as a hazard by the scanner, K kept at the depot, S sent on')] },
  { name: 'bins', columns: [column('bin_id'), column('reason', 'Why it was missed: 04 blocked by a car, 19 bin not out, 33 wrong bin type')] },
] as unknown as CatalogTable[];
const sets: ColumnValues[] = [
  { table: 'claims', column: 'result', values: ['G', 'D', 'W'] },
  { table: 'parcels', column: 'state', values: ['X', 'K', 'S'] },
  { table: 'bins', column: 'reason', values: ['04', '19', '33'] },
];
glossCodedValues(tables, sets);
const lookup = buildValueLookup(sets, tables);
const found = (question: string) => matchValues(lookup, question).map((match) => `${match.table}.${match.column}=${match.value}`).sort();

describe('a code named by a word of its gloss', () => {
  it('takes a verb coordinated with the gloss\'s first verb', () => {
    expect(found('How many claims were approved?')).toEqual(['claims.result=G']);
    expect(found('How many claims were granted?')).toEqual(['claims.result=G']);
  });

  it('takes what a row is registered as, after "as"', () => {
    expect(found('Has any parcel been flagged as a hazard?')).toEqual(['parcels.state=X']);
    expect(found('Was any parcel a hazard?')).toEqual(['parcels.state=X']);
  });

  it('takes a numbered code by its gloss', () => {
    expect(found('How many bins were missed because of a wrong bin type?')).toEqual(['bins.reason=33']);
  });

  it('takes no word after another preposition, nor a verb that is not coordinated', () => {
    // "by the scanner" and "at the depot" say how or where, not what the code is.
    expect(found('Which parcels went through the scanner?')).toEqual([]);
    expect(found('How many parcels are at the depot?')).toEqual([]);
    // "withdrawn by the holder": the holder is who withdrew, not the code.
    expect(found('How many claims has each holder made?')).toEqual([]);
  });
});

const pk = { primary_key: true };
const SCHEMAS: TableSchema[] = [
  table('crew', [['crew_id', 'INTEGER', pk], ['full_name', 'VARCHAR'], ['rank', 'VARCHAR'], ['joined_on', 'DATE'], ['left_on', 'DATE', { nullable: true }]], 'Lifeboat crew'),
  table('work_shifts', [['shift_id', 'INTEGER', pk], ['crew_id', 'INTEGER', { references: 'crew.crew_id' }], ['worked_on', 'DATE'], ['hours', 'DECIMAL']], 'Hours a crew member was on duty'),
  table('hl', [['hl_no', 'INTEGER', pk], ['crew_id', 'INTEGER', { references: 'crew.crew_id' }], ['hl_dt', 'DATE']], 'Lifeboat launch (shout)'),
];
const DATA = [
  `CREATE TABLE crew (crew_id INTEGER PRIMARY KEY, full_name VARCHAR, rank VARCHAR, joined_on DATE, left_on DATE)`,
  `INSERT INTO crew VALUES (1, 'Ann Roe', 'helm', DATE '2020-01-01', NULL), (2, 'Bo Lee', 'crew', DATE '2019-01-01', DATE '2024-05-01'), (3, 'Cy Orr', 'mechanic', DATE '2021-01-01', NULL)`,
  `CREATE TABLE work_shifts (shift_id INTEGER PRIMARY KEY, crew_id INTEGER, worked_on DATE, hours DECIMAL)`,
  `INSERT INTO work_shifts VALUES (1, 1, DATE '2026-01-01', 4), (2, 2, DATE '2024-01-01', 6), (3, 2, DATE '2024-02-01', 5)`,
  `CREATE TABLE hl (hl_no INTEGER PRIMARY KEY, crew_id INTEGER, hl_dt DATE)`,
  `INSERT INTO hl VALUES (1, 1, DATE '2026-02-01'), (2, 1, DATE '2026-03-01'), (3, 3, DATE '2026-03-02')`,
];
const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
/** The offline model's SQL for a question over made-up linked tables. */
const sqlOver =
  (schemas: TableSchema[], namespace: string) =>
  async (text: string): Promise<string> => {
    const context = catalogContext({
      run_id: `row-states-${namespace}`,
      task: { text, namespace, plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
      plan: { done: [], pending: [], next_step_id: 0 },
      table_schemas: schemas,
      matched_values: [],
    });
    return (await model.generateSql(context, options)).sql;
  };
const rows = inMemoryRows(DATA);
const sqlFor = sqlOver(SCHEMAS, 'lifeboat');

describe('the rows of the people "who still work" here', () => {
  it('reads "works" after "who" as the clause\'s verb, not the work shifts table', async () => {
    const sql = await sqlFor('Give me the name and rank of everyone who still works here.');
    expect(await rows(sql), sql).toEqual(await rows('SELECT full_name, rank FROM crew WHERE left_on IS NULL'));
  });

  it('still reads the work shifts table where the question names it', async () => {
    const sql = await sqlFor('How many work shifts were there?');
    expect(await rows(sql), sql).toEqual(await rows('SELECT COUNT(*) FROM work_shifts'));
  });
});

describe('rows named by the bracketed name of their table', () => {
  it('counts the shouts of a table commented "Lifeboat launch (shout)"', async () => {
    const sql = await sqlFor('How many shouts were there in 2026?');
    expect(await rows(sql), sql).toEqual(await rows(`SELECT COUNT(*) FROM hl WHERE hl_dt >= DATE '2026-01-01' AND hl_dt < DATE '2027-01-01'`));
  });
});

const ROPES: TableSchema[] = [
  table('ropes', [['rope_id', 'INTEGER', pk], ['rope_name', 'VARCHAR'], ['price_per_foot', 'DECIMAL(6,2)']], 'Ropes the chandlery stocks'),
  table('cuts', [['cut_id', 'INTEGER', pk], ['rope_id', 'INTEGER', { references: 'ropes.rope_id' }], ['feet_cut', 'DECIMAL(6,1)']], 'Lengths cut for customers'),
];
const ROPE_DATA = [
  `CREATE TABLE ropes (rope_id INTEGER PRIMARY KEY, rope_name VARCHAR, price_per_foot DECIMAL(6,2))`,
  `INSERT INTO ropes VALUES (1, 'Braid', 2.5), (2, 'Dyneema', 6), (3, 'Hemp', 1.2)`,
  `CREATE TABLE cuts (cut_id INTEGER PRIMARY KEY, rope_id INTEGER, feet_cut DECIMAL(6,1))`,
  `INSERT INTO cuts VALUES (1, 1, 40), (2, 2, 8), (3, 3, 60)`,
];
const ropeRows = inMemoryRows(ROPE_DATA);
const ropeSql = sqlOver(ROPES, 'chandlery');

describe('a comparison with an amount given per unit', () => {
  it('compares the column named in that unit: "more than $3 a foot" over price_per_foot', async () => {
    const sql = await ropeSql('How many ropes cost more than $3 a foot?');
    expect(await ropeRows(sql), sql).toEqual(await ropeRows('SELECT COUNT(*) FROM ropes WHERE price_per_foot > 3'));
  });

  it('still compares the column named right after the number', async () => {
    const sql = await ropeSql('How many cuts were longer than 30 feet?');
    expect(await ropeRows(sql), sql).toEqual(await ropeRows('SELECT COUNT(*) FROM cuts WHERE feet_cut > 30'));
  });
});

const REPAIRS: TableSchema[] = [
  table('repairs', [['repair_id', 'INTEGER', pk], ['bike', 'VARCHAR'], ['reported_on', 'DATE'], ['completed', 'DATE', { nullable: true }], ['collected_on', 'DATE', { nullable: true }]], 'Bicycle repairs'),
];
const REPAIR_DATA = [
  `CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, bike VARCHAR, reported_on DATE, completed DATE, collected_on DATE)`,
  `INSERT INTO repairs VALUES (1, 'Raleigh', DATE '2026-01-05', DATE '2026-01-09', DATE '2026-01-10'), (2, 'Brompton', DATE '2026-02-01', DATE '2026-02-03', NULL), (3, 'Dawes', DATE '2026-03-01', NULL, NULL), (4, 'Trek', DATE '2025-06-01', DATE '2025-06-02', NULL)`,
];
const repairRows = inMemoryRows(REPAIR_DATA);
const repairSql = sqlOver(REPAIRS, 'bikes');

describe('a deed not done yet, and one done, over a nullable date', () => {
  it('keeps the rows with no date for a denied deed, by a synonym of the date\'s name ("finished" for completed)', async () => {
    const sql = await repairSql("How many repairs haven't been finished yet?");
    expect(await repairRows(sql), sql).toEqual(await repairRows('SELECT COUNT(*) FROM repairs WHERE completed IS NULL'));
  });

  it('reads "finished repairs still waiting to be picked up" as one date set and the other empty', async () => {
    const sql = await repairSql('How many finished repairs are still waiting to be picked up?');
    expect(await repairRows(sql), sql).toEqual(await repairRows('SELECT COUNT(*) FROM repairs WHERE completed IS NOT NULL AND collected_on IS NULL'));
  });

  it('leaves a deed that is neither denied nor a participle before the rows alone', async () => {
    const sql = await repairSql('How many repairs were reported in 2026?');
    expect(await repairRows(sql), sql).toEqual(await repairRows(`SELECT COUNT(*) FROM repairs WHERE reported_on >= DATE '2026-01-01' AND reported_on < DATE '2027-01-01'`));
  });
});

const LIBRARY: TableSchema[] = [
  table('members', [['member_id', 'INTEGER', pk], ['member_name', 'VARCHAR']], 'Library members'),
  table('cards', [['card_no', 'INTEGER', pk], ['member_id', 'INTEGER', { references: 'members.member_id' }]], 'Reader cards'),
  table('fines', [['fine_id', 'INTEGER', pk], ['member_id', 'INTEGER', { references: 'members.member_id' }], ['amount', 'DECIMAL(6,2)']], 'Overdue fines'),
];
const LIBRARY_DATA = [
  `CREATE TABLE members (member_id INTEGER PRIMARY KEY, member_name VARCHAR)`,
  `INSERT INTO members VALUES (1, 'Ann'), (2, 'Bob'), (3, 'Cat'), (4, 'Dan')`,
  `CREATE TABLE cards (card_no INTEGER PRIMARY KEY, member_id INTEGER)`,
  `INSERT INTO cards VALUES (10, 1), (11, 2), (12, 3)`,
  `CREATE TABLE fines (fine_id INTEGER PRIMARY KEY, member_id INTEGER, amount DECIMAL(6,2))`,
  `INSERT INTO fines VALUES (1, 1, 2.5)`,
];
const libraryRows = inMemoryRows(LIBRARY_DATA);
const librarySql = sqlOver(LIBRARY, 'library');

describe('"X with a Y that have never had a Z"', () => {
  it('keeps the rows with a Y (EXISTS) as well as those with no Z', async () => {
    const sql = await librarySql('How many members with a card have never had a fine?');
    expect(await libraryRows(sql), sql).toEqual(await libraryRows('SELECT COUNT(*) FROM members m WHERE EXISTS (SELECT 1 FROM cards c WHERE c.member_id = m.member_id) AND NOT EXISTS (SELECT 1 FROM fines f WHERE f.member_id = m.member_id)'));
  });

  it('keeps every row with no Z where no Y is named', async () => {
    const sql = await librarySql('How many members have never had a fine?');
    expect(await libraryRows(sql), sql).toEqual(await libraryRows('SELECT COUNT(*) FROM members m WHERE NOT EXISTS (SELECT 1 FROM fines f WHERE f.member_id = m.member_id)'));
  });
});
