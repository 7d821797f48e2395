import { describeSameRows } from './helpers/expect-same-rows.js';

/**
 * "How many different X do the Ys ...": X a table, Ys a table named after it that stores X's key. The answer counts
 * the distinct keys the Ys store (the addresses tenants live at), not every X; of several keys to X, the one whose
 * role word the question uses ("currently" → current_address_id). Through the real CLI; rows must equal the
 * hand-written query's.
 */
describeSameRows('distinct keys another table stores', 'homes', {
  addresses: {
    create: 'CREATE TABLE addresses (address_id INTEGER PRIMARY KEY, line VARCHAR NOT NULL, city VARCHAR NOT NULL)',
    header: 'address_id,line,city',
    rows: [[1, '1 Oak St', 'Leeds'], [2, '2 Elm St', 'Hull'], [3, '3 Ash St', 'York'], [4, '4 Fir St', 'Leeds'], [5, '5 Yew St', 'Bath']],
  },
  tenants: {
    create: 'CREATE TABLE tenants (tenant_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, current_address_id INTEGER NOT NULL REFERENCES addresses(address_id), permanent_address_id INTEGER NOT NULL REFERENCES addresses(address_id))',
    header: 'tenant_id,name,current_address_id,permanent_address_id',
    rows: [[1, 'Ana', 1, 2], [2, 'Ben', 1, 3], [3, 'Cleo', 2, 3], [4, 'Dan', 1, 5]],
  },
  landlords: {
    create: 'CREATE TABLE landlords (landlord_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, address_id INTEGER NOT NULL REFERENCES addresses(address_id))',
    header: 'landlord_id,name,address_id',
    rows: [[1, 'Eva', 4], [2, 'Finn', 4], [3, 'Gus', 5]],
  },
}, [
  { task: 'How many different addresses do the tenants currently live at?', expected: 'SELECT count(DISTINCT current_address_id) FROM tenants' },
  // Must not change: one key to the table (already the same count through EXISTS), or no other table named, or not
  // asked as "different": every row of the table.
  { task: 'How many different addresses do the landlords live at?', expected: 'SELECT count(DISTINCT address_id) FROM landlords' },
  { task: 'How many addresses are there?', expected: 'SELECT count(*) FROM addresses' },
  { task: 'How many different addresses are there?', expected: 'SELECT count(*) FROM addresses' },
]);
