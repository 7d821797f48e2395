import { describe, expect, it } from 'vitest';
import type { CatalogTable } from '../src/connectors/connector.js';
import { ContextSchema } from '../src/context/context-schema.js';
import { groundQuestion } from '../src/trust/ground-question.js';
import { writtenCompoundOf } from '../src/trust/closed-compound.js';

/**
 * A compound written as one word is about its second word (issue 14, abstention-dev-s "When was trench 4 at Frome Market
 * Yard backfilled?", grounded by the "back" of a comment's "comes back"): a name or comment word that is only its first
 * part grounds none of it ("back" of "backfilled", "tooth" of "toothpaste", "home" of "homework"), and a question word
 * that is only the first part of a name's compound is none of that name ("work" of a workshop column). WordNet's own
 * derivations still ground ("membership" on a member column, "leadership" on a leader column), as does a compound's head
 * inside a longer name ("soil" in a comment's "topsoil", "schoolers" in Highschooler).
 */
const TABLES: CatalogTable[] = [
  {
    name: 'trenches',
    row_count: 10,
    columns: [
      { name: 'trench_id', type: 'INTEGER', primary_key: true },
      { name: 'opened_on', type: 'DATE' },
      { name: 'result_bp', type: 'INTEGER', comment: 'Radiocarbon age; NULL until a result comes back' },
      { name: 'machine_dug', type: 'BOOLEAN', comment: 'Topsoil stripped by a mechanical excavator' },
      { name: 'tooth_count', type: 'INTEGER' },
      { name: 'home_town', type: 'VARCHAR' },
      { name: 'workshop', type: 'VARCHAR' },
      { name: 'member_no', type: 'INTEGER' },
      { name: 'leader_name', type: 'VARCHAR' },
    ],
  },
  { name: 'Highschooler', row_count: 10, columns: [{ name: 'ID', type: 'INTEGER', primary_key: true }, { name: 'grade', type: 'INTEGER' }] },
];

const evidence = (question: string, word: string) => {
  const context = ContextSchema.parse({
    run_id: 'run-written-compounds',
    task: { text: question, namespace: 'test', plan: 'fixed', current_date: '2026-12-01', max_iterations: 3 },
    plan: { done: [], pending: [], next_step_id: 0 },
  });
  return groundQuestion(context, TABLES).words.find((entry) => entry.word.text === word)?.evidence;
};

describe('a compound written as one word is about its second word', () => {
  it('is not grounded by a name or comment word that is only its first part', () => {
    expect(evidence('When was trench 4 backfilled?', 'backfilled')).toBeUndefined();
    expect(evidence('How much toothpaste does each trench use?', 'toothpaste')).toBeUndefined();
    expect(evidence('How many hours of homework were set?', 'homework')).toBeUndefined();
  });

  it('does not ground a question word on a name it only starts', () => {
    expect(evidence('How much work was done in each trench?', 'work')).toBeUndefined();
  });

  it('still grounds derivations, a compound head inside a name, and names spelled out', () => {
    expect(evidence('What membership does each trench have?', 'membership')).toBe('column');
    expect(evidence('Who has the leadership of each trench?', 'leadership')).toBe('column');
    expect(evidence('What was the soil like in each trench?', 'soil')).toBe('text');
    expect(evidence('Which high schoolers are in grade 9?', 'schoolers')).toBe('table');
    expect(evidence('Which workshop did each trench use?', 'workshop')).toBe('column');
    expect(evidence('When was trench 4 opened?', 'opened')).toBe('column');
  });

  it('reads the parts from WordNet, not from a list', () => {
    expect(writtenCompoundOf('toothpaste', 'tooth')).toBe(true);
    expect(writtenCompoundOf('backfilled', 'back')).toBe(true);
    expect(writtenCompoundOf('membership', 'member')).toBe(false);
    expect(writtenCompoundOf('roofers', 'roof')).toBe(false);
    expect(writtenCompoundOf('passengers', 'passenger')).toBe(false);
  });
});
