import { describe, expect, it } from 'vitest';
import { doneAgain } from '../src/lexicon/done-again.js';
import { firstSenseSiblings } from '../src/lexicon/first-sense-siblings.js';
import { questionWords } from '../src/models/offline/question-words.js';
import { subjectOfPast } from '../src/trust/subject-of-past.js';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Near-misses worded by a word's kin (issue 14, false abstention): a word whose first sense shares a specific physical
 * parent with a column's ("town" where a city column is: both municipalities), a re- word WordNet defines as doing
 * its rest again ("revisits" where a visits table is), and a plural noun before a past form, which is the verb's
 * subject, not a compound's modifier ("Which pupils left in March?" where left_on is). A made-up piano-tuning
 * business, none of the labelled sets', through the real CLI; a look-alike stays declined.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  tuning: {
    schema: `CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, full_name VARCHAR, city VARCHAR);
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers (customer_id), visited_on DATE, fee DOUBLE);
CREATE TABLE pupils (pupil_id INTEGER PRIMARY KEY, full_name VARCHAR);
CREATE TABLE enrolments (enrolment_id INTEGER PRIMARY KEY, pupil_id INTEGER REFERENCES pupils (pupil_id), started_on DATE, left_on DATE);`,
    data: {
      customers: 'customer_id,full_name,city\n1,Mia Rossi,Leeds\n2,Tom Okafor,York\n3,Ada Byrne,Leeds\n',
      visits: 'visit_id,customer_id,visited_on,fee\n1,1,2026-02-02,60\n2,2,2026-03-05,55\n3,1,2026-06-09,60\n4,3,2026-09-01,70\n',
      pupils: 'pupil_id,full_name\n1,Ivy Shaw\n2,Leo Grant\n3,Nia Cole\n',
      enrolments: 'enrolment_id,pupil_id,started_on,left_on\n1,1,2025-09-01,2026-03-20\n2,2,2025-09-01,\n3,3,2026-01-10,2026-07-02\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'town for a city column', namespace: 'tuning', task: 'Which town has the most customers?', declined: false },
  { id: 're- word for its rest', namespace: 'tuning', task: 'How many revisits did we make in 2026?', declined: false },
  { id: 'plural subject and its past verb', namespace: 'tuning', task: 'Which pupils left in March 2026?', declined: false },
  { id: 'a sibling nothing stores', namespace: 'tuning', task: 'Which village has the most customers?', declined: /'village'/ },
];

describe('near-misses worded by a word of kin', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-near-miss-kin-' });

  it.each(QUESTIONS.filter((q) => !q.declined))('answers $id', (q) => {
    expectAnswered(answers(), [q]);
  });

  it('reads the city column for "town" and the left_on column for "left"', () => {
    expect(answers().get('town for a city column')!.sql).toMatch(/city/i);
    expect(answers().get('plural subject and its past verb')!.sql).toMatch(/left_on/i);
  });

  it('still declines a place word whose sibling no column holds', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined), 'none');
  });
});

describe('the words of kin', () => {
  it('takes first senses under one specific physical parent, not abstract siblings', () => {
    expect(firstSenseSiblings('towns').has('city')).toBe(true);
    // Both payments, but different ones: an abstraction's siblings are told apart.
    expect(firstSenseSiblings('premium').has('subscription')).toBe(false);
  });

  it('reads re- as "again" only where WordNet defines the word so', () => {
    expect(doneAgain('revisits')).toBe('visits');
    expect(doneAgain('reopened')).toBe('opened');
    expect(doneAgain('reports')).toBeUndefined();
    expect(doneAgain('returns')).toBeUndefined();
  });

  it('reads a plural WordNet lists as no noun of its own, before a past form, as a subject', () => {
    const [students, left] = questionWords('students left');
    expect(subjectOfPast(students!, left!)).toBe(true);
    const [pupils, enrolled] = questionWords('pupils enrolled');
    expect(subjectOfPast(pupils!, enrolled!)).toBe(true);
    // "sales" is a noun of its own: "sales tax" is a compound.
    const [sales, taxed] = questionWords('sales taxed');
    expect(subjectOfPast(sales!, taxed!)).toBe(false);
    const [student, loans] = questionWords('student loans');
    expect(subjectOfPast(student!, loans!)).toBe(false);
  });
});
