import { describeSameRows } from './helpers/expect-same-rows.js';

/**
 * "Average fee per type of treatment?": a classifier noun (type, kind, sort, category, class) before "of" names the
 * kinds of the noun after it, so the group is that noun's column (visits.treatment), not another table's type column
 * the lone word "type" would find. Through the real CLI; rows must equal the hand-written query's.
 */
describeSameRows('a group named as a type of something', 'vets', {
  owners: {
    create: 'CREATE TABLE owners (owner_id INTEGER PRIMARY KEY, owner_name VARCHAR NOT NULL, owner_type VARCHAR NOT NULL)',
    header: 'owner_id,owner_name,owner_type',
    rows: [[1, 'Ada Moor', 'farm'], [2, 'Bo Lund', 'private'], [3, 'Cy Hale', 'private']],
  },
  visits: {
    create: 'CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES owners(owner_id), treatment VARCHAR NOT NULL, fee DECIMAL(6,2) NOT NULL)',
    header: 'visit_id,owner_id,treatment,fee',
    rows: [[1, 1, 'vaccination', 30], [2, 2, 'vaccination', 40], [3, 2, 'dental', 120], [4, 3, 'surgery', 400], [5, 1, 'dental', 100]],
  },
}, [
  { task: 'Average fee per type of treatment?', expected: 'SELECT treatment, avg(fee) FROM visits GROUP BY treatment' },
  // Must not change: the type column named outright, and "type of" a table's rows (its own type column).
  { task: 'What is the average visit fee for each owner type?', expected: 'SELECT o.owner_type, avg(v.fee) FROM visits v JOIN owners o ON o.owner_id = v.owner_id GROUP BY o.owner_type' },
  { task: 'What is the average visit fee for each type of owner?', expected: 'SELECT o.owner_type, avg(v.fee) FROM visits v JOIN owners o ON o.owner_id = v.owner_id GROUP BY o.owner_type' },
]);
