import { describe, expect, it } from 'vitest';
import { keepAsWritten, readNamesAs, splitIdentifier } from '../src/catalog/split-identifier.js';

/**
 * A readable catalog's names are listed as written only once a terse catalog loads in the process (a warm 10,000-table
 * start would otherwise parse every table's cached columns to list them), and then they are: the readable schema's
 * "amt" stays "amt" whichever catalog loaded first. Module state is per test file in vitest, so the order below is
 * the process's order.
 */
describe('keepAsWritten lists a readable catalog lazily', () => {
  let listed = 0;
  const readableTexts = () => {
    listed += 1;
    return ['amt', 'AMT'];
  };

  it('reads nothing while no terse catalog has loaded, and every text is split as written', () => {
    keepAsWritten(readableTexts);
    expect(listed).toBe(0);
    expect(splitIdentifier('amt')).toEqual(['amt']);
    expect(splitIdentifier('qty')).toEqual(['qty']);
  });

  it('lists the readable names when a terse catalog loads, so they stay as written while other shorthand is read', () => {
    readNamesAs({ ord_amt: ['order', 'amount'] });
    expect(listed).toBe(1);
    expect(splitIdentifier('amt')).toEqual(['amt']);
    expect(splitIdentifier('AMT')).toEqual(['amt']);
    // Not listed by any readable catalog: read as the shorthand it is.
    expect(splitIdentifier('qty')).toEqual(['quantity']);
    expect(splitIdentifier('ord_amt')).toEqual(['order', 'amount']);
  });

  it('lists a readable catalog that loads after a terse one at once, each source once', () => {
    let later = 0;
    keepAsWritten(() => {
      later += 1;
      return ['qty'];
    });
    expect(later).toBe(1);
    expect(splitIdentifier('qty')).toEqual(['qty']);
    readNamesAs({ cust_nm: ['customer', 'name'] });
    expect(later).toBe(1);
    expect(listed).toBe(1);
    keepAsWritten(['dt']);
    expect(splitIdentifier('dt')).toEqual(['dt']);
  });
});
