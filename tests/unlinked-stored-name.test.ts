import { beforeAll, describe, expect, it } from 'vitest';
import { spellings } from '../src/catalog/probe-named-values.js';
import { withoutLegalForm } from '../src/lexicon/legal-forms.js';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';

/**
 * A name among hundreds is stored in a table no word of the question names ("How many cleans did we do for Kestrel
 * Blue Ltd?": the accounts, reached from the cleans through the properties). The linked tables' look-up found nothing,
 * so the question was declined as naming another organisation. schema_linking now looks the name up in the
 * many-valued columns of the tables the linked ones reach (src/catalog/unlinked-name-columns.ts) and links the table
 * that holds it; a company's legal form may be left off where it is stored (src/lexicon/legal-forms.ts).
 */

const PLACES = ['Harbour', 'Oak', 'Mill', 'River', 'Park', 'Church', 'Station', 'Castle', 'Bridge', 'Green', 'Hill', 'Lake', 'Forest', 'Meadow', 'Abbey', 'Kings', 'Queens', 'North', 'South', 'West'];
const TRADES = ['Lettings', 'Motors', 'Dental', 'Bakery', 'Joinery', 'Florists', 'Optician', 'Vets', 'Pharmacy', 'Cafe', 'Garage', 'Surgery', 'Nursery', 'Studio', 'Hotel'];
/** 300 account names, past the 200 distinct values the catalog keeps; two targets, one written with its legal form. */
const EXACT = 'Kestrel Blue Ltd';
const BARE = 'Moorfield Homes';
const NAMES = (() => {
  const names = TRADES.flatMap((trade) => PLACES.map((place) => `${place} ${trade}`));
  names.splice(240, 0, EXACT);
  names.splice(260, 0, BARE);
  return names;
})();
const sqlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

const STATEMENTS = [
  'CREATE TABLE accounts (account_id INTEGER PRIMARY KEY, account_name VARCHAR NOT NULL)',
  'CREATE TABLE properties (property_id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL REFERENCES accounts (account_id), street VARCHAR NOT NULL)',
  'CREATE TABLE cleans (clean_id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES properties (property_id), clean_date DATE NOT NULL, price DECIMAL(6, 2) NOT NULL)',
  `INSERT INTO accounts VALUES ${NAMES.map((name, index) => `(${index + 1}, ${sqlString(name)})`).join(', ')}`,
  `INSERT INTO properties VALUES ${NAMES.map((_, index) => `(${index + 1}, ${index + 1}, ${sqlString(`${index + 1} High Street`)})`).join(', ')}`,
  `INSERT INTO cleans VALUES ${Array.from({ length: 900 }, (_, index) => `(${index + 1}, ${1 + (index % NAMES.length)}, '2026-0${1 + (index % 9)}-1${index % 10}', ${10 + (index % 7)})`).join(', ')}`,
];

describe('a company name a record may store without its legal form', () => {
  it.each([
    ['Moorfield Homes Ltd', 'Moorfield Homes'],
    ['Acme Widgets plc', 'Acme Widgets'],
    ['Acme Widgets, Inc.', 'Acme Widgets'],
    ['Halden Rail', undefined],
    ['Ltd', undefined],
  ])('%s', (name, bare) => {
    expect(withoutLegalForm(name)).toBe(bare);
  });

  it('is looked up with and without its legal form', () => {
    expect(spellings('Moorfield Homes Ltd')).toEqual(expect.arrayContaining(['Moorfield Homes Ltd', 'Moorfield Homes']));
    expect(spellings('Moorfield Homes')).toEqual(['Moorfield Homes', 'The Moorfield Homes']);
  });
});

describe('a stored name in a table the question does not name', () => {
  let namespace: MadeUpNamespace;
  beforeAll(async () => {
    namespace = await madeUpNamespace('window_cleaning', STATEMENTS);
  }, 60_000);

  it('links the table that stores it and filters on it', async () => {
    const { stderr, answer } = await namespace.ask(`How many cleans did we do for ${EXACT}?`);
    expect(answer.status, stderr).not.toBe('unanswerable');
    expect(answer.sql).toContain(`'${EXACT}'`);
    const expected = await namespace.query(`SELECT count(*) FROM cleans c JOIN properties p USING (property_id) JOIN accounts a USING (account_id) WHERE a.account_name = '${EXACT}'`);
    expect(answer.rows).toEqual([[Number(expected[0]![0])]]);
  }, 60_000);

  it('finds it stored without the legal form the question gives it', async () => {
    const { stderr, answer } = await namespace.ask(`How many cleans did we do for ${BARE} Ltd?`);
    expect(answer.status, stderr).not.toBe('unanswerable');
    expect(answer.sql).toContain(`'${BARE}'`);
  }, 60_000);

  it('still declines a name of the same shape that nothing stores', async () => {
    const { answer } = await namespace.ask('How many cleans did we do for Kestrel Grey Ltd?');
    expect(answer.status).toBe('unanswerable');
  }, 60_000);
});
