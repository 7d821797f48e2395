import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Seven shapes of unanswerable question a probe over unseen databases found answered (issue 14, helper abstain12), each
 * beside a twin worded alike that the data answers, through the real CLI on a made-up database:
 * - "tomorrow" is after the current date (src/trust/future-period.ts), which the date reader does not read;
 * - "the most talented": an adjective made from a noun ranks by a quality nothing stores (src/lexicon/noun-made-adjective.ts);
 * - "van mileage" where a van_reg column is: a column word grounds the open head right after it only when the two fit as
 *   one thing (src/trust/column-partner-grounds.ts);
 * - "Who founded the council?" where only a comment speaks of the council: the doer of a deed nothing links to, done to
 *   a thing the rows do not hold (unknownTopic in src/trust/grounding-signals.ts);
 * - "shipping cost per delivery": a fragment's first word in -ing is a compound's modifier, not a command's verb
 *   (src/trust/ungrounded-compounds.ts);
 * - "popcorn sales per depot": a noun nothing links to right before a measure says what was sold (narrowsMeasure in
 *   src/trust/grounding-signals.ts);
 * - "average dough weight per oven" where only the comment of fct_bake.avg_bw_g, 'Average baked weight per loaf', names a
 *   weight: a compound whose head only a number column's comment names is judged against that column (helper abstain30,
 *   src/trust/ungrounded-compounds.ts); "baked weight", the comment's own words, is answered.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  parks_fleet: {
    schema: `CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, driver_name VARCHAR NOT NULL, van_reg VARCHAR NOT NULL, depot VARCHAR NOT NULL);
COMMENT ON TABLE drivers IS 'Drivers the council employs for its parks service';
CREATE TABLE deliveries (delivery_id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL, dt DATE NOT NULL, parcels INTEGER NOT NULL, fuel_cost DECIMAL(6,2) NOT NULL, FOREIGN KEY (driver_id) REFERENCES drivers(driver_id));
CREATE TABLE parcel_sales (sale_id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL, dt DATE NOT NULL, amount DECIMAL(8,2) NOT NULL, FOREIGN KEY (driver_id) REFERENCES drivers(driver_id));`,
    data: {
      drivers: 'driver_id,driver_name,van_reg,depot\n1,Ada Lowe,KX21 ABC,North\n2,Ben Ito,KX22 DEF,North\n3,Cleo Ray,KX23 GHI,South\n',
      deliveries: 'delivery_id,driver_id,dt,parcels,fuel_cost\n1,1,2026-11-20,14,21.50\n2,1,2026-11-21,9,18.00\n3,2,2026-11-21,22,30.25\n4,3,2026-11-22,5,12.75\n5,3,2026-11-23,11,19.00\n',
      parcel_sales: 'sale_id,driver_id,dt,amount\n1,1,2026-11-20,40.00\n2,2,2026-11-21,65.50\n3,3,2026-11-22,12.00\n',
    },
  },
  bakehouse: {
    schema: `CREATE TABLE dim_ovn (ovn_cd VARCHAR PRIMARY KEY, ovn_nm VARCHAR NOT NULL);
COMMENT ON TABLE dim_ovn IS 'Ovens';
CREATE TABLE fct_bake (bake_id INTEGER PRIMARY KEY, ovn_cd VARCHAR NOT NULL, bake_dt DATE NOT NULL, loaves INTEGER NOT NULL, avg_bw_g DECIMAL(6,1) NOT NULL, FOREIGN KEY (ovn_cd) REFERENCES dim_ovn(ovn_cd));
COMMENT ON COLUMN fct_bake.avg_bw_g IS 'Average baked weight per loaf, in grams';`,
    data: {
      dim_ovn: 'ovn_cd,ovn_nm\nD1,Deck One\nR2,Rack Two\n',
      fct_bake: 'bake_id,ovn_cd,bake_dt,loaves,avg_bw_g\n1,D1,2026-11-20,40,802.5\n2,D1,2026-11-21,38,795.0\n3,R2,2026-11-21,60,410.2\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'parcels tomorrow', namespace: 'parks_fleet', task: 'How many parcels are on the delivery list for tomorrow?', declined: /tomorrow/ },
  { id: 'talented', namespace: 'parks_fleet', task: 'Which driver is the most talented?', declined: /talented/ },
  { id: 'van mileage', namespace: 'parks_fleet', task: 'van mileage per driver', declined: /mileage/ },
  { id: 'founded', namespace: 'parks_fleet', task: 'Who founded the council?', declined: /council/ },
  { id: 'shipping cost', namespace: 'parks_fleet', task: 'shipping cost per delivery', declined: /shipping cost/ },
  { id: 'popcorn sales', namespace: 'parks_fleet', task: 'popcorn sales per driver', declined: /popcorn/ },
  { id: 'dough weight', namespace: 'bakehouse', task: 'average dough weight per oven', declined: /dough weight/ },
  // Twins worded alike that the data answers.
  { id: 'on a day', namespace: 'parks_fleet', task: 'How many parcels were delivered on 2026-11-21?', declined: false },
  { id: 'most parcels', namespace: 'parks_fleet', task: 'Which driver delivered the most parcels?', declined: false },
  { id: 'van reg', namespace: 'parks_fleet', task: 'van reg per driver', declined: false },
  { id: 'fuel cost', namespace: 'parks_fleet', task: 'fuel cost per delivery', declined: false },
  { id: 'parcel sales', namespace: 'parks_fleet', task: 'parcel sales per driver', declined: false },
  { id: 'who drives', namespace: 'parks_fleet', task: 'Who drives the van KX22 DEF?', declined: false },
  { id: 'baked weight', namespace: 'bakehouse', task: 'average baked weight per oven', declined: false },
];

describe('unanswerable shapes found on unseen databases, and their answerable twins', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-unseen-shapes-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task before any SQL, naming its part', (q) => {
    expectDeclined(answers(), [q], 'none');
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
