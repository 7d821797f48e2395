import { describe, expect, it } from 'vitest';
import { ContextSchema, type Context } from '../src/context/context-schema.js';
import { askedAttributes } from '../src/trust/asked-attributes.js';
import { askedItems } from '../src/trust/asked-words.js';
import { decideGrounding } from '../src/trust/judge-grounding.js';
import { isNamingWord } from '../src/trust/is-naming-word.js';
import { isWeakEvidence } from '../src/trust/is-weak-evidence.js';
import { questionWords } from '../src/models/offline/question-words.js';

/**
 * Where only a noun can come, a word English mostly uses as a verb names a thing ("Which boats had the biggest catch",
 * "average wait time"); and a terse fragment with no question word asks for the noun phrase it opens with ("humidity on
 * each kiln in May"). A made-up schema: the asked thing links, what is asked of it does not.
 */
const KILNS = {
  name: 'kilns',
  comment: 'Kilns of the pottery',
  columns: [
    { name: 'kiln_id', type: 'INTEGER', primary_key: true },
    { name: 'kiln_name', type: 'VARCHAR' },
    { name: 'temperature_c', type: 'DOUBLE', comment: 'Peak firing temperature, degrees Celsius' },
    { name: 'fired_on', type: 'DATE' },
    { name: 'shelf_count', type: 'INTEGER' },
  ],
  ddl: 'CREATE TABLE kilns (kiln_id INTEGER, kiln_name VARCHAR, temperature_c DOUBLE, fired_on DATE, shelf_count INTEGER)',
  sample_rows: [[1, 'Big Anagama', 1280, '2026-05-02', 4]],
};

const context = (text: string): Context =>
  ContextSchema.parse({
    run_id: 'run-noun-slots',
    task: { text, namespace: 'pottery', plan: 'reflection', current_date: '2026-11-25', max_iterations: 3 },
    table_schemas: [KILNS],
    plan: { done: [], pending: [], next_step_id: 0 },
  });

const wordOf = (question: string, text: string) => questionWords(question).find((word) => word.text === text)!;

describe('a word in a noun slot', () => {
  it('is a noun after "had the <superlative>" and after a measure, and still a verb elsewhere', () => {
    const had = 'Which kilns had the biggest swell in May?';
    expect(isWeakEvidence(had, wordOf(had, 'swell'))).toBe(false);
    const measure = 'average wait time per kiln';
    expect(isWeakEvidence(measure, wordOf(measure, 'wait'))).toBe(false);
    // "How old is the youngest pooch?": the thing itself after a superlative, not what something has, stays weak.
    const subject = 'What was the biggest swell of the season?';
    expect(isWeakEvidence(subject, wordOf(subject, 'swell'))).toBe(true);
    const verb = 'Which kilns swell in May?';
    expect(isWeakEvidence(verb, wordOf(verb, 'swell'))).toBe(true);
  });

  it('declines a ranking by what nothing stores, and answers its twin that ranks by a stored attribute', () => {
    expect(decideGrounding(context('Which kilns had the biggest swell in May 2026?')).reason).toMatch(/swell/);
    expect(decideGrounding(context('Which kilns had the highest temperature in May 2026?')).reason).toBeUndefined();
  });
});

describe('a terse fragment', () => {
  it('asks for the noun phrase it opens with, up to a preposition, a determiner or a verb', () => {
    expect(askedItems('humidity on each kiln in May 2026')).toEqual([['humidity']]);
    expect(askedItems('average glaze thickness per kiln')).toEqual([['glaze', 'thickness']]);
    expect(askedItems('pots fired last month')).toEqual([['pots']]);
    expect(askedItems('props w/ EPC E')).toEqual([['props']]);
    // A command, an adverb or a clause opens no fragment.
    expect(askedItems('Rank the kilns by temperature')).toEqual([]);
    expect(askedItems('Honestly, is the big kiln worth keeping?')).toEqual([]);
    // A ratio counts rows in a state a value may hold: left to the other rules.
    expect(askedItems('breakage rate by kiln')).toEqual([]);
  });

  it('declines a fragment asking for what nothing stores, and answers its twin asking for a stored attribute', () => {
    // "shelf" links to a column: what is asked for decides, not whether anything links.
    expect(decideGrounding(context('humidity on each shelf in May 2026')).reason).toMatch(/'humidity'/);
    expect(decideGrounding(context('temperature on each shelf in May 2026')).reason).toBeUndefined();
  });
});

describe('what listed things are shown with', () => {
  it('is asked of them: "List the kilns with their last service date" asks a service date of kilns', () => {
    expect(askedAttributes('List the kilns with their last service date').map((attribute) => attribute.words.map((word) => word.text))).toEqual([['service']]);
    expect(askedAttributes('List the kilns with their number of firings')).toEqual([]);
  });

  it('declines what no table of theirs holds, and answers its twin that asks for a stored attribute', () => {
    // "temperature" links to a column: what the kilns are shown with decides, not whether anything links.
    expect(decideGrounding(context('List the kilns with their last service date and temperature')).reason).toMatch(/'service'/);
    expect(decideGrounding(context('List the kilns with their shelf count and temperature')).reason).toBeUndefined();
  });
});

describe('a noun in -ing that ends what something has at its most', () => {
  it('names a thing after "have the <superlative>" and the nouns narrowing it, and is a verb form elsewhere', () => {
    const ranked = 'Which kilns have the lowest safety rating?';
    expect(isNamingWord(ranked, wordOf(ranked, 'rating'))).toBe(true);
    expect(isWeakEvidence(ranked, wordOf(ranked, 'rating'))).toBe(false);
    const verb = 'Which kilns are the potters rating?';
    expect(isNamingWord(verb, wordOf(verb, 'rating'))).toBe(false);
  });
});
