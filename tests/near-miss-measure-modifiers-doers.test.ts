import { describeDeclineTable } from './helpers/describe-decline-table.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Answerable questions the kind-of-answer check and the grounding used to decline, each for a reason that follows
 * from English or from the schema's own words:
 * - "How many gearbox temperature faults were logged?" where faults.code glosses 'GBT gearbox over-temperature': a
 *   measure noun before a noun naming an event or a thing (WordNet's first sense) modifies it, so the question asks
 *   for faults, not for a temperature; "What was the gearbox temperature at Hill Top?" asks for the temperature
 *   itself, which nothing measures, and is still declined. ("temperature alarms" still asks for a temperature: an
 *   alarm is first a fear.)
 * - "What was the top speed in the Ayr national?" where race_entries.velocity_ypm is 'Speed in yards per minute': the measure asked by its own noun is held
 *   by a linked table the query may leave out; "How warm was it at the Ayr national?" asks a temperature nothing holds
 *   and is still declined.
 * - "What's the rated power of charger C1?" where chargers.out_max is 'Rated output in kW': a kilowatt is a unit of
 *   power by WordNet, so the column measures power; "What's the rated voltage of charger C1?" is measured by nothing
 *   and is still declined.
 * - "Who were the shooters with the most rounds?" where shtr (commented 'Shooter') keeps shtr_nm: a doer noun in -er
 *   of a verb names people, whose name column answers "Who"; "Who sponsored the most rounds?" is recorded nowhere and
 *   is still declined.
 * Made-up databases through the real CLI.
 */
const wind = madeUpRows(
  [
    'CREATE TABLE turbines (turbine_id INTEGER PRIMARY KEY, site_name VARCHAR NOT NULL);',
    'CREATE TABLE faults (fault_id INTEGER PRIMARY KEY, turbine_id INTEGER NOT NULL REFERENCES turbines(turbine_id), logged_on DATE NOT NULL, code VARCHAR NOT NULL);',
    "COMMENT ON COLUMN faults.code IS 'GBT gearbox over-temperature, VIB high vibration, GRD grid loss';",
  ].join('\n'),
  {
    turbines: ['turbine_id,site_name', [[1, 'Hill Top'], [2, 'Moor End']]],
    faults: ['fault_id,turbine_id,logged_on,code', [[1, 1, '2026-09-01', 'GBT'], [2, 2, '2026-09-02', 'VIB'], [3, 1, '2026-09-03', 'GBT'], [4, 2, '2026-09-04', 'GRD']]],
  },
);

const pigeons = madeUpRows(
  [
    'CREATE TABLE birds (ring_number VARCHAR PRIMARY KEY, loft_name VARCHAR NOT NULL);',
    'CREATE TABLE points (point_id INTEGER PRIMARY KEY, point_name VARCHAR NOT NULL);',
    'CREATE TABLE races (race_id INTEGER PRIMARY KEY, point_id INTEGER NOT NULL REFERENCES points(point_id), race_type VARCHAR NOT NULL, flown_on DATE NOT NULL);',
    "COMMENT ON COLUMN races.race_type IS 'NAT national, CLB club';",
    'CREATE TABLE race_entries (entry_id INTEGER PRIMARY KEY, race_id INTEGER NOT NULL REFERENCES races(race_id), ring_number VARCHAR NOT NULL REFERENCES birds(ring_number), velocity_ypm DECIMAL(7,2) NOT NULL);',
    "COMMENT ON COLUMN race_entries.velocity_ypm IS 'Speed in yards per minute';",
  ].join('\n'),
  {
    birds: ['ring_number,loft_name', [['GB1', 'Rose Loft'], ['GB2', 'Oak Loft']]],
    points: ['point_id,point_name', [[1, 'Ayr'], [2, 'Perth']]],
    races: ['race_id,point_id,race_type,flown_on', [[1, 1, 'NAT', '2026-06-01'], [2, 2, 'CLB', '2026-06-08']]],
    race_entries: ['entry_id,race_id,ring_number,velocity_ypm', [[1, 1, 'GB1', 1320.5], [2, 1, 'GB2', 1290], [3, 2, 'GB1', 1401.25]]],
  },
);

const charging = madeUpRows(
  [
    'CREATE TABLE chargers (charger_id VARCHAR PRIMARY KEY, site_name VARCHAR NOT NULL, out_max INTEGER NOT NULL, installed_on DATE NOT NULL);',
    "COMMENT ON COLUMN chargers.out_max IS 'Rated output in kW';",
  ].join('\n'),
  {
    chargers: ['charger_id,site_name,out_max,installed_on', [['C1', 'Depot', 150, '2025-01-10'], ['C2', 'Depot', 22, '2025-03-02'], ['C3', 'Station', 50, '2025-05-20']]],
  },
);

const clays = madeUpRows(
  [
    'CREATE TABLE shtr (shtr_no INTEGER PRIMARY KEY, shtr_nm VARCHAR NOT NULL, jn_dt DATE NOT NULL);',
    "COMMENT ON TABLE shtr IS 'Shooter';",
    'CREATE TABLE rnd (rnd_no INTEGER PRIMARY KEY, shtr_no INTEGER NOT NULL REFERENCES shtr(shtr_no), rnd_dt DATE NOT NULL, hits INTEGER NOT NULL);',
    "COMMENT ON TABLE rnd IS 'Practice round';",
  ].join('\n'),
  {
    shtr: ['shtr_no,shtr_nm,jn_dt', [[1, 'Ann Lee', '2024-02-01'], [2, 'Bo Kim', '2024-05-01'], [3, 'Cy Ray', '2025-01-01']]],
    rnd: ['rnd_no,shtr_no,rnd_dt,hits', [[1, 1, '2026-01-03', 20], [2, 1, '2026-01-10', 22], [3, 2, '2026-01-11', 18], [4, 3, '2026-02-01', 24]]],
  },
);

const QUESTIONS = [
  { id: 'temperature faults', namespace: 'wind', task: 'How many gearbox temperature faults were logged?', declined: false as const },
  { id: 'top speed', namespace: 'pigeons', task: 'What was the top speed in the Ayr national?', declined: false as const },
  { id: 'rated power', namespace: 'charging', task: "What's the rated power of charger C1?", declined: false as const },
  { id: 'shooters', namespace: 'clays', task: 'Who were the shooters with the most rounds?', declined: false as const },
  { id: 'gearbox temperature', namespace: 'wind', task: 'What was the gearbox temperature at Hill Top?', declined: /temperature/ },
  { id: 'how warm', namespace: 'pigeons', task: 'How warm was it at the Ayr national?', declined: /warm|temperature/ },
  { id: 'rated voltage', namespace: 'charging', task: "What's the rated voltage of charger C1?", declined: /voltage/ },
  { id: 'sponsored', namespace: 'clays', task: 'Who sponsored the most rounds?', declined: /sponsored/ },
];

describeDeclineTable('measure nouns that modify, measures of left-out tables, units of comments and tables of doers', {
  databases: { wind: wind.database, pigeons: pigeons.database, charging: charging.database, clays: clays.database },
  questions: QUESTIONS,
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-near-miss-measure-modifiers-',
  declines: 'still declines the look-alikes nothing stores',
  answers: 'answers what the words say in English',
});
