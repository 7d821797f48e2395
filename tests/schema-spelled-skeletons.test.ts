import { describe, expect, it } from 'vitest';
import { readTerseNames } from '../src/catalog/read-terse-names.js';
import { schemaSpelledSkeletons } from '../src/catalog/schema-spelled-skeletons.js';
import { vowelDroppedNoun, vowelDroppedNouns } from '../src/lexicon/vowel-dropped-noun.js';

type Table = { name: string; comment?: string; columns: { name: string; comment?: string }[] };

/** An invented tyre workshop's schema of vowel-dropped names; `note` is one column's comment, if any. */
function workshopSchema(note?: string): Table[] {
  return [
    { name: 'dim_chgr', columns: [{ name: 'chgr_id' }, { name: 'mfr_cd' }, { name: 'inst_dt', ...(note ? { comment: note } : {}) }] },
    { name: 'wrhs', columns: [{ name: 'wrhs_cd' }, { name: 'wrhs_nm' }, { name: 'rgn_cd' }] },
    { name: 'stf', columns: [{ name: 'stf_id' }, { name: 'stf_nm' }, { name: 'strt_dt' }, { name: 'wrhs_cd' }] },
  ];
}

describe('vowel-dropped name parts read as the schema writes them', () => {
  it('ranks the nouns a skeleton may spell by letters dropped, then by how common they are (charger before chagrin)', () => {
    expect(vowelDroppedNouns('chgr').slice(0, 2)).toEqual(['charger', 'chagrin']);
    expect(vowelDroppedNouns('chgr')).toContain('changer');
    expect(vowelDroppedNoun('chgr')).toBe('charger');
  });

  it('reads a part as the equally close noun a comment of the schema writes in full', () => {
    const read = readTerseNames(workshopSchema('When the tyre changer was installed'));
    expect(read.terseness.terse).toBe(true);
    expect(read.readings['chgr_id']).toEqual(['changer', 'id']);
    expect(read.readings['dim_chgr']).toEqual(['dim', 'changer']);
  });

  it('reads values as the schema writing a word', () => {
    expect(schemaSpelledSkeletons(workshopSchema(), ['Tyre changer', 'Balancer']).get('chgr')).toBe('changer');
  });

  it('keeps the dictionary reading where the schema writes no candidate, writes the pick itself, or only a less close one', () => {
    expect(readTerseNames(workshopSchema()).readings['chgr_id']).toEqual(['charger', 'id']);
    expect(schemaSpelledSkeletons(workshopSchema())).toEqual(new Map());
    expect(schemaSpelledSkeletons(workshopSchema('A charger, not a tyre changer')).has('chgr')).toBe(false);
    // "wrhs" drops four letters of the pick and five of warehouse: being written does not make it closer.
    expect(vowelDroppedNoun('wrhs')).not.toBe('warehouse');
    expect(schemaSpelledSkeletons(workshopSchema('Delivered to the warehouse')).has('wrhs')).toBe(false);
  });

  it('leaves a listed short form as the list reads it, whatever the comments say', () => {
    expect(readTerseNames(workshopSchema('Fitted on-street')).readings['strt_dt']).toEqual(['start', 'date']);
  });
});
