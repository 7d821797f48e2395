import { describeSameRows } from './helpers/expect-same-rows.js';

/**
 * "Which clients have paid us the most overall?": a money verb before a bare "the most" ranks by the money of the rows
 * that point at the ranked ones, added up; the verb names those rows (pay → payments) when they are a join away from
 * anything the question names, and of two tables with money the one named for the deed decides. A rate (price per
 * hour) is not what was paid. A `full_name` column is the row's own name, shown alone. Through the real CLI; rows must
 * equal the hand-written query's.
 */
describeSameRows('money rankings over the rows a verb names', 'studio', {
  clients: {
    create: 'CREATE TABLE clients (client_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, town VARCHAR NOT NULL)',
    header: 'client_id,full_name,town',
    rows: [[1, 'Ann Bell', 'Ripon'], [2, 'Carl Dee', 'Thirsk'], [3, 'Eve Fox', 'Ripon'], [4, 'Gus Hall', 'Bedale']],
  },
  commissions: {
    create: 'CREATE TABLE commissions (commission_id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL REFERENCES clients(client_id), title VARCHAR NOT NULL, quoted_price DECIMAL(8,2) NOT NULL, hourly_rate DECIMAL(6,2) NOT NULL)',
    header: 'commission_id,client_id,title,quoted_price,hourly_rate',
    rows: [[1, 1, 'Portrait', 900, 40], [2, 1, 'Mural', 100, 30], [3, 2, 'Logo', 200, 90], [4, 3, 'Sign', 700, 20], [5, 4, 'Map', 50, 95]],
  },
  payments: {
    create: 'CREATE TABLE payments (payment_id INTEGER PRIMARY KEY, commission_id INTEGER NOT NULL REFERENCES commissions(commission_id), taken_on DATE NOT NULL, amount DECIMAL(8,2) NOT NULL)',
    header: 'payment_id,commission_id,taken_on,amount',
    rows: [[1, 1, '2025-01-02', 100], [2, 3, '2025-02-02', 200], [3, 3, '2025-03-02', 250], [4, 4, '2025-04-02', 300], [5, 5, '2025-05-02', 20]],
  },
}, [
  { task: 'Which two clients have paid us the most overall?', expected: 'SELECT c.full_name FROM payments p JOIN commissions m ON m.commission_id = p.commission_id JOIN clients c ON c.client_id = m.client_id GROUP BY c.client_id, c.full_name ORDER BY sum(p.amount) DESC LIMIT 2' },
  // Must not change: a count asked outright stays a count.
  { task: 'Which client has the most commissions?', expected: 'SELECT c.full_name FROM commissions m JOIN clients c ON c.client_id = m.client_id GROUP BY c.client_id, c.full_name ORDER BY count(*) DESC LIMIT 1' },
  // A full_name shown alone still ranks within each group, one group per client.
  {
    task: 'In each town, which client has the most commissions?',
    expected: "SELECT town, full_name FROM (SELECT c.town, c.full_name, row_number() OVER (PARTITION BY c.town ORDER BY count(*) DESC) AS r FROM commissions m JOIN clients c ON c.client_id = m.client_id GROUP BY c.client_id, c.town, c.full_name) WHERE r = 1 ORDER BY town",
  },
]);

describeSameRows('a rate is not what was paid: the fee is', 'market', {
  buyers: {
    create: 'CREATE TABLE buyers (buyer_id INTEGER PRIMARY KEY, buyer_name VARCHAR NOT NULL)',
    header: 'buyer_id,buyer_name',
    rows: [[1, 'Harbour Fish'], [2, 'Quay Foods'], [3, 'Deep Blue']],
  },
  landings: {
    create: 'CREATE TABLE landings (landing_id INTEGER PRIMARY KEY, buyer_id INTEGER NOT NULL REFERENCES buyers(buyer_id), weight_kg DECIMAL(8,1) NOT NULL, price_per_kg DECIMAL(6,2) NOT NULL, fee DECIMAL(6,2) NOT NULL)',
    header: 'landing_id,buyer_id,weight_kg,price_per_kg,fee',
    rows: [[1, 1, 100, 9, 5], [2, 1, 100, 9, 5], [3, 2, 10, 30, 80], [4, 3, 500, 2, 1]],
  },
}, [
  { task: 'Which buyer has paid the most overall?', expected: 'SELECT b.buyer_name FROM landings l JOIN buyers b ON b.buyer_id = l.buyer_id GROUP BY b.buyer_id, b.buyer_name ORDER BY sum(l.fee) DESC LIMIT 1' },
]);
