import { describe, expect, it } from 'vitest';
import { commentPhrase } from '../src/models/offline/comment-head-mentions.js';
import { askBeforeAll } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * A table's comment that opens with a noun phrase names its rows (recipients 'Organisations that received seed', cust
 * 'Customers; ...'): the question's "organisations" names the table the way its name would, through the joins to it;
 * and a list of attributes may name a column of a joined table ("the tour name and date of every departure"), "date"
 * alone the one date column; rows listed "with their" attribute are told by their name, else by the key people quote
 * (lot_no). Through the real CLI on a made-up database; rows must equal the hand-written query's.
 */
const SCHEMA = `CREATE TABLE species (species_id INTEGER PRIMARY KEY, common_name VARCHAR NOT NULL, threat_cd VARCHAR NOT NULL);
CREATE TABLE recipients (recipient_id INTEGER PRIMARY KEY, org_name VARCHAR NOT NULL, country VARCHAR NOT NULL);
COMMENT ON TABLE recipients IS 'Organisations that have received seed from the bank';
CREATE TABLE lots (lot_no VARCHAR PRIMARY KEY, species_id INTEGER NOT NULL REFERENCES species (species_id), banked_on DATE NOT NULL, wk_fee DECIMAL(6,2) NOT NULL, grade_cd VARCHAR NOT NULL);
COMMENT ON COLUMN lots.wk_fee IS 'Agreed weekly fee in GBP';
CREATE TABLE shipments (ship_id INTEGER PRIMARY KEY, lot_no VARCHAR NOT NULL REFERENCES lots (lot_no), recipient_id INTEGER NOT NULL REFERENCES recipients (recipient_id), sent_dt DATE NOT NULL, seeds_sent INTEGER NOT NULL);
COMMENT ON TABLE shipments IS 'Seed samples sent out from a lot';`;

const { database, rows } = madeUpRows(SCHEMA, {
  species: ['species_id,common_name,threat_cd', [[1, 'Pasqueflower', 'VU'], [2, 'Oxlip', 'LC'], [3, 'Fen Orchid', 'EN']]],
  recipients: ['recipient_id,org_name,country', [[1, 'Kew Trust', 'GB'], [2, 'Leiden Garden', 'NL'], [3, 'Dublin Univ', 'IE']]],
  lots: ['lot_no,species_id,banked_on,wk_fee,grade_cd', [['L1', 1, '2023-04-02', 4.5, 'A'], ['L2', 2, '2023-05-11', 6, 'B'], ['L3', 3, '2024-06-20', 9.25, 'A'], ['L4', 2, '2024-07-01', 5, 'A']]],
  shipments: [
    'ship_id,lot_no,recipient_id,sent_dt,seeds_sent',
    [[1, 'L1', 1, '2024-02-01', 50], [2, 'L1', 2, '2025-03-04', 40], [3, 'L2', 3, '2025-07-09', 30], [4, 'L3', 1, '2025-09-15', 20], [5, 'L2', 1, '2026-01-20', 10]],
  ],
});

const CASES: { task: string; expected: string }[] = [
  {
    task: 'Which organisations have been sent Pasqueflower seed?',
    expected: "SELECT DISTINCT r.org_name FROM shipments s JOIN lots l ON l.lot_no = s.lot_no JOIN species p ON p.species_id = l.species_id JOIN recipients r ON r.recipient_id = s.recipient_id WHERE p.common_name = 'Pasqueflower'",
  },
  { task: 'How many seed samples did we send out in 2025?', expected: "SELECT count(*) FROM shipments WHERE sent_dt >= DATE '2025-01-01' AND sent_dt < DATE '2026-01-01'" },
  {
    task: 'List the org name and date of every shipment of Oxlip.',
    expected: "SELECT r.org_name, s.sent_dt FROM shipments s JOIN recipients r ON r.recipient_id = s.recipient_id JOIN lots l ON l.lot_no = s.lot_no JOIN species p ON p.species_id = l.species_id WHERE p.common_name = 'Oxlip'",
  },
  { task: 'List the lots of Oxlip with their grade.', expected: "SELECT l.lot_no, l.grade_cd FROM lots l JOIN species p ON p.species_id = l.species_id WHERE p.common_name = 'Oxlip'" },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'seedbank', task: c.task }));

describe('a table comment names its rows; a list names a joined table column', () => {
  const answers = askBeforeAll({ seedbank: database }, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-offline-comment-head-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });

  it('reads the noun phrase a comment opens with', () => {
    expect(commentPhrase('Organisations that have received seed from the bank')).toEqual(['organisation']);
    expect(commentPhrase('Seed samples sent out from an accession')).toEqual(['seed', 'sample']);
    expect(commentPhrase('Vehicles owned by the company')).toEqual(['vehicle']);
    expect(commentPhrase('Customers; co_nm is the company a business customer rents for')).toEqual(['customer']);
    expect(commentPhrase('nights = 0 for day trips')).toEqual(['night']);
    expect(commentPhrase('Lookup table of codes')).toBeUndefined();
  });
});
