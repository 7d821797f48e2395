import { describe, expect, it } from 'vitest';
import { buildValueLookup } from '../src/catalog/build-value-lookup.js';
import { codesSkeletoning } from '../src/catalog/skeleton-codes.js';

/**
 * A word is met by the code a code list shortens it to: its whole consonant skeleton ("wooden" 'WDN'), or, as
 * three-letter status lists write it, the start of that skeleton ("confirmed" 'CNF'), the longest start first; never
 * when the cut spells codes of two columns, nor below three letters.
 */
describe('codes that write a word as its consonants', () => {
  const lookup = buildValueLookup([
    { table: 'booking', column: 'bkg_status', values: ['CNF', 'CXL', 'NS'] },
    { table: 'fence', column: 'material', values: ['WDN', 'STL'] },
  ]);
  const values = (word: string): string[] => codesSkeletoning(lookup, word).map((target) => target.value);

  it('reads the whole skeleton', () => {
    expect(values('wooden')).toEqual(['WDN']);
  });

  it('reads the start of the skeleton when no code is the whole of it', () => {
    expect(values('confirmed')).toEqual(['CNF']);
  });

  it('leaves a code that is the word\'s own start to the truncation rules', () => {
    const league = buildValueLookup([{ table: 'league', column: 'fmt_cd', values: ['SCR', 'HCP'] }]);
    expect(codesSkeletoning(league, 'scratch')).toEqual([]);
  });

  it('reads nothing when no start of three letters or more is a code', () => {
    expect(values('cancelled')).toEqual([]);
    expect(values('notes')).toEqual([]);
  });

  it('reads nothing when the start spells codes of two columns', () => {
    const two = buildValueLookup([
      { table: 'booking', column: 'bkg_status', values: ['CNF', 'CXL'] },
      { table: 'tour', column: 'state_cd', values: ['CNF', 'OPN'] },
    ]);
    expect(codesSkeletoning(two, 'confirmed')).toEqual([]);
  });
});
