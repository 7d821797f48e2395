import { describe, expect, it } from 'vitest';
import { ContextSchema, type Context } from '../src/context/context-schema.js';
import { GroundingFeaturesSchema } from '../src/trust/grounding-features.js';
import { decideGrounding } from '../src/trust/judge-grounding.js';
import { GROUNDING_WEIGHTS, scoreGrounding } from '../src/trust/score-grounding.js';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * The scored grounding decision (issue 14): features computed from a question's grounding over a made-up schema, the
 * fitted weights that turn them into a probability, and through the real CLI an attribute nothing stores declined with
 * its part named while its twin that asks for a stored one answers.
 */
const WORKSHOP = {
  name: 'machines',
  comment: 'Machines on the workshop floor',
  columns: [
    { name: 'machine_id', type: 'INTEGER', primary_key: true },
    { name: 'machine_name', type: 'VARCHAR' },
    { name: 'temperature_c', type: 'DOUBLE', comment: 'Last temperature reading, degrees Celsius' },
    { name: 'operator_name', type: 'VARCHAR' },
  ],
  ddl: 'CREATE TABLE machines (machine_id INTEGER, machine_name VARCHAR, temperature_c DOUBLE, operator_name VARCHAR)',
  sample_rows: [[1, 'Lathe', 41.5, 'Ines Moreau']],
};

const context = (text: string): Context =>
  ContextSchema.parse({
    run_id: 'run-scored',
    task: { text, namespace: 'workshop', plan: 'reflection', current_date: '2026-11-25', max_iterations: 3 },
    table_schemas: [WORKSHOP],
    plan: { done: [], pending: [], next_step_id: 0 },
  });

describe('scored grounding decision', () => {
  it('loads fitted weights for every feature, with a threshold strictly between 0 and 1', () => {
    expect(Object.keys(GROUNDING_WEIGHTS.weights).sort()).toEqual(Object.keys(GroundingFeaturesSchema.shape).sort());
    expect(GROUNDING_WEIGHTS.threshold).toBeGreaterThan(0);
    expect(GROUNDING_WEIGHTS.threshold).toBeLessThan(1);
    expect(GROUNDING_WEIGHTS.fitted).toMatch(/spider/);
  });

  it('computes features of a made-up schema: an asked attribute nothing stores is open and far from every name', () => {
    // Every feature, as the fit reads them: by default one the fitted model weighs at 0 is not computed.
    process.env.SLUICE_GROUNDING_FEATURES = 'all';
    const missing = decideGrounding(context('What is the humidity of each machine?'));
    delete process.env.SLUICE_GROUNDING_FEATURES;
    const features = GroundingFeaturesSchema.parse(missing.score!.features);
    expect(features.missing_attribute + features.open_where_asked).toBeGreaterThan(0);
    // "humidity" is related to temperature (the vectors' "near"), not the same: still some distance.
    expect(features.open_distance).toBeGreaterThan(0);
    expect(features.open_distance).toBeLessThan(1);
    expect(missing.score!.declined).toBe(true);
    expect(missing.reason).toMatch(/'humidity'/);

    // The same decision without the features the fitted model weighs at 0, which then read 0.
    const fast = decideGrounding(context('What is the humidity of each machine?'));
    expect(fast.score!.probability).toBe(missing.score!.probability);
    for (const [name, weight] of Object.entries(GROUNDING_WEIGHTS.weights)) if (weight === 0) expect(fast.score!.features[name as keyof typeof features], name).toBe(0);

    const held = decideGrounding(context('What is the temperature of each machine?'));
    const heldFeatures = GroundingFeaturesSchema.parse(held.score!.features);
    expect(heldFeatures.missing_attribute + heldFeatures.open_where_asked + heldFeatures.unlinked_focus).toBe(0);
    expect(heldFeatures.open_distance).toBe(0);
    expect(held.score!.probability).toBeLessThan(missing.score!.probability);
    expect(held.reason).toBeUndefined();
  });

  it('declines at and above the fitted threshold only, and never under SLUICE_GROUNDING_DECLINE=never (a refit run)', () => {
    const features = GroundingFeaturesSchema.parse(decideGrounding(context('What is the humidity of each machine?')).score!.features);
    const { probability } = scoreGrounding(features);
    expect(scoreGrounding(features, { ...GROUNDING_WEIGHTS, threshold: probability }).declined).toBe(true);
    expect(scoreGrounding(features, { ...GROUNDING_WEIGHTS, threshold: Math.min(1, probability + 1e-9) }).declined).toBe(false);

    process.env.SLUICE_GROUNDING_DECLINE = 'never';
    const recorded = decideGrounding(context('What is the humidity of each machine?'));
    delete process.env.SLUICE_GROUNDING_DECLINE;
    // The score is still computed and recorded, so a refit can replay any weights on it; the question is let through.
    expect(recorded.score!.probability).toBe(probability);
    expect(recorded.score!.declined).toBe(false);
    expect(recorded.reason).toBeUndefined();
    expect(decideGrounding(context('What is the humidity of each machine?')).reason).toMatch(/'humidity'/);
  });

  it('leaves the kind rules categorical: a future question is declined without a score', () => {
    const future = decideGrounding(context('What temperature will the Lathe reach next week?'));
    expect(future.reason).toMatch(/has not happened yet|is after/);
    expect(future.score).toBeUndefined();
  });

  it('turns features into a probability that rises with a positively weighted feature', () => {
    const none = Object.fromEntries(Object.keys(GroundingFeaturesSchema.shape).map((name) => [name, 0])) as Record<keyof typeof GroundingFeaturesSchema.shape, number>;
    const [strongest] = Object.entries(GROUNDING_WEIGHTS.weights).sort((a, b) => b[1] - a[1]);
    const quiet = scoreGrounding(none);
    const raised = scoreGrounding({ ...none, [strongest![0]]: 1 });
    expect(raised.probability).toBeGreaterThan(quiet.probability);
    expect(quiet.declined).toBe(false);
  });
});

const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  workshop: {
    schema: `CREATE TABLE operators (operator_id INTEGER PRIMARY KEY, full_name VARCHAR, shift VARCHAR);
CREATE TABLE machines (machine_id INTEGER PRIMARY KEY, operator_id INTEGER REFERENCES operators (operator_id), machine_name VARCHAR, temperature_c DOUBLE);`,
    data: {
      operators: 'operator_id,full_name,shift\n1,Ines Moreau,early\n2,Tariq Bell,late\n',
      machines: 'machine_id,operator_id,machine_name,temperature_c\n1,1,Lathe,41.5\n2,2,Press,55\n3,1,Mill,38.2\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'humidity', namespace: 'workshop', task: 'What is the humidity of each machine?', declined: /'humidity'/ },
  { id: 'temperature', namespace: 'workshop', task: 'What is the temperature of each machine?', declined: false },
  { id: 'humidity, synonym', namespace: 'workshop', task: 'What is the humidity of each device?', declined: /'humidity'/ },
  { id: 'temperature, synonym', namespace: 'workshop', task: 'What is the temperature of each device?', declined: false },
  { id: 'phone of a worker', namespace: 'workshop', task: "What is Ines Moreau's phone number?", declined: /'phone number'/ },
  { id: 'shift of a worker', namespace: 'workshop', task: 'Which shift does Ines Moreau work?', declined: false },
];

describe('scored grounding decision through the CLI', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-scored-' });

  it('declines an asked attribute nothing stores, naming it, and answers its twin that asks for a stored one, also in other words', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined), 'none');
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
