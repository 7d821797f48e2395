import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { unitAskedIn } from '../src/models/offline/column-units.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import { questionWords } from '../src/models/offline/question-words.js';
import { aggregateKeyword } from '../src/models/offline/read-aggregate.js';
import { unaddressedPhrases } from '../src/models/offline/unaddressed-phrases.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

/**
 * What to show and what to add up when the question says it in a short form or a unit rather than by a column's name,
 * on a made-up bakery co-operative (ovens, bakers, bakes, delivery rounds, market pitches) in camelCase: "tot" as the
 * standard short form of "total"; "with its size in litres" naming the one column measured in litres; the name
 * column spelled for the table (pitchName beside holderName); "who" and a verb naming the column of the verb's agent
 * noun (made → maker, drove → driverId → bakers.fullName). Each has a look-alike whose answer must not take the
 * rule: another short form ("amt"), a unit no column is measured in, a year after "in", a table whose name columns
 * spell other things, a verb no column names the agent of.
 */
const pk = { primary_key: true };
const fk = (references: string) => ({ references });
const nullable = { nullable: true };
const SCHEMAS: TableSchema[] = [
  table('ovens', [
    ['ovenId', 'INTEGER', pk],
    ['ovenName', 'VARCHAR'],
    ['maker', 'VARCHAR'],
    ['fuel', 'VARCHAR'],
    ['volumeLitres', 'INTEGER', { comment: 'Usable baking space' }],
    ['installedOn', 'DATE'],
  ], 'Ovens in the bakehouse'),
  table('bakers', [
    ['bakerId', 'INTEGER', pk],
    ['fullName', 'VARCHAR'],
  ], 'Bakers on the rota'),
  table('bakes', [
    ['bakeId', 'INTEGER', pk],
    ['ovenId', 'INTEGER', fk('ovens.ovenId')],
    ['bakerId', 'INTEGER', fk('bakers.bakerId')],
    ['bakedOn', 'DATE'],
    ['dur', 'INTEGER', { comment: 'Time in the oven, in minutes' }],
    ['loaves', 'INTEGER'],
  ], 'One batch baked in an oven'),
  table('rounds', [
    ['roundNo', 'INTEGER', pk],
    ['roundDate', 'DATE'],
    ['driverId', 'INTEGER', fk('bakers.bakerId')],
    ['chargeGbp', 'DECIMAL(7,2)', { comment: 'Delivery charge to the shops on the round' }],
    ['vanReg', 'VARCHAR'],
  ], 'Delivery rounds'),
  table('pitches', [
    ['pitchCode', 'VARCHAR', pk],
    ['pitchName', 'VARCHAR'],
    ['holderName', 'VARCHAR', nullable],
    ['town', 'VARCHAR'],
  ], 'Market pitches the co-operative trades from'),
  table('permits', [
    ['permitNo', 'INTEGER', pk],
    ['holderName', 'VARCHAR'],
    ['agentName', 'VARCHAR'],
    ['town', 'VARCHAR'],
  ], 'Street trading permits'),
];

const DATA = [
  `CREATE TABLE ovens (ovenId INTEGER PRIMARY KEY, ovenName VARCHAR, maker VARCHAR, fuel VARCHAR, volumeLitres INTEGER, installedOn DATE)`,
  `INSERT INTO ovens VALUES (1, 'Deck One', 'Tagliavini', 'gas', 400, '2019-03-01'), (2, 'Wood Arch', 'Fornobravo', 'wood', 650, '2025-05-20'), (3, 'Rack Tower', 'Rational', 'electric', 900, '2025-09-02')`,
  `CREATE TABLE bakers (bakerId INTEGER PRIMARY KEY, fullName VARCHAR)`,
  `INSERT INTO bakers VALUES (1, 'Nell Price'), (2, 'Omar Lutz')`,
  `CREATE TABLE bakes (bakeId INTEGER PRIMARY KEY, ovenId INTEGER, bakerId INTEGER, bakedOn DATE, dur INTEGER, loaves INTEGER)`,
  `INSERT INTO bakes VALUES (1, 1, 1, '2025-10-01', 40, 60), (2, 2, 2, '2025-10-01', 55, 30), (3, 3, 1, '2025-10-02', 35, 120), (4, 1, 2, '2025-10-03', 45, 64)`,
  `CREATE TABLE rounds (roundNo INTEGER PRIMARY KEY, roundDate DATE, driverId INTEGER, chargeGbp DECIMAL(7,2), vanReg VARCHAR)`,
  `INSERT INTO rounds VALUES (1, '2024-12-30', 1, 80, 'BK21 OVN'), (2, '2025-02-14', 2, 95.5, 'BK21 OVN'), (3, '2025-07-01', 2, 120, 'BK70 LOF'), (4, '2025-11-11', 1, 60, 'BK70 LOF')`,
  `CREATE TABLE pitches (pitchCode VARCHAR PRIMARY KEY, pitchName VARCHAR, holderName VARCHAR, town VARCHAR)`,
  `INSERT INTO pitches VALUES ('FR1', 'Cheap Street corner', 'Ada Moss', 'Frome'), ('FR2', 'Market Yard east', NULL, 'Frome'), ('WL1', 'Cathedral Green', 'Ian Roe', 'Wells')`,
  `CREATE TABLE permits (permitNo INTEGER PRIMARY KEY, holderName VARCHAR, agentName VARCHAR, town VARCHAR)`,
  `INSERT INTO permits VALUES (1, 'Ada Moss', 'Kit Lane', 'Frome'), (2, 'Ian Roe', 'Kit Lane', 'Wells')`,
];

/** question → SQL whose rows the model's answer must equal. */
const CASES: [question: string, expected: string][] = [
  // "tot": the standard short form of "total" adds the named measure up
  ['tot delivery charge for rounds in 2025', "SELECT SUM(chargeGbp) FROM rounds WHERE roundDate >= DATE '2025-01-01' AND roundDate < DATE '2026-01-01'"],
  // a unit asked for after "in" names the one column of the listed rows measured in it
  ['List each oven with its size in litres.', 'SELECT ovenName, volumeLitres FROM ovens'],
  // the rows' own name column, spelled for the table beside another name column
  ['Which pitches are in Frome?', "SELECT pitchName FROM pitches WHERE town = 'Frome'"],
  // "who" and a verb: the column named for the verb's agent noun, a key shown by its table's name
  ['Who made the Wood Arch oven?', "SELECT maker FROM ovens WHERE ovenName = 'Wood Arch'"],
  ['Who drove the delivery round on 1 July 2025?', "SELECT b.fullName FROM rounds r JOIN bakers b ON b.bakerId = r.driverId WHERE r.roundDate = DATE '2025-07-01'"],
];

/** Questions whose SQL must not read a column as the rule would. */
const UNTAKEN: [question: string, pattern: RegExp][] = [
  // no column is measured in gallons: "in gallons" picks nothing
  ['List each oven with its size in gallons.', /^SELECT\s+"?ovenName"?,\s*"?volumeLitres"?\s+FROM/i],
  // "in 2025" is a year, no unit: "Which ovens" is still answered by their name, not by a column in a unit
  ['Which ovens were installed in 2025?', /volumeLitres/],
  // a table whose name columns spell its holder and agent: neither is read as the permits' own name
  ['Which permits are in Frome?', /^SELECT\s+"?(holderName|agentName)"?\s+FROM/i],
  // no column is named for whoever fires an oven: "who fired" is not read as its maker
  ['Who fired the Wood Arch oven?', /^SELECT\s+"?maker"?\s+FROM/i],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

let runCounter = 0;
function contextFor(question: string) {
  return catalogContext({
    run_id: `short-forms-units-${++runCounter}`,
    task: { text: question, namespace: 'bakery', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
    plan: { done: [], pending: [], next_step_id: 0 },
    table_schemas: SCHEMAS,
    matched_values: /Wood Arch/.test(question)
      ? [{ table: 'ovens', column: 'ovenName', value: 'Wood Arch', matched_text: 'Wood Arch', score: 1 }]
      : /Frome/.test(question)
      ? [
          { table: 'pitches', column: 'town', value: 'Frome', matched_text: 'Frome', score: 1 },
          { table: 'permits', column: 'town', value: 'Frome', matched_text: 'Frome', score: 1 },
        ]
      : [],
  });
}
async function ask(question: string): Promise<string> {
  return (await model.generateSql(contextFor(question), options)).sql;
}

describe('offline model reads short forms of aggregates and units asked for', () => {
  it('reads the short forms of aggregate keywords, and no other short form', () => {
    expect(aggregateKeyword('tot')).toBe('total');
    expect(aggregateKeyword('cnt')).toBe('count');
    expect(aggregateKeyword('amt')).toBe('amt');
    expect(aggregateKeyword('qty')).toBe('qty');
    expect(aggregateKeyword('total')).toBe('total');
  });

  it('reads a unit after "in", not a year, a number or a unit before a number', () => {
    expect(unitAskedIn(questionWords('List each oven with its size in litres'))).toBeDefined();
    expect(unitAskedIn(questionWords('Which ovens were installed in 2025'))).toBeUndefined();
    expect(unitAskedIn(questionWords('How many bakes in week 3'))).toBeUndefined();
    expect(unitAskedIn(questionWords('ovens over 400 in litres'))).toBeUndefined();
    expect(unitAskedIn(questionWords('the average bake in minutes'))).toBeDefined();
  });

  it('leaves "tot" out of the words the SQL must address, not "amt"', () => {
    const sql = 'SELECT SUM(chargeGbp) FROM rounds';
    expect(unaddressedPhrases(contextFor('tot charge for rounds'), sql).map((p) => p.phrase)).not.toContain('tot');
    expect(unaddressedPhrases(contextFor('tot charge for rounds zqx'), sql).map((p) => p.phrase).join(' ')).toContain('zqx');
  });

  for (const [question, expected] of CASES) {
    it(question, async () => {
      const sql = await ask(question);
      expect(await rows(sql), sql).toEqual(await rows(expected));
    });
  }

  for (const [question, pattern] of UNTAKEN) {
    it(`${question} (look-alike)`, async () => {
      const sql = await ask(question);
      expect(sql).not.toMatch(pattern);
    });
  }
});
