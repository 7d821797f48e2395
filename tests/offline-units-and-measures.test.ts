import { describe, expect, it } from 'vitest';
import { type TableSchema } from '../src/context/context-schema.js';
import { comparativePole } from '../src/lexicon/measure-pole.js';
import { columnUnits, readUnitPhrase } from '../src/models/offline/column-units.js';
import { goodEnd } from '../src/models/offline/extreme-asked.js';
import { createOfflineModel } from '../src/models/offline/offline-model.js';
import { questionWords } from '../src/models/offline/question-words.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';
import { schemaTable as table } from './helpers/schema-table.js';
import { catalogContext } from './helpers/catalog-context.js';

/**
 * What a question measures, read from units, comments and WordNet's measures rather than from column names alone: a
 * made-up island ferry line (vessels, sailings, refuelling stops, repairs) and a fish hatchery. Each rule has a
 * look-alike beside it whose answer must stay what it was: the same shape of sentence where the unit, the noun or the
 * comment names nothing, or the plain count the rule must not take over.
 */
const pk = { primary_key: true };
const fk = (references: string) => ({ references });
const nullable = { nullable: true };
const SCHEMAS: TableSchema[] = [
  table('vessels', [
    ['vessel_id', 'INTEGER', pk],
    ['vessel_nm', 'VARCHAR'],
    ['beam_m', 'DECIMAL(5,2)', { comment: 'Width of the hull at its widest point, in metres' }],
    ['draught_m', 'DECIMAL(5,2)', { comment: 'Depth of the keel below the waterline in metres' }],
    ['displ_t', 'DECIMAL(7,1)', { comment: 'Displacement in tonnes' }],
    ['pax_cap', 'INTEGER', { comment: 'Certificated passenger capacity' }],
    ['built_yr', 'INTEGER'],
  ], 'Ferries in the fleet'),
  table('sailings', [
    ['sailing_id', 'INTEGER', pk],
    ['vessel_id', 'INTEGER', fk('vessels.vessel_id')],
    ['sail_dt', 'DATE'],
    ['delay_min', 'INTEGER', { comment: 'Minutes late leaving port' }],
    ['idle_min', 'INTEGER', { comment: 'Minutes idling at anchor' }],
    ['fuel_l', 'DECIMAL(8,1)', { comment: 'Fuel burned in litres' }],
    ['visib_km', 'DECIMAL(4,1)', { comment: 'Visibility at departure in km (higher is better)' }],
    ['sea_state', 'VARCHAR'],
  ], 'Voyages between the islands'),
  table('bunkerings', [
    ['bunker_id', 'INTEGER', pk],
    ['vessel_id', 'INTEGER', fk('vessels.vessel_id')],
    ['bunker_dt', 'DATE'],
    ['fuel_l', 'DECIMAL(8,1)', { comment: 'Fuel taken on in litres' }],
    ['supplier', 'VARCHAR'],
  ], 'Refuelling stops'),
  table('repairs', [
    ['repair_no', 'INTEGER', pk],
    ['vessel_id', 'INTEGER', fk('vessels.vessel_id')],
    ['reported_dt', 'DATE'],
    ['fixed_dt', 'DATE', nullable],
    ['labour_hrs', 'DECIMAL(5,1)', { ...nullable, comment: 'Hours worked on the repair; NULL until fixed' }],
  ], 'Faults reported on a ferry'),
];

const DATA = [
  `CREATE TABLE vessels (vessel_id INTEGER PRIMARY KEY, vessel_nm VARCHAR, beam_m DECIMAL(5,2), draught_m DECIMAL(5,2), displ_t DECIMAL(7,1), pax_cap INTEGER, built_yr INTEGER)`,
  `INSERT INTO vessels VALUES (1, 'Skerry', 12.5, 3.1, 900, 400, 1998), (2, 'Puffin', 21.0, 2.4, 2400, 250, 2011), (3, 'Gannet', 16.0, 4.2, 1700, 120, 2005)`,
  `CREATE TABLE sailings (sailing_id INTEGER PRIMARY KEY, vessel_id INTEGER, sail_dt DATE, delay_min INTEGER, idle_min INTEGER, fuel_l DECIMAL(8,1), visib_km DECIMAL(4,1), sea_state VARCHAR)`,
  `INSERT INTO sailings VALUES (1, 1, '2025-02-01', 5, 30, 400, 8.0, 'calm'), (2, 1, '2025-06-10', 0, 10, 650, 12.5, 'rough'), (3, 2, '2025-07-04', 25, 0, 900, 3.5, 'calm'),
     (4, 3, '2024-11-20', 12, 45, 520, 6.0, 'calm'), (5, 2, '2025-09-09', 3, 20, 480, 9.5, 'calm'), (6, 1, '2024-03-03', 0, 5, 300, 10.0, 'calm')`,
  `CREATE TABLE bunkerings (bunker_id INTEGER PRIMARY KEY, vessel_id INTEGER, bunker_dt DATE, fuel_l DECIMAL(8,1), supplier VARCHAR)`,
  `INSERT INTO bunkerings VALUES (1, 1, '2025-01-15', 2000, 'Harbour Oils'), (2, 2, '2025-05-02', 5000, 'Fjord Fuels'), (3, 3, '2024-12-01', 3000, 'Fjord Fuels'), (4, 1, '2025-08-01', 1000, 'Harbour Oils')`,
  `CREATE TABLE repairs (repair_no INTEGER PRIMARY KEY, vessel_id INTEGER, reported_dt DATE, fixed_dt DATE, labour_hrs DECIMAL(5,1))`,
  `INSERT INTO repairs VALUES (1, 1, '2024-12-20', '2025-01-10', 6), (2, 2, '2025-03-01', '2025-03-02', 2.5), (3, 3, '2025-11-30', NULL, NULL), (4, 2, '2025-12-28', '2026-01-05', 4)`,
];

/** question → SQL whose rows the model's answer must equal. */
const CASES: [question: string, expected: string][] = [
  // "how many <unit>": the column measured in that unit, added up; of two, the one whose comment the question's words use
  ['How many litres of fuel were burned in 2025?', "SELECT SUM(fuel_l) FROM sailings WHERE sail_dt >= DATE '2025-01-01' AND sail_dt < DATE '2026-01-01'"],
  ['How many litres of fuel were taken on in 2025?', "SELECT SUM(fuel_l) FROM bunkerings WHERE bunker_dt >= DATE '2025-01-01' AND bunker_dt < DATE '2026-01-01'"],
  ['How many minutes did our ferries spend idling at anchor?', 'SELECT SUM(idle_min) FROM sailings'],
  // look-alike: the rows themselves are counted
  ['How many sailings were there in 2025?', "SELECT COUNT(*) FROM sailings WHERE sail_dt >= DATE '2025-01-01' AND sail_dt < DATE '2026-01-01'"],
  // an amount filled in late is dated by the date filled in late; look-alike: a count by the date the question names
  ['How many hours of labour went into repairs in 2025?', "SELECT SUM(labour_hrs) FROM repairs WHERE fixed_dt >= DATE '2025-01-01' AND fixed_dt < DATE '2026-01-01'"],
  ['How many repairs were reported in 2025?', "SELECT COUNT(*) FROM repairs WHERE reported_dt >= DATE '2025-01-01' AND reported_dt < DATE '2026-01-01'"],
  // a comparison with an amount and its unit: the column in that unit, of two the one the comparative measures
  ['How many ferries are wider than 15 metres?', 'SELECT COUNT(*) FROM vessels WHERE beam_m > 15'],
  ['How many sailings burned more than 500 litres?', 'SELECT COUNT(*) FROM sailings WHERE fuel_l > 500'],
  // a superlative before a noun only a number column's comment uses ranks by that column; look-alike: a count ranks
  ['Which vessel has the largest hull?', "SELECT vessel_nm FROM vessels ORDER BY beam_m DESC LIMIT 1"],
  ['Which vessel has the most sailings?', 'SELECT v.vessel_nm FROM vessels v JOIN sailings s ON s.vessel_id = v.vessel_id GROUP BY v.vessel_id, v.vessel_nm ORDER BY COUNT(*) DESC LIMIT 1'],
  // a measure no name holds, held by the column in a unit of it
  ['Which vessel is the heaviest?', 'SELECT vessel_nm FROM vessels ORDER BY displ_t DESC LIMIT 1'],
  // "best"/"worst" of a column whose comment says which end is good
  ['What was the worst visibility at departure?', 'SELECT MIN(visib_km) FROM sailings'],
  // a terse breakdown of a measure noun adds the column up per group; look-alike: of rows, counts them
  ['Labour hours per month in 2025', "SELECT month(fixed_dt), SUM(labour_hrs) FROM repairs WHERE fixed_dt >= DATE '2025-01-01' AND fixed_dt < DATE '2026-01-01' GROUP BY 1"],
  ['Sailings per month in 2025', "SELECT month(sail_dt), COUNT(*) FROM sailings WHERE sail_dt >= DATE '2025-01-01' AND sail_dt < DATE '2026-01-01' GROUP BY 1"],
  // a share of a measure noun shares the measure's total; look-alike: a share of rows counts them
  ['What share of the fuel volume taken on came from Harbour Oils?', "SELECT 100.0 * SUM(fuel_l) FILTER (WHERE supplier = 'Harbour Oils') / SUM(fuel_l) FROM bunkerings"],
  ['What share of the bunkerings came from Harbour Oils?', "SELECT 100.0 * COUNT(*) FILTER (WHERE supplier = 'Harbour Oils') / COUNT(*) FROM bunkerings"],
  // a percent written as a sign, as the word is
  ['what % of sailings were in rough seas', "SELECT 100.0 * COUNT(*) FILTER (WHERE sea_state = 'rough') / COUNT(*) FROM sailings"],
  ['What percentage of sailings were in rough seas?', "SELECT 100.0 * COUNT(*) FILTER (WHERE sea_state = 'rough') / COUNT(*) FROM sailings"],
];

/** Questions whose SQL must not read a column: the look-alikes where the unit or the comment names nothing. */
const UNREAD: [question: string, column: RegExp][] = [
  // no column is measured in feet: the comparison is not put on the one in metres
  ['How many ferries are wider than 50 feet?', /beam_m\s*>/],
  // "the most passengers" counts them: "most" is no size a comment's column holds
  ['Which vessel has the most passengers?', /ORDER BY[^;]*pax_cap/],
  // "the largest waterline crew" is a crew, whatever draught_m's comment says of the waterline
  ['Which vessel has the largest waterline crew?', /ORDER BY[^;]*draught_m/],
  // "this year's" dates the rows: the year a ferry was built is not added up per quarter
  ["Can you break down this year's delays by quarter?", /SUM\(built_yr\)/],
  // visibility is no measure or magnitude (WordNet): a breakdown of it is not its sum
  ['Visibility per month in 2025', /SUM\(visib_km\)/],
  // no comment says which end of idle_min is good: "best" is not read as its maximum or minimum
  ["What's the best idle time?", /(MIN|MAX)\(idle_min\)/],
];

const options: ModelCallOptions = { signal: new AbortController().signal, dialect: 'duckdb', node: 'test' };
const model = createOfflineModel();
const rows = inMemoryRows(DATA);

let runCounter = 0;
async function ask(question: string): Promise<string> {
  const context = catalogContext({
    run_id: `units-and-measures-${++runCounter}`,
    task: { text: question, namespace: 'ferries', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
    plan: { done: [], pending: [], next_step_id: 0 },
    table_schemas: SCHEMAS,
    matched_values: [
      ...(/rough/.test(question) ? [{ table: 'sailings', column: 'sea_state', value: 'rough', matched_text: 'rough', score: 1 }] : []),
      ...(/Harbour Oils/.test(question) ? [{ table: 'bunkerings', column: 'supplier', value: 'Harbour Oils', matched_text: 'Harbour Oils', score: 1 }] : []),
    ],
  });
  return (await model.generateSql(context, options)).sql;
}

describe('offline model reads measures from units, comments and WordNet', () => {
  it('reads units in questions and columns', () => {
    const phrase = readUnitPhrase(questionWords('heavier than 600 kg per cubic metre'), 3)!;
    expect(phrase.of.power).toBe(1);
    expect(phrase.per?.power).toBe(3);
    const density = columnUnits({ name: 'dens', type: 'INTEGER', nullable: false, primary_key: false, comment: 'Air-dry density kg/m3' });
    expect(density.of).toHaveLength(1);
    expect(density.per).toHaveLength(1);
    // "Price paid per m3": the unit after "per" is what the price is per, though the name carries it
    const price = columnUnits({ name: 'prc_m3', type: 'DECIMAL', nullable: false, primary_key: false, comment: 'Price paid per m3, GBP' });
    expect(price.of).toHaveLength(0);
    expect(readUnitPhrase(questionWords('how many sailings'), 2)).toBeUndefined();
  });

  it('reads the measure and the end a comparative names', () => {
    expect(comparativePole('wider')).toMatchObject({ direction: 'desc', measures: expect.arrayContaining(['width']) });
    expect(comparativePole('narrower')).toMatchObject({ direction: 'asc' });
    expect(comparativePole('denser')).toMatchObject({ direction: 'desc', measures: expect.arrayContaining(['density']) });
    expect(comparativePole('order')).toBeUndefined();
    expect(comparativePole('water')).toBeUndefined();
  });

  it("reads which end a comment calls good", () => {
    expect(goodEnd('Atmospheric seeing in arcseconds (smaller is sharper)')).toBe('asc');
    expect(goodEnd('Visibility in km (higher is better)')).toBe('desc');
    expect(goodEnd('Error rate; higher is worse')).toBe('asc');
    expect(goodEnd('Minutes idling at anchor')).toBeUndefined();
  });

  for (const [question, expected] of CASES) {
    it(question, async () => {
      const sql = await ask(question);
      expect(await rows(sql), sql).toEqual(await rows(expected));
    });
  }

  for (const [question, column] of UNREAD) {
    it(`${question} (look-alike)`, async () => {
      const sql = await ask(question);
      expect(sql).not.toMatch(column);
    });
  }
});

/** A noun the same in both numbers ("species") asks for one row when its verb is singular. */
const HATCHERY: TableSchema[] = [
  table('species', [
    ['species_cd', 'VARCHAR', pk],
    ['species_nm', 'VARCHAR'],
    ['egg_mg', 'DECIMAL(6,1)', { comment: 'Average egg mass in milligrams' }],
  ], 'Fish species raised'),
];
const HATCHERY_ROWS = inMemoryRows([
  `CREATE TABLE species (species_cd VARCHAR PRIMARY KEY, species_nm VARCHAR, egg_mg DECIMAL(6,1))`,
  `INSERT INTO species VALUES ('BT', 'Brown trout', 60), ('SA', 'Atlantic salmon', 110), ('CH', 'Arctic charr', 45), ('GR', 'Grayling', 20)`,
]);

describe('a noun the same in both numbers takes its verb\'s number', () => {
  const cases: [string, string][] = [
    ['Which species has the largest eggs?', 'SELECT species_nm FROM species ORDER BY egg_mg DESC LIMIT 1'],
    ['Which species is the lightest?', 'SELECT species_nm FROM species ORDER BY egg_mg ASC LIMIT 1'],
  ];
  for (const [question, expected] of cases) {
    it(question, async () => {
      const context = catalogContext({
        run_id: `units-and-measures-${++runCounter}`,
        task: { text: question, namespace: 'hatchery', plan: 'reflection', current_date: '2026-11-15', max_iterations: 3 },
        plan: { done: [], pending: [], next_step_id: 0 },
        table_schemas: HATCHERY,
        matched_values: [],
      });
      const { sql } = await model.generateSql(context, options);
      expect(await HATCHERY_ROWS(sql), sql).toEqual(await HATCHERY_ROWS(expected));
    });
  }
});
