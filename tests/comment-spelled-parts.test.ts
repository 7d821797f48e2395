import { describe, expect, it } from 'vitest';
import { commentSpelledParts, spelledNameTexts, SPELLED_MARK } from '../src/catalog/comment-spelled-parts.js';

describe('terse name parts as their own comments spell them out', () => {
  const tables = [
    {
      name: 'pcn',
      comment: 'Penalty charge notice (parking ticket)',
      columns: [
        { name: 'pcn_no', comment: null },
        { name: 'bnd', comment: 'H higher band (70 GBP), L lower band (50 GBP)' },
        { name: 'amt', comment: 'Penalty charge in GBP' },
      ],
    },
    {
      name: 'ceo',
      comment: 'Civil enforcement officer (traffic warden)',
      columns: [
        { name: 'bdg', comment: 'Badge number' },
        { name: 'gdc_no', comment: 'General Dental Council registration number' },
      ],
    },
    { name: 'incd', comment: 'Incident log; job_id is NULL for incidents off a job', columns: [{ name: 'sig', comment: 'Signature captured, or a sign-off' }] },
    { name: 'apt', comment: "A donor's appointment at a session", columns: [] },
  ];
  const spelled = commentSpelledParts(tables);

  it('reads initials and a vowel-dropped opening, with a bracketed gloss of words', () => {
    expect(spelled.get('pcn')).toEqual(['penalty', 'charge', 'notice', 'parking', 'ticket']);
    expect(spelled.get('ceo')).toEqual(['civil', 'enforcement', 'officer', 'traffic', 'warden']);
    expect(spelled.get('bdg')).toEqual(['badge']);
    // A bracketed amount is no other name for the band.
    expect(spelled.get('bnd')).toEqual(['band']);
    // One word in two numbers is one spelling.
    expect(spelled.get('incd')).toEqual(['incident']);
  });

  it('leaves class words, English words read as skeletons, and parts two words could spell', () => {
    expect(spelled.has('amt')).toBe(false);
    // A column's initials name another body ('General Dental Council'), not what the column holds.
    expect(spelled.has('gdc')).toBe(false);
    expect(spelled.has('no')).toBe(false);
    // "apt" is a word: its letters are no vowel-dropped "appointment".
    expect(spelled.has('apt')).toBe(false);
    // 'Signature' and 'sign-off' both open with the letters.
    expect(spelled.has('sig')).toBe(false);
  });

  it('gives grounding the table and column names in those words, marked as a reading', () => {
    const texts = spelledNameTexts(tables[0]!);
    expect(texts.table).toEqual([`${SPELLED_MARK}penalty charge notice parking ticket`]);
    expect(texts.column).toEqual([`${SPELLED_MARK}penalty charge notice parking ticket`, `${SPELLED_MARK}band`]);
  });
});
