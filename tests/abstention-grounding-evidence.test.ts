import { describe, expect, it } from 'vitest';
import { ContextSchema, type Context } from '../src/context/context-schema.js';
import { groundQuestion } from '../src/trust/ground-question.js';
import { decideGrounding } from '../src/trust/judge-grounding.js';
import type { WordEvidence } from '../src/trust/grounding-evidence.js';
import { evidenceFeatures } from '../src/trust/evidence-features.js';

/**
 * The grounding evidence record (issue 14): for each content word of a question, what it links to, by which step
 * (a name as written, an inflection, a WordNet synonym or relative, a comment's words only, a stored value …), what it
 * does in the question and how strong the link is. It decides nothing; the bench line carries it for the fits. A
 * made-up choir schema, none of the labelled sets'.
 */
const SINGERS = {
  name: 'singers',
  comment: 'Members of the choir; each sings in one section and may own a rehearsal folder',
  columns: [
    { name: 'singer_id', type: 'INTEGER', primary_key: true },
    { name: 'full_name', type: 'VARCHAR' },
    { name: 'section', type: 'VARCHAR' },
    { name: 'telephone', type: 'VARCHAR' },
    { name: 'joined_on', type: 'DATE' },
    { name: 'occupation', type: 'VARCHAR' },
  ],
  ddl: 'CREATE TABLE singers (singer_id INTEGER, full_name VARCHAR, section VARCHAR, telephone VARCHAR, joined_on DATE, occupation VARCHAR)',
  sample_rows: [[1, 'Ada Brook', 'Alto', '0113 496 0000', '2024-09-01', 'Teacher']],
};

const context = (text: string, values: Context['matched_values'] = []): Context =>
  ContextSchema.parse({
    run_id: 'run-evidence',
    task: { text, namespace: 'choir', plan: 'reflection', current_date: '2026-11-25', max_iterations: 3 },
    table_schemas: [SINGERS],
    matched_values: values,
    plan: { done: [], pending: [], next_step_id: 0 },
  });

const ALTO = [{ table: 'singers', column: 'section', value: 'Alto', matched_text: 'alto', score: 1 }];
const TEACHER = [{ table: 'singers', column: 'occupation', value: 'Teacher', matched_text: 'teacher', score: 1 }];

/** The record of a question, as the bench line carries it (grounding_evidence). */
function record(text: string, values: Context['matched_values'] = []): Record<string, WordEvidence> {
  const judged = context(text, values);
  const decision = decideGrounding({ ...judged, grounding: groundQuestion(judged) });
  expect(decision.evidence).toBeDefined();
  return Object.fromEntries(decision.evidence!.map((entry) => [entry.word, entry]));
}

describe('grounding evidence record', () => {
  it('tells a name as written from its inflection, and a table from a column', () => {
    const words = record('Which section has the most singers?');
    expect(words.section).toMatchObject({ kind: 'column', how: 'name', strength: 1 });
    expect(words.singers).toMatchObject({ kind: 'table', how: 'name' });
    const plural = record('List the sections of the singers.');
    expect(plural.sections).toMatchObject({ kind: 'column', how: 'inflection' });
  });

  it('marks a word only a comment grounds as prose, weaker than a name', () => {
    // "folder" is in the table's comment only: the data may not hold one.
    const words = record('Which singers own a folder?');
    expect(words.folder).toMatchObject({ kind: 'text', how: 'name' });
    expect(words.folder!.strength).toBeLessThan(0.6);
    // Its look-alike the data names ("section") is a column as written.
    expect(record('Which singers sing in a section?').section).toMatchObject({ kind: 'column', how: 'name' });
  });

  it('marks a WordNet synonym of a column, a name inside a longer one and a stored value as a filter', () => {
    expect(record('What is the job of each alto?', ALTO).job).toMatchObject({ kind: 'column', how: 'wordnet_synonym' });
    const words = record('What is the phone of each alto?', ALTO);
    // "phone" inside telephone: a look-alike of the column's name, not the name.
    expect(words.phone).toMatchObject({ kind: 'column', how: 'lookalike' });
    // An alto is a kind of singer (WordNet): the stored section value counts less than the table that relative names.
    expect(words.alto).toMatchObject({ kind: 'table', how: 'wordnet_relative' });
    expect(record('What is the phone of each teacher?', TEACHER).teacher).toMatchObject({ kind: 'value', how: 'value', role: 'filter' });
  });

  it('marks a word linking to nothing as unlinked, with its role and part of speech', () => {
    const words = record('What is the salary of Ada Brook?');
    expect(words.salary).toMatchObject({ role: 'asked', pos: 'noun', strength: 0 });
    expect(words.salary!.kind).toBeUndefined();
    expect(words.salary!.open).toBe(true);
  });
});

describe('evidence features of the post-execution decline', () => {
  // Only the unread words' links differ between each pair, so the features cannot be a word match.
  it('tells an unread word linked second-hand from one the data names as written', () => {
    const synonym = record('What is the phone of each alto?', ALTO);
    const named = record('What is the telephone of each alto?', ALTO);
    const second = evidenceFeatures(Object.values(synonym), ['phone']);
    const direct = evidenceFeatures(Object.values(named), ['telephone']);
    expect(second['evidence:ev_unread_second_hand']).toBe(1);
    expect(second['evidence:ev_unread_direct']).toBe(0);
    expect(direct['evidence:ev_unread_second_hand']).toBe(0);
    expect(direct['evidence:ev_unread_direct']).toBe(1);
  });

  it('marks an unread noun that links to nothing and a weakly linked asked head, and reads nothing without a record', () => {
    const open = evidenceFeatures(Object.values(record('What is the salary of Ada Brook?')), ['salary']);
    expect(open['evidence:ev_unread_unlinked_noun']).toBe(1);
    expect(open['evidence:ev_unread_asked_weak']).toBe(1);
    // The same question read in full: nothing unread, so only the whole question's links count.
    const read = evidenceFeatures(Object.values(record('What is the salary of Ada Brook?')), []);
    expect(read['evidence:ev_unread_unlinked_noun']).toBe(0);
    expect(evidenceFeatures(undefined, ['salary'])).toEqual({});
  });
});
