import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Answerable questions that were declined because their word is in the data under another name, each beside a twin
 * worded alike that the data cannot answer (issue 14, helper nearmiss10), through the real CLI:
 * - "List the boats with their length." where boats.len_m is: a listed short form of the word (name-abbreviations.ts)
 *   in a name of a schema not read as shorthand grounds it, as it already did where a comment spelled the word out
 *   (src/trust/listed-short-name-kind.ts); "draught", which no name shortens, is still declined; and "name", a word of
 *   form, is not grounded by any *_nm column ("the name of the skipper" where no skipper is stays declined);
 * - "How many passengers sailed in 2025?" where trips.pax_n is: "pax" is the standard short form of passengers;
 * - "Show each office's phone number." where offices.tel is, "mobile phone number" where guests.mob_no is: a word naming
 *   a telephone grounds on a column that holds a phone number (src/trust/kind-named-word.ts, column-kind.ts); "fax
 *   number" is still declined, and so is a phone number on a database that keeps none;
 * - "Which boat took the most money?" where trips.takings_gbp is: money as such grounds on a column that holds an
 *   amount of money, when it is the only open part of the question and the money changed hands: "How much prize money
 *   …" (an open modifier), "How much money do we hold?" (a balance) and the same question on a database with no amount
 *   of money are declined.
 */
const HARBOUR = `CREATE TABLE boats (boat_id INTEGER PRIMARY KEY, boat_nm VARCHAR NOT NULL, len_m DECIMAL(4,1) NOT NULL, built_yr INTEGER NOT NULL);
CREATE TABLE offices (office_id INTEGER PRIMARY KEY, office_nm VARCHAR NOT NULL, town VARCHAR NOT NULL, tel VARCHAR NOT NULL);
CREATE TABLE guests (guest_id INTEGER PRIMARY KEY, guest_nm VARCHAR NOT NULL, mob_no VARCHAR, birth_yr INTEGER NOT NULL);
CREATE TABLE trips (trip_id INTEGER PRIMARY KEY, boat_id INTEGER NOT NULL, office_id INTEGER NOT NULL, trip_dt DATE NOT NULL, pax_n INTEGER NOT NULL, takings_gbp DECIMAL(8,2) NOT NULL, FOREIGN KEY (boat_id) REFERENCES boats(boat_id), FOREIGN KEY (office_id) REFERENCES offices(office_id));`;

const harbour = madeUpRows(HARBOUR, {
  boats: ['boat_id,boat_nm,len_m,built_yr', [[1, 'Skua', 12.5, 1998], [2, 'Fulmar', 9.0, 2011], [3, 'Shag', 15.2, 2019]]],
  offices: ['office_id,office_nm,town,tel', [[1, 'Quay Kiosk', 'Oban', '01631 562000'], [2, 'Pier Hut', 'Mallaig', '01687 462111']]],
  guests: ['guest_id,guest_nm,mob_no,birth_yr', [[1, 'Ivy Rowe', '07700 900123', 1984], [2, 'Sol Park', null, 1990], [3, 'Ada Kerr', '07700 900456', 1962]]],
  trips: [
    'trip_id,boat_id,office_id,trip_dt,pax_n,takings_gbp',
    [[1, 1, 1, '2025-05-02', 24, 480], [2, 2, 2, '2025-06-11', 11, 242], [3, 3, 1, '2025-07-20', 40, 880], [4, 1, 2, '2026-04-03', 18, 396]],
  ],
});

const WALKS = `CREATE TABLE walks (walk_id INTEGER PRIMARY KEY, walk_nm VARCHAR NOT NULL, km DECIMAL(4,1) NOT NULL);
CREATE TABLE walkers (walker_id INTEGER PRIMARY KEY, walker_nm VARCHAR NOT NULL, email VARCHAR NOT NULL);
CREATE TABLE outings (outing_id INTEGER PRIMARY KEY, walk_id INTEGER NOT NULL, walker_id INTEGER NOT NULL, went_on DATE NOT NULL, FOREIGN KEY (walk_id) REFERENCES walks(walk_id), FOREIGN KEY (walker_id) REFERENCES walkers(walker_id));`;

const walks = madeUpRows(WALKS, {
  walks: ['walk_id,walk_nm,km', [[1, 'Ridge Loop', 8.5], [2, 'Burn Path', 4.0]]],
  walkers: ['walker_id,walker_nm,email', [[1, 'Tam Grey', 'tam@example.org'], [2, 'Bea Moss', 'bea@example.org']]],
  outings: ['outing_id,walk_id,walker_id,went_on', [[1, 1, 1, '2025-05-04'], [2, 2, 2, '2025-06-01'], [3, 1, 2, '2025-06-08']]],
});

const DATE = ['--current_date', '2026-11-30'];

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'draught', namespace: 'harbour', task: 'List the boats with their draught.', declined: /draught/ },
  { id: 'skipper name', namespace: 'harbour', task: 'What is the name of the skipper who took trip 3?', declined: /skipper/ },
  { id: 'crew', namespace: 'harbour', task: 'How many deckhands sailed in 2025?', declined: /deckhands/ },
  { id: 'fax', namespace: 'harbour', task: "Show each office's fax number.", declined: /fax/ },
  { id: 'no phones kept', namespace: 'walks', task: 'Which walkers have no mobile phone number on file?', declined: /phone/ },
  { id: 'prize money', namespace: 'harbour', task: 'How much prize money did each boat win?', declined: /prize/ },
  { id: 'money held', namespace: 'harbour', task: 'How much money do we hold?', declined: /money/ },
  { id: 'no money kept', namespace: 'walks', task: 'Which walk took the most money?', declined: /money/ },
  // Twins worded alike that the data answers.
  { id: 'length', namespace: 'harbour', task: 'List the boats with their length.', declined: false },
  { id: 'passengers', namespace: 'harbour', task: 'How many passengers sailed in 2025?', declined: false },
  { id: 'phone', namespace: 'harbour', task: "Show each office's phone number.", declined: false },
  { id: 'mobile', namespace: 'harbour', task: 'Which guests have no mobile phone number on file?', declined: false },
  { id: 'most money', namespace: 'harbour', task: 'Which boat took the most money?', declined: false },
  { id: 'money in 2025', namespace: 'harbour', task: 'How much money did the trips bring in during 2025?', declined: false },
];

describe('words the data holds under another name, and twins it does not hold', () => {
  const answers = askBeforeAll({ harbour: harbour.database, walks: walks.database }, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-short-names-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task ($namespace)', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
