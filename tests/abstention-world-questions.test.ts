import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Questions about the world, other organisations and opinions that the words of the data seem to ground: what anyone
 * may or can do ("you can drive", "can a van carry"); a doer whose stored name "and" joins ("Harris Museum and Art
 * Gallery") asked for what no key joins its rows to; a table named as a table and then asked for what none of its
 * columns holds; a stored town inside another organisation's name ("Dale Collective"); a comparative standing a few
 * words before "than"; what people like best; a fair price; what a body requires or a trade recommends. Each beside a
 * look-alike that must stay answered. One made-up database, through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  depot: {
    schema: `CREATE TABLE depots (depot_id INTEGER PRIMARY KEY, depot_name VARCHAR, town VARCHAR);
CREATE TABLE vans (reg_no VARCHAR PRIMARY KEY, make VARCHAR, payload_kg INTEGER, bought_on DATE, depot_id INTEGER REFERENCES depots (depot_id));
CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, driver_name VARCHAR, licence_cat VARCHAR);
CREATE TABLE runs (run_id INTEGER PRIMARY KEY, run_dt DATE, reg_no VARCHAR REFERENCES vans (reg_no), driver_id INTEGER REFERENCES drivers (driver_id), parcels INTEGER);
CREATE TABLE hires (hire_id INTEGER PRIMARY KEY, reg_no VARCHAR REFERENCES vans (reg_no), hirer VARCHAR, hire_fee_gbp DECIMAL(8,2));
CREATE TABLE open_days (open_day DATE PRIMARY KEY, visitors INTEGER);`,
    data: {
      depots: 'depot_id,depot_name,town\n1,North Yard,Dale\n2,Harbourside,Portby\n',
      vans: 'reg_no,make,payload_kg,bought_on,depot_id\nAB12CDE,Ford,1200,2023-04-01,1\nXY34ZZZ,Vauxhall,900,2024-09-15,2\nMN56OPQ,Ford,1000,2025-01-20,1\n',
      drivers: 'driver_id,driver_name,licence_cat\n1,Sam Hale,B\n2,Ria Shaw,C1\n',
      runs: 'run_id,run_dt,reg_no,driver_id,parcels\n1,2026-11-02,AB12CDE,1,80\n2,2026-11-02,XY34ZZZ,2,55\n3,2026-11-03,MN56OPQ,1,61\n',
      hires: 'hire_id,reg_no,hirer,hire_fee_gbp\n1,AB12CDE,Harris Museum and Art Gallery,300\n2,XY34ZZZ,Portby Players,150\n',
      open_days: 'open_day,visitors\n2026-06-01,420\n2026-07-01,515\n',
    },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'you can drive', namespace: 'depot', task: "What's the heaviest van you can drive on a category B licence?", declined: /"you can drive" asks what anyone may or can do/ },
  { id: 'can a van carry', namespace: 'depot', task: 'How many parcels can a van carry?', declined: /"can a van" asks what anyone may or can do/ },
  { id: 'request to list', namespace: 'depot', task: 'Can you list the vans with a payload over 1000 kg?', declined: false },
  { id: 'tell me', namespace: 'depot', task: 'Which vans are at the North Yard depot, and what details can you tell me about them?', declined: false },
  { id: 'are possible', namespace: 'depot', task: 'How many different loads are possible on a three-axle van?', declined: /"are possible" asks what anyone may or can do/ },
  { id: 'were carried', namespace: 'depot', task: 'How many different loads were carried on the Ford vans?', declined: false },
  { id: 'at most', namespace: 'depot', task: 'How many parcels at most did a van carry on one run?', declined: false },
  { id: 'doer joined by and', namespace: 'depot', task: 'How many visitors did Harris Museum and Art Gallery get last year?', declined: /'Harris Museum and Art Gallery', who the question says did it, is stored only beside rows/ },
  { id: 'doer joined by and, own rows', namespace: 'depot', task: 'What hire fee did Harris Museum and Art Gallery pay?', declined: false },
  { id: 'table, then the world', namespace: 'depot', task: 'Looking at the vans table, what is the insurance group of each van?', declined: /reads "vans table", and nothing in it or the tables it joins matches 'insurance/ },
  { id: 'table, then its columns', namespace: 'depot', task: 'Show the rows of the vans table where payload_kg is over 1000', declined: false },
  { id: 'table, then a joined column', namespace: 'depot', task: 'From the vans table, which town is each van based in?', declined: false },
  { id: 'stored town in a body', namespace: 'depot', task: 'How many vans does Dale Collective run?', declined: /'Dale Collective'/ },
  { id: 'stored town and a kind', namespace: 'depot', task: 'How many vans does the Dale depot have?', declined: false },
  { id: 'nicer place to work', namespace: 'depot', task: 'Is North Yard a nicer place to work than Harbourside?', declined: /"nicer than" asks for an opinion/ },
  { id: 'more parcels than', namespace: 'depot', task: 'Did vans from North Yard carry more parcels than vans from Harbourside?', declined: false },
  { id: 'like best', namespace: 'depot', task: 'Which of our drivers do customers like best?', declined: /"like best" asks for an opinion/ },
  { id: 'most parcels', namespace: 'depot', task: 'Which driver carried the most parcels?', declined: false },
  { id: 'fair price', namespace: 'depot', task: 'What would be a fair price for a van hire?', declined: /"What would be a fair price" asks for an opinion/ },
  { id: 'average fee', namespace: 'depot', task: 'What is the average hire fee?', declined: false },
  { id: 'rule required', namespace: 'depot', task: 'What does the DVLA require when a van changes hands?', declined: /"the DVLA require" asks for a rule or advice/ },
  { id: 'recommended', namespace: 'depot', task: 'What payload do mechanics recommend for a van?', declined: /"mechanics recommend" asks for a rule or advice/ },
];

describeDeclineTable('the world, other organisations and opinions the data seems to ground', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: ['--current_date', '2026-11-25'],
  prefix: 'sluice-abstention-world-questions-',
  declines: 'declines them before any SQL runs, naming what they ask',
  answers: 'answers the look-alikes: requests, stored doers, columns of a named table, stored names, measured comparisons, counts, stored dates',
  query: 'none',
});
