import { describe, expect, it } from 'vitest';
import { readTerseNames } from '../src/catalog/read-terse-names.js';
import { schemaSpelledSkeletons } from '../src/catalog/schema-spelled-skeletons.js';
import { vowelDroppedNoun, vowelDroppedNouns } from '../src/lexicon/vowel-dropped-noun.js';

type Table = { name: string; comment?: string; columns: { name: string; comment?: string }[] };

/** An invented stock-keeping schema of vowel-dropped names; `note` is one column's comment, if any. */
function stockSchema(note?: string): Table[] {
  return [
    { name: 'wrhs', columns: [{ name: 'wrhs_cd' }, { name: 'wrhs_nm' }, { name: 'rgn_cd' }] },
    { name: 'stk_lvl', columns: [{ name: 'stk_id' }, { name: 'wrhs_cd' }, { name: 'itm_cd' }, { name: 'qty_on_hnd', ...(note ? { comment: note } : {}) }] },
    { name: 'itm', columns: [{ name: 'itm_cd' }, { name: 'itm_desc' }, { name: 'unt_prc' }] },
    { name: 'dim_chgr', columns: [{ name: 'chgr_id' }, { name: 'kw_max' }, { name: 'inst_dt' }] },
  ];
}

describe('vowel-dropped name parts read as the schema writes them', () => {
  it('ranks the nouns a skeleton may spell by letters dropped, then by how common they are', () => {
    expect(vowelDroppedNouns('chgr').slice(0, 2)).toEqual(['charger', 'chagrin']);
    expect(vowelDroppedNoun('chgr')).toBe('charger');
    expect(vowelDroppedNouns('wrhs')).toContain('warehouse');
  });

  it('reads a part as the candidate noun a comment of the schema writes in full', () => {
    expect(vowelDroppedNoun('wrhs')).not.toBe('warehouse');
    const read = readTerseNames(stockSchema('Units on hand in the warehouse'));
    expect(read.terseness.terse).toBe(true);
    expect(read.readings['wrhs_cd']).toEqual(['warehouse', 'code']);
    expect(schemaSpelledSkeletons(stockSchema('Units on hand in the warehouse')).get('wrhs')).toBe('warehouse');
  });

  it('keeps the dictionary reading where the schema writes no candidate, or writes the dictionary pick itself', () => {
    const plain = readTerseNames(stockSchema());
    expect(plain.readings['wrhs_cd']).toEqual([vowelDroppedNoun('wrhs'), 'code']);
    expect(schemaSpelledSkeletons(stockSchema())).toEqual(new Map());
    expect(schemaSpelledSkeletons(stockSchema(`Units on hand; see the ${vowelDroppedNoun('wrhs')} log`)).has('wrhs')).toBe(false);
  });

  it('reads values as the schema writing a word', () => {
    expect(schemaSpelledSkeletons(stockSchema(), ['Main warehouse', 'Overflow']).get('wrhs')).toBe('warehouse');
  });
});
