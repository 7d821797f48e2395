import { describeDeclineTable } from './helpers/describe-decline-table.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * "Which riders were off sick in May?", "Which bikes were delivered damaged?": rows picked by a state said of them (an
 * adjective or participle after the copula, or after an intransitive verb of theirs) that no column, value or comment
 * records, so no query can pick them (unrecorded-state.ts). A state the data does record, by its own name or a form of
 * it ("retired" where a retired flag is, "overdue" where due_back is), the passive of a verb ("were hired": a deed done
 * to the rows, which hire_dt may record) and a measure WordNet gives the adjective a value of ("late": timing, which
 * dates give) are left to the query. A rarer verb sense does not link a
 * state: "sick" as vomit shares a synset with "cat", which licence_cat must not lend it.
 * Made-up databases through the real CLI.
 */
const cycling = madeUpRows(
  [
    'CREATE TABLE riders (rider_id INTEGER PRIMARY KEY, rider_nm VARCHAR NOT NULL, licence_cat VARCHAR NOT NULL, retired BOOLEAN NOT NULL, hire_dt DATE NOT NULL);',
    'CREATE TABLE bikes (bike_id INTEGER PRIMARY KEY, model VARCHAR NOT NULL, bought_dt DATE NOT NULL);',
    'CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, bike_id INTEGER NOT NULL REFERENCES bikes(bike_id), rider_id INTEGER NOT NULL REFERENCES riders(rider_id), out_dt DATE NOT NULL, due_back DATE NOT NULL, back_dt DATE);',
  ].join('\n'),
  {
    riders: ['rider_id,rider_nm,licence_cat,retired,hire_dt', [[1, 'Ann Lee', 'A', false, '2024-03-01'], [2, 'Bo Kim', 'B', true, '2019-06-30'], [3, 'Cy Ray', 'A', false, '2026-01-31']]],
    bikes: ['bike_id,model,bought_dt', [[1, 'Tourer', '2023-04-01'], [2, 'Roadster', '2025-02-11'], [3, 'Tourer', '2026-05-20']]],
    rentals: ['rental_id,bike_id,rider_id,out_dt,due_back,back_dt', [[1, 1, 1, '2026-05-02', '2026-05-04', '2026-05-04'], [2, 2, 3, '2026-05-10', '2026-05-11', '2026-05-14'], [3, 3, 1, '2026-06-01', '2026-06-03', null]]],
  },
);

const QUESTIONS = [
  { id: 'off sick', namespace: 'cycling', task: 'Which riders were off sick in May?', declined: /off sick/ },
  { id: 'ill', namespace: 'cycling', task: 'How many riders are ill?', declined: /ill/ },
  { id: 'delivered damaged', namespace: 'cycling', task: 'Which bikes were delivered damaged?', declined: /damaged/ },
  { id: 'recorded', namespace: 'cycling', task: 'Which riders are retired?', declined: false as const },
  { id: 'hired', namespace: 'cycling', task: 'Which riders were hired in 2024?', declined: false as const },
  { id: 'overdue', namespace: 'cycling', task: 'Which rentals are overdue?', declined: false as const },
];

describeDeclineTable('rows picked by a state nothing records', {
  databases: { cycling: cycling.database },
  questions: QUESTIONS,
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-unrecorded-state-',
  declines: 'declines a state no column, value or comment records, naming it',
  answers: 'leaves a state the data records to the query',
});
