import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identifierParts, splitIdentifier } from '../src/catalog/split-identifier.js';

/** The general rewrite every name went through before plain snake_case names got their shortcut. */
const general = (text: string): string[] =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .replace(/(\d)([A-Za-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0);

describe('identifierParts', () => {
  it('splits names as the general rewrite does, snake_case shortcut or not', () => {
    const nameChar = fc.constantFrom(...'abcxyz_AZ09- .é'.split(''));
    fc.assert(fc.property(fc.array(nameChar, { maxLength: 24 }).map((chars) => chars.join('')), (name) => {
      expect(identifierParts(name)).toEqual(general(name));
    }), { numRuns: 2_000 });
    for (const name of ['finance_invoice_daily', '__a__b_', '', '_', 'orderItemsV2_total', 'StuID', 'customer_id']) {
      expect(identifierParts(name)).toEqual(general(name));
    }
  });
});

describe('splitIdentifier', () => {
  it.each([
    ['mbr_nm', ['member', 'name']],
    ['ord_dt', ['order', 'date']],
    ['CUSTNM', ['customer', 'name']],
    ['FRTCHG', ['freight', 'charge']],
    ['SLSREP_ID', ['sales', 'representative', 'id']],
    ['TRCTR', ['tractor']],
    ['cnty', ['county']],
    ['bed_no', ['bed', 'number']],
    ['cat_cd', ['category', 'code']],
    ['PUDT', ['pu', 'date']],
    ['HIREDT', ['hire', 'date']],
    ['SELECT mbr_nm FROM mbr', ['select', 'member', 'name', 'from', 'mbr']],
  ])('reads the legacy shorthand of %s as %j', (name, words) => {
    expect(splitIdentifier(name)).toEqual(words);
  });

  it.each([
    ['no battery was installed', ['no', 'battery', 'was', 'installed']],
    ['the cat sat', ['the', 'cat', 'sat']],
    ['weekly_ridership', ['weekly', 'ridership']],
    ['repaired_on', ['repaired', 'on']],
    ['from_terminus', ['from', 'terminus']],
    ['Kenworth', ['kenworth']],
    ['Flores', ['flores']],
    ['TX', ['tx']],
    ['St. Louis', ['st', 'louis']],
    ['Green Tea 40 ct', ['green', 'tea', '40', 'ct']],
  ])('keeps the English words of %s', (text, words) => {
    expect(splitIdentifier(text)).toEqual(words);
  });
});
