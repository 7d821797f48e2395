import { describe, expect, it } from 'vitest';
import { namesCodedKinds } from '../src/catalog/names-coded-kinds.js';
import { tablesByCodedKinds } from '../src/catalog/tables-by-coded-kinds.js';
import { nounKinds } from '../src/lexicon/noun-kinds.js';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Near-misses worded by the kind a coded column classifies (issue 14, false abstention): "vessels" where craft.kind_cd
 * glosses YCH yacht, CAT catamaran, DNG dinghy names the craft though no name or comment spells it, so the craft table
 * is linked and the word grounded. A made-up boatyard, none of the labelled sets', through the real CLI; a word with no
 * such kinds ("horses") stays declined.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  boatyard: {
    schema: `CREATE TABLE owners (owner_id INTEGER PRIMARY KEY, full_name VARCHAR, town VARCHAR);
CREATE TABLE craft (craft_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners (owner_id), kind_cd VARCHAR, length_m DOUBLE, registered_on DATE);
COMMENT ON COLUMN craft.kind_cd IS 'YCH yacht, CAT catamaran, DNG dinghy';`,
    data: {
      owners: 'owner_id,full_name,town\n1,Mia Rossi,Leeds\n2,Tom Okafor,York\n3,Ada Byrne,Leeds\n',
      craft: 'craft_id,owner_id,kind_cd,length_m,registered_on\n1,1,YCH,11.5,2024-05-02\n2,2,DNG,3.2,2025-03-05\n3,3,CAT,9.8,2026-06-09\n4,1,DNG,2.9,2026-09-01\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'kinds a coded column glosses', namespace: 'boatyard', task: 'How many vessels do owners from Leeds keep with us?', declined: false },
  { id: 'kinds alone', namespace: 'boatyard', task: 'How many vessels are there?', declined: false },
  { id: 'a word with no such kinds', namespace: 'boatyard', task: 'How many horses are there?', declined: /'horses'/ },
];

describe('near-misses worded by the kind a coded column classifies', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-near-miss-coded-kinds-' });

  it('answers a word whose kinds are the glossed codes, over the coded table', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
    expect(answers().get('kinds a coded column glosses')!.sql).toMatch(/craft/i);
    expect(answers().get('kinds alone')!.sql).toMatch(/craft/i);
  });

  it('still declines a word none of whose kinds a column codes', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined), 'none');
  });
});

describe('the kinds a coded column classifies', () => {
  const craft = { name: 'craft', row_count: 4, columns: [{ name: 'kind_cd', type: 'VARCHAR', nullable: true, primary_key: false, comment: 'YCH yacht, CAT catamaran, DNG dinghy' }] };
  const owners = { name: 'owners', row_count: 3, columns: [{ name: 'town', type: 'VARCHAR', nullable: true, primary_key: false, comment: 'Town the owner lives in' }] };

  it('reads kinds two steps down WordNet', () => {
    expect(nounKinds('dwellings').has('bungalow')).toBe(true);
    expect(nounKinds('vessels').has('yacht')).toBe(true);
  });

  it('needs two glossed codes that are kinds of the word, not one', () => {
    expect(namesCodedKinds('vessels', [craft])).toBe(true);
    expect(namesCodedKinds('yachts', [craft])).toBe(false);
    expect(namesCodedKinds('horses', [craft])).toBe(false);
  });

  it('links the coded table for such a word, and nothing for a prose comment', () => {
    expect(tablesByCodedKinds([owners, craft], 'How many vessels are there?')).toEqual([1]);
    expect(tablesByCodedKinds([owners, craft], 'How many towns are there?')).toEqual([]);
  });
});
