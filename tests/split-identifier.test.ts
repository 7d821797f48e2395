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

describe('identifierParts and splitIdentifier', () => {
  it('split names as the general rewrite does, snake_case shortcut or not, where no terse schema was read', () => {
    const nameChar = fc.constantFrom(...'abcxyz_AZ09- .é'.split(''));
    fc.assert(fc.property(fc.array(nameChar, { maxLength: 24 }).map((chars) => chars.join('')), (name) => {
      expect(identifierParts(name)).toEqual(general(name));
      expect(splitIdentifier(name)).toEqual(general(name));
    }), { numRuns: 2_000 });
    for (const name of ['finance_invoice_daily', '__a__b_', '', '_', 'orderItemsV2_total', 'StuID', 'customer_id', 'mbr_nm', 'CUSTNM', 'amt']) {
      expect(identifierParts(name)).toEqual(general(name));
      expect(splitIdentifier(name)).toEqual(general(name));
    }
  });
});
