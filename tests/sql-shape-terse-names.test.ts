import { describe, expect, it } from 'vitest';
import { readNamesAs } from '../src/catalog/split-identifier.js';
import { sqlShape } from '../src/trust/sql-shape.js';

/**
 * In a terse catalog, the answer checks read a one-part identifier of the SQL as the catalog reads that name ("cnty"
 * → county): read as prose, a lone one-part name stays as written, and columns_used said the SQL did not use the
 * county column it selects. A name of several parts was read either way; a word no name reading knows stays as written.
 */
describe('SQL identifiers read as a terse catalog reads its names', () => {
  it('reads a lone one-part column name as the catalog does', () => {
    readNamesAs({ cnty: ['county'], sup_nm: ['supplier', 'name'] });
    const roots = sqlShape('SELECT sup_nm, cnty FROM sup WHERE fsc_flg').roots;
    expect(roots.has('county')).toBe(true);
    expect(roots.has('supplier')).toBe(true);
  });
  it('adds nothing for an identifier no reading covers', () => {
    const roots = sqlShape('SELECT twn FROM yard').roots;
    expect(roots.has('town')).toBe(false);
    expect(roots.has('twn')).toBe(true);
  });
});

describe('reflexive pronouns are function words', () => {
  it('"ourselves" and "themselves" carry no content; "selves" of a name would', async () => {
    const { STOP_WORDS } = await import('../src/catalog/stop-words.js');
    const { FILLER_WORDS } = await import('../src/models/offline/question-vocabulary.js');
    for (const word of ['ourselves', 'themselves', 'itself']) {
      expect(STOP_WORDS.has(word)).toBe(true);
      expect(FILLER_WORDS.has(word)).toBe(true);
    }
    expect(FILLER_WORDS.has('shelves')).toBe(false);
  });
});
