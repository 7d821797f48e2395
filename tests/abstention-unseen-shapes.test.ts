import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Four shapes of unanswerable question a probe over unseen databases found answered (issue 14, helper abstain12), each
 * beside a twin worded alike that the data answers, through the real CLI on a made-up database:
 * - "tomorrow" is after the current date (src/trust/future-period.ts), which the date reader does not read;
 * - "the most talented": an adjective made from a noun ranks by a quality nothing stores (src/lexicon/noun-made-adjective.ts);
 * - "van mileage" where a van_reg column is: a column word grounds the open head right after it only when the two fit as
 *   one thing (src/trust/column-partner-grounds.ts);
 * - "Who founded the council?" where only a comment speaks of the council: the doer of a deed nothing links to, done to
 *   a thing the rows do not hold (unknownTopic in src/trust/grounding-signals.ts).
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  parks_fleet: {
    schema: `CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, driver_name VARCHAR NOT NULL, van_reg VARCHAR NOT NULL, depot VARCHAR NOT NULL);
COMMENT ON TABLE drivers IS 'Drivers the council employs for its parks service';
CREATE TABLE deliveries (delivery_id INTEGER PRIMARY KEY, driver_id INTEGER NOT NULL, dt DATE NOT NULL, parcels INTEGER NOT NULL, FOREIGN KEY (driver_id) REFERENCES drivers(driver_id));`,
    data: {
      drivers: 'driver_id,driver_name,van_reg,depot\n1,Ada Lowe,KX21 ABC,North\n2,Ben Ito,KX22 DEF,North\n3,Cleo Ray,KX23 GHI,South\n',
      deliveries: 'delivery_id,driver_id,dt,parcels\n1,1,2026-11-20,14\n2,1,2026-11-21,9\n3,2,2026-11-21,22\n4,3,2026-11-22,5\n5,3,2026-11-23,11\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'parcels tomorrow', namespace: 'parks_fleet', task: 'How many parcels are on the delivery list for tomorrow?', declined: /tomorrow/ },
  { id: 'talented', namespace: 'parks_fleet', task: 'Which driver is the most talented?', declined: /talented/ },
  { id: 'van mileage', namespace: 'parks_fleet', task: 'van mileage per driver', declined: /mileage/ },
  { id: 'founded', namespace: 'parks_fleet', task: 'Who founded the council?', declined: /council/ },
  // Twins worded alike that the data answers.
  { id: 'on a day', namespace: 'parks_fleet', task: 'How many parcels were delivered on 2026-11-21?', declined: false },
  { id: 'most parcels', namespace: 'parks_fleet', task: 'Which driver delivered the most parcels?', declined: false },
  { id: 'van reg', namespace: 'parks_fleet', task: 'van reg per driver', declined: false },
  { id: 'who drives', namespace: 'parks_fleet', task: 'Who drives the van KX22 DEF?', declined: false },
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
