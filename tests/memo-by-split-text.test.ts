import { describe, expect, it } from 'vitest';
import { keepAsWritten, memoBySplitText, readNamesAs, splitIdentifier } from '../src/catalog/split-identifier.js';

/**
 * What linking and the answer checks derive from a catalog name's words is remembered per text, and must follow a
 * catalog that changes how texts split (a terse schema's readings registered, a readable one's names kept as written)
 * later in the same process: a batch may open a second namespace after the first questions.
 */
describe('memoBySplitText', () => {
  it('derives each text once, and again once a catalog changes how texts split', () => {
    let derived = 0;
    const words = memoBySplitText((text) => {
      derived++;
      return splitIdentifier(text).join(' ');
    });
    expect(words('mbr_nm')).toBe('mbr nm');
    expect(words('mbr_nm')).toBe('mbr nm');
    expect(derived).toBe(1);

    readNamesAs({ mbr_nm: ['member', 'name'] });
    expect(words('mbr_nm')).toBe('member name');
    expect(derived).toBe(2);

    const read = splitIdentifier('cust_cd').join(' ');
    expect(words('cust_cd')).toBe(read);
    keepAsWritten(['cust_cd']);
    expect(words('cust_cd')).toBe('cust cd');
    // Keeping a text already kept changes nothing, so the memo stays.
    const before = derived;
    keepAsWritten(['cust_cd']);
    expect(words('cust_cd')).toBe('cust cd');
    expect(derived).toBe(before);
  });
});
