import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Shapes of unanswerable question a probe over two unseen databases found answered (issue 14, helper abstain13,
 * bench/datasets/probe-abstain13), each beside a twin worded alike that the data answers, through the real CLI:
 * - "Do any bikes have a cup holder?", "Do any bikes contain lights?": the last word of a do-question is its verb's
 *   object when a verb already came ("have", an article, a word mostly a verb) (src/trust/ends-with-object.ts), unless
 *   it comes near in meaning to a column's word ("Do any bikes allow dogs?" beside pets_ok, src/trust/object-near-column.ts);
 * - "chain length per bike" where a part code 'CHN' is glossed chain: a measure after a stored value is asked of it,
 *   not the kind of thing the value is (src/lexicon/names-measure.ts);
 * - "Is Swift a nicer bike than Comet?": a comparison by a quality nothing measures (src/lexicon/judged-quality.ts);
 * - "other hire firm": a noun after "other" may be narrowed by a noun mostly a verb (src/trust/other-organisations.ts);
 * - "How many gates are there on the Camel Trail?" where only a comment speaks of gates: the count of a trail's rides
 *   counts another thing, though "Trail" also names the trail column (src/trust/judge-fallback-answer.ts);
 * - "List the bikes with their toolkits": a closed compound WordNet does not list is a word, not a short name
 *   (src/trust/is-unknown-word.ts).
 */
const SCHEMA = `CREATE TABLE bikes (bike_id INTEGER PRIMARY KEY, bike_nm VARCHAR NOT NULL, kind VARCHAR NOT NULL, frame_cm INTEGER NOT NULL, day_rate DECIMAL(5,2) NOT NULL, pets_ok BOOLEAN NOT NULL);
COMMENT ON COLUMN bikes.kind IS 'RD road bike, MTB mountain bike, EB electric bike';
COMMENT ON COLUMN bikes.pets_ok IS 'Has a basket a small pet may ride in';
CREATE TABLE repairs (rep_id INTEGER PRIMARY KEY, bike_id INTEGER NOT NULL, part VARCHAR NOT NULL, cost DECIMAL(6,2) NOT NULL, FOREIGN KEY (bike_id) REFERENCES bikes(bike_id));
COMMENT ON COLUMN repairs.part IS 'BRK brakes, CHN chain, TYR tyre';
CREATE TABLE rides (ride_id INTEGER PRIMARY KEY, bike_id INTEGER NOT NULL, trail VARCHAR NOT NULL, km INTEGER NOT NULL, FOREIGN KEY (bike_id) REFERENCES bikes(bike_id));
COMMENT ON COLUMN rides.trail IS 'Trail ridden, most with gates and cattle grids along them';`;

const { database } = madeUpRows(SCHEMA, {
  bikes: ['bike_id,bike_nm,kind,frame_cm,day_rate,pets_ok', [[1, 'Swift', 'RD', 54, 25, 'false'], [2, 'Comet', 'MTB', 48, 30, 'true'], [3, 'Breeze', 'EB', 52, 40, 'false']]],
  repairs: ['rep_id,bike_id,part,cost', [[1, 1, 'CHN', 18], [2, 1, 'TYR', 12], [3, 2, 'BRK', 30], [4, 3, 'CHN', 22]]],
  rides: ['ride_id,bike_id,trail,km', [[1, 1, 'Camel Trail', 28], [2, 2, 'Tarka Trail', 35], [3, 3, 'Camel Trail', 19]]],
});

const DATE = ['--current_date', '2026-11-25'];

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'cup holder', namespace: 'bike_hire', task: 'Do any bikes have a cup holder?', declined: /holder/ },
  { id: 'contain lights', namespace: 'bike_hire', task: 'Do any bikes contain lights?', declined: /lights/ },
  { id: 'chain length', namespace: 'bike_hire', task: 'chain length per bike', declined: /length/ },
  { id: 'nicer', namespace: 'bike_hire', task: 'Is Swift a nicer bike than Comet?', declined: /nicer than/ },
  { id: 'better', namespace: 'bike_hire', task: 'Is Swift better than Comet?', declined: /better than/ },
  { id: 'other firm', namespace: 'bike_hire', task: 'Which other hire firm has the cheapest bikes?', declined: /other hire firm/ },
  { id: 'gates', namespace: 'bike_hire', task: 'How many gates are there on the Camel Trail?', declined: /how many gates/ },
  { id: 'toolkits', namespace: 'bike_hire', task: 'List the bikes with their toolkits.', declined: /toolkits/ },
  // Twins worded alike that the data answers.
  { id: 'frame size', namespace: 'bike_hire', task: 'Do any bikes have a frame over 50 cm?', declined: false },
  { id: 'allow dogs', namespace: 'bike_hire', task: 'Do any bikes allow dogs?', declined: false },
  { id: 'chain repairs', namespace: 'bike_hire', task: 'chain repairs per bike', declined: false },
  { id: 'dearer', namespace: 'bike_hire', task: 'Is Swift cheaper than Comet?', declined: false },
  { id: 'bikes cheapest', namespace: 'bike_hire', task: 'Which bike has the cheapest day rate?', declined: false },
  { id: 'rides', namespace: 'bike_hire', task: 'How many rides were there on the Camel Trail?', declined: false },
  { id: 'frames', namespace: 'bike_hire', task: 'List the bikes with their frame size.', declined: false },
];

describe('unanswerable shapes a probe over unseen databases found, and their answerable twins', () => {
  const answers = askBeforeAll({ bike_hire: database }, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-probe-a13-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
