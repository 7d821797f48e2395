import { describe, expect, it } from 'vitest';
import { readTerseNames } from '../src/catalog/read-terse-names.js';
import { schemaTerseness } from '../src/catalog/schema-terseness.js';
import { readNamesAs, splitIdentifier } from '../src/catalog/split-identifier.js';

const table = (name: string, ...columns: string[]) => ({ name, columns: columns.map((column) => ({ name: column })) });

/** A legacy schema: most name parts are shorthand. */
const LEGACY = [
  table('mbr', 'mbr_no', 'mbr_nm', 'cnty', 'jn_dt', 'stat_cd'),
  table('ord_hdr', 'ord_no', 'mbr_no', 'ord_dt', 'pay_cd', 'bed_no', 'cat_cd'),
  table('CUSTMST', 'CUSTNO', 'CUSTNM', 'FRTCHG', 'SLSREP_ID', 'PUDT', 'HIREDT', 'ST'),
  table('TRCTR', 'UNITNO', 'MDLYR'),
];

/** A readable schema with one conventional short form ("amt") among English names. */
const READABLE = [
  table('customers', 'customer_id', 'name', 'city', 'join_date'),
  table('orders', 'order_id', 'customer_id', 'order_date', 'amt', 'status'),
];

describe('schemaTerseness', () => {
  it('judges a schema whose names are mostly shorthand terse, and one of English names with an odd short form readable', () => {
    expect(schemaTerseness(LEGACY).terse).toBe(true);
    expect(schemaTerseness(LEGACY).share).toBeGreaterThan(0.5);
    expect(schemaTerseness(READABLE)).toMatchObject({ terse: false, shorthand: 1 });
  });
});

describe('readTerseNames', () => {
  it('reads nothing into a readable schema, not even its "amt"', () => {
    expect(readTerseNames(READABLE).readings).toEqual({});
  });

  const { readings } = readTerseNames(LEGACY);
  it.each([
    ['mbr_nm', ['member', 'name']],
    ['ord_dt', ['order', 'date']],
    ['CUSTNM', ['customer', 'name']],
    ['custnm', ['customer', 'name']],
    ['FRTCHG', ['freight', 'charge']],
    ['SLSREP_ID', ['sales', 'representative', 'id']],
    ['TRCTR', ['tractor']],
    ['cnty', ['county']],
    ['bed_no', ['bed', 'number']],
    ['cat_cd', ['category', 'code']],
    ['PUDT', ['pu', 'date']],
    ['HIREDT', ['hire', 'date']],
  ])('reads the legacy shorthand of %s as %j', (name, words) => {
    expect(readings[name]).toEqual(words);
  });

  it('keeps a stored code of two capitals as written', () => {
    expect(readings['ST']).toBeUndefined();
  });

  it('lets splitIdentifier read the names it registers, alone or in SQL, and leaves prose as written', () => {
    readNamesAs(readings);
    expect(splitIdentifier('mbr_nm')).toEqual(['member', 'name']);
    expect(splitIdentifier('SELECT mbr_nm FROM mbr')).toEqual(['select', 'member', 'name', 'from', 'mbr']);
    for (const text of ['no battery was installed', 'the cat sat', 'weekly_ridership', 'St. Louis', 'Green Tea 40 ct']) {
      expect(splitIdentifier(text)).toEqual(text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
    }
  });
});
