import { describeSameRows } from './helpers/expect-same-rows.js';

/**
 * "How many different X <verb>ed in <period>": "different" says the X repeat, which they do only as the events that
 * point at them. The linker brings in the tables that reference the counted one (the fines of "cars fined", which no
 * word names), and the period dates those events, not a date each X carries once (a member's joining date), when one
 * table points at X. Through the real CLI; rows must equal the hand-written query's.
 */
describeSameRows('distinct counts over the events that point at the counted rows', 'marina', {
  boats: {
    create: 'CREATE TABLE boats (boat_id INTEGER PRIMARY KEY, boat_name VARCHAR NOT NULL, bought_on DATE NOT NULL)',
    header: 'boat_id,boat_name,bought_on',
    rows: [[1, 'Kestrel', '2024-03-01'], [2, 'Heron', '2025-02-10'], [3, 'Curlew', '2025-06-01'], [4, 'Tern', '2023-09-09']],
  },
  hires: {
    create: 'CREATE TABLE hires (hire_id INTEGER PRIMARY KEY, boat_id INTEGER NOT NULL REFERENCES boats(boat_id), hirer VARCHAR NOT NULL, starts_on DATE NOT NULL)',
    header: 'hire_id,boat_id,hirer,starts_on',
    rows: [[1, 1, 'Ives', '2025-01-05'], [2, 1, 'Shaw', '2025-03-07'], [3, 4, 'Ives', '2025-04-01'], [4, 2, 'Khan', '2025-12-30'], [5, 4, 'Lee', '2025-08-08'], [6, 3, 'Khan', '2026-01-02']],
  },
}, [
  { task: 'How many different boats went out in 2025?', expected: "SELECT count(DISTINCT boat_id) FROM hires WHERE starts_on >= DATE '2025-01-01' AND starts_on < DATE '2026-01-01'" },
  { task: 'How many diffrent boats went out in 2025?', expected: "SELECT count(DISTINCT boat_id) FROM hires WHERE starts_on >= DATE '2025-01-01' AND starts_on < DATE '2026-01-01'" },
  // Must not change: not asked as "different", the boats' own date; the verb names the boats' own date.
  { task: 'How many boats did we get in 2025?', expected: "SELECT count(*) FROM boats WHERE bought_on >= DATE '2025-01-01' AND bought_on < DATE '2026-01-01'" },
  { task: 'How many different boats were bought in 2025?', expected: "SELECT count(*) FROM boats WHERE bought_on >= DATE '2025-01-01' AND bought_on < DATE '2026-01-01'" },
]);

describeSameRows('the unnamed events a distinct count repeats in are linked', 'fleet', {
  owners: {
    create: 'CREATE TABLE owners (owner_id INTEGER PRIMARY KEY, owner_name VARCHAR NOT NULL)',
    header: 'owner_id,owner_name',
    rows: [[1, 'Ruth Lane'], [2, 'Omar Patel']],
  },
  cars: {
    create: 'CREATE TABLE cars (car_id INTEGER PRIMARY KEY, plate VARCHAR NOT NULL, owner_id INTEGER NOT NULL REFERENCES owners(owner_id))',
    header: 'car_id,plate,owner_id',
    rows: [[1, 'AB12 CDE', 1], [2, 'FG34 HIJ', 2], [3, 'KL56 MNO', 2], [4, 'PQ78 RST', 1]],
  },
  penalties: {
    create: 'CREATE TABLE penalties (penalty_id INTEGER PRIMARY KEY, car_id INTEGER NOT NULL REFERENCES cars(car_id), issued_on DATE NOT NULL, amount DECIMAL(6,2) NOT NULL)',
    header: 'penalty_id,car_id,issued_on,amount',
    rows: [[1, 1, '2024-02-01', 70], [2, 1, '2024-05-01', 70], [3, 3, '2024-07-01', 50], [4, 2, '2023-07-01', 50], [5, 4, '2025-01-01', 70]],
  },
}, [
  { task: 'How many different cars were fined in 2024?', expected: "SELECT count(DISTINCT car_id) FROM penalties WHERE issued_on >= DATE '2024-01-01' AND issued_on < DATE '2025-01-01'" },
  // Must not change: every car, not asked as "different".
  { task: 'How many cars are there?', expected: 'SELECT count(*) FROM cars' },
]);
