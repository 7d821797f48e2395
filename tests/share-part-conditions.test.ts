import { describe, expect, it } from 'vitest';
import type { TableSchema } from '../src/context/context-schema.js';
import { analyzeQuestion } from '../src/models/offline/analyze-question.js';
import { partFilters } from '../src/models/offline/part-filters.js';
import { askBeforeAll } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';
import { inMemoryRows } from './helpers/in-memory-rows.js';

/**
 * The part a share question counts when no stored value names it: a BOOLEAN column named by its name or its comment's
 * first word ("insured" over ins, 'Insured against vet bills'), a nullable key emptied under a word of denial ("no
 * vet" over dog.vet_no → vtr, 'Veterinary surgeon'), an optional column filled ("were adopted" over adopt_dt). Made-up
 * schema; each rule beside a look-alike it must leave alone.
 */
const SCHEMA = `CREATE TABLE kennel (kennel_id INTEGER PRIMARY KEY, kennel_nm VARCHAR NOT NULL);
CREATE TABLE vtr (vtr_no INTEGER PRIMARY KEY, vtr_nm VARCHAR NOT NULL);
COMMENT ON TABLE vtr IS 'Vet (veterinary surgeon) on call for a dog';
CREATE TABLE dog (dog_id INTEGER PRIMARY KEY, dog_nm VARCHAR NOT NULL, kennel_id INTEGER NOT NULL REFERENCES kennel (kennel_id), vtr_no INTEGER REFERENCES vtr (vtr_no), ins BOOLEAN NOT NULL, adopt_dt DATE);
COMMENT ON COLUMN dog.ins IS 'Insured against vet bills';
COMMENT ON COLUMN dog.adopt_dt IS 'Date the dog went to its new family, NULL while still in the kennels'`;

const ROWS: Record<string, [string, (string | number | boolean | null)[][]]> = {
  kennel: ['kennel_id,kennel_nm', [[1, 'Hill Top'], [2, 'Riverside']]],
  vtr: ['vtr_no,vtr_nm', [[1, 'Ada Moss'], [2, 'Ben Kerr']]],
  dog: [
    'dog_id,dog_nm,kennel_id,vtr_no,ins,adopt_dt',
    [[1, 'Rex', 1, 1, true, '2026-03-02'], [2, 'Tess', 1, null, false, null], [3, 'Bo', 2, 2, true, null], [4, 'Moss', 2, null, false, '2026-05-09'], [5, 'Pip', 1, 1, false, null]],
  ],
};

const csv = Object.fromEntries(Object.entries(ROWS).map(([t, [head, r]]) => [t, `${head}\n${r.map((row) => row.map((v) => (v === null ? 'NULL' : v)).join(',')).join('\n')}\n`]));
const DATABASES: Record<string, MadeUpDatabase> = { kennels: { schema: SCHEMA, data: csv } };
const quoted = (v: string | number | boolean | null): string => (v === null ? 'NULL' : typeof v === 'string' ? `'${v}'` : String(v));
const rows = inMemoryRows([
  ...SCHEMA.split(';').filter((s) => s.trim()),
  ...Object.entries(ROWS).map(([t, [, r]]) => `INSERT INTO ${t} VALUES ${r.map((row) => `(${row.map(quoted).join(', ')})`).join(', ')}`),
]);

const CASES: { task: string; expected: string }[] = [
  { task: 'What percentage of our dogs are insured?', expected: 'SELECT 100.0 * count(*) FILTER (WHERE ins) / count(*) FROM dog' },
  { task: 'What share of the dogs have no vet?', expected: 'SELECT 100.0 * count(*) FILTER (WHERE vtr_no IS NULL) / count(*) FROM dog' },
  { task: 'What percentage of dogs were adopted?', expected: 'SELECT 100.0 * count(*) FILTER (WHERE adopt_dt IS NOT NULL) / count(*) FROM dog' },
];
const QUESTIONS = CASES.map((c, i) => ({ id: `case ${i}`, namespace: 'kennels', task: c.task }));

describe('the part of a share read from a flag, an empty key or a filled column', () => {
  const answers = askBeforeAll(DATABASES, QUESTIONS, { args: ['--current_date', '2026-11-25'], prefix: 'sluice-share-part-' });

  CASES.forEach((c, i) => {
    it(c.task, async () => {
      const line = answers().get(`case ${i}`)!;
      expect(line.sql, c.task).not.toBeNull();
      expect(await rows(line.sql!), line.sql!).toEqual(await rows(c.expected));
    });
  });
});

const column = (name: string, type: string, nullable: boolean, more: { references?: string; comment?: string } = {}) => ({ name, type, nullable, primary_key: false, ...more });
const table = (name: string, columns: ReturnType<typeof column>[], comment?: string): TableSchema =>
  ({ name, columns: [{ ...column(`${name}_id`, 'INTEGER', false), primary_key: true }, ...columns], ...(comment ? { comment } : {}), ddl: '', sample_rows: [], score: 1, reason: 'ranked' }) as TableSchema;
const VET = table('vtr', [column('vtr_nm', 'VARCHAR', false)], 'Vet (veterinary surgeon)');
const DOG = table('dog', [
  column('vtr_no', 'INTEGER', true, { references: 'vtr.vtr_id' }),
  column('ins', 'BOOLEAN', false, { comment: 'Insured against vet bills' }),
  column('chipped', 'BOOLEAN', false),
  column('adopt_dt', 'DATE', true),
]);
/** The predicate of "how many dogs …" starts after "dogs" (word 3). */
const parts = (question: string, target: TableSchema = DOG) => partFilters(analyzeQuestion(question).words, { from: 3, after: 3 }, target, [VET, DOG]).map((f) => f.sql);

describe('partFilters', () => {
  it('reads a flag by its name or its comment, denied by "not"', () => {
    expect(parts('how many dogs are insured')).toEqual(['{dog.ins}']);
    expect(parts('how many dogs are chipped')).toEqual(['{dog.chipped}']);
    expect(parts('how many dogs are not chipped')).toEqual(['NOT {dog.chipped}']);
  });

  it('empties a key only under a word of denial', () => {
    expect(parts('how many dogs have no vet')).toEqual(['{dog.vtr_no} IS NULL']);
    expect(parts('how many dogs were never seen by a vet')).toEqual(['{dog.vtr_no} IS NULL']);
    expect(parts('how many dogs have a vet')).toEqual([]);
  });

  it('takes nothing when two columns are named, or the words are in the subject', () => {
    expect(parts('how many dogs are chipped and insured')).toEqual([]);
    expect(parts('how many insured dogs are there')).toEqual([]);
  });

  it('fills an optional column named by a participle, and only when no flag or key is named', () => {
    expect(parts('how many dogs were adopted')).toEqual(['{dog.adopt_dt} IS NOT NULL']);
    expect(parts('how many dogs were never adopted')).toEqual(['{dog.adopt_dt} IS NULL']);
    expect(parts('how many dogs were adopting')).toEqual([]);
  });
});
