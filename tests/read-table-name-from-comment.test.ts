import { describe, expect, it } from 'vitest';
import { readTerseNames } from '../src/catalog/read-terse-names.js';

const table = (name: string, comment: string, ...columns: string[]) => ({ name, comment, columns: columns.map((column) => ({ name: column })) });

/**
 * A terse yard system: the shorthand reading takes cst (of cst_nm) for "cost", but the table cst is commented
 * 'Customer account', and the comment is the schema's author saying what the short form stands for. rdr_nm's "rdr"
 * the shorthand reading leaves as written: it stays so (read anew from 'Rider' it would name its table twice over).
 * A table whose comment agrees with the reading ('Cost centre') keeps it.
 */
const YARD = [
  table('cst', 'Customer account', 'cst_no', 'cst_nm', 'cst_typ', 'twn', 'crd_lmt'),
  table('ordh', 'Sales order header', 'ord_no', 'cst_no', 'ord_dt', 'dsp_dt', 'stat'),
  table('rdr', 'Rider', 'rdr_no', 'rdr_nm', 'bk_cd'),
];
const LEDGER = [
  table('cst', 'Cost centre', 'cst_no', 'cst_nm', 'bdgt_amt'),
  table('jrnl', 'Journal line', 'jrnl_no', 'cst_no', 'pst_dt', 'amt'),
];

describe('a terse table name read from its comment', () => {
  const yard = readTerseNames(YARD).readings;
  it('reads cst as the customer its comment names, in every name that uses it', () => {
    expect(yard['cst_nm']).toEqual(['customer', 'name']);
    expect(yard['cst']).toEqual(['customer']);
    expect(yard['cst_typ']?.[0]).toBe('customer');
  });
  it('leaves a part the shorthand reading leaves as written (rdr) as it was', () => {
    expect(yard['rdr']).toBeUndefined();
    expect(yard['rdr_nm']?.[0]).not.toBe('rider');
  });
  it('keeps the reading a comment agrees with (cst of a cost centre)', () => {
    const ledger = readTerseNames(LEDGER).readings;
    expect(ledger['cst_nm']?.[0]).toBe('cost');
  });
});
