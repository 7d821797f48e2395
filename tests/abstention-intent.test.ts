import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Abstention by what the question's language asks for rather than by its words (issue 14): the future (a verb in the
 * future tense, "next <time period>", a period after the current date; spoken of in the past tense, only once its
 * query finds nothing then), advice, and "why" where nothing records a reason; and an adjective answered through its opposite's column, and a word no
 * dictionary knows (an abbreviation, a misspelling) taken as too weak a sign to decline on. Two made-up
 * databases, none of the labelled set's, through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  surgery: {
    schema: `CREATE TABLE patients (patient_id INTEGER PRIMARY KEY, full_name VARCHAR, is_male BOOLEAN, birth_year INTEGER, city VARCHAR);
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients (patient_id), visit_date DATE, reason VARCHAR, fee DOUBLE);`,
    data: {
      patients: 'patient_id,full_name,is_male,birth_year,city\n1,Ann Lee,false,1980,Leeds\n2,Bo Chen,true,1975,York\n3,Cy Ward,true,1990,Leeds\n',
      visits: 'visit_id,patient_id,visit_date,reason,fee\n1,1,2026-03-02,check-up,40\n2,2,2026-05-11,flu,55\n3,1,2026-09-20,flu,55\n4,3,2027-01-12,check-up,40\n',
    },
  },
  harbour: {
    schema: `CREATE TABLE boats (boat_id INTEGER PRIMARY KEY, name VARCHAR, tonnage INTEGER, home_port VARCHAR);
CREATE TABLE voyages (voyage_id INTEGER PRIMARY KEY, boat_id INTEGER REFERENCES boats (boat_id), departed DATE, arrival_port VARCHAR, outcome VARCHAR);`,
    data: {
      boats: 'boat_id,name,tonnage,home_port\n1,Gull,120,Hull\n2,Tern,300,Whitby\n',
      voyages: 'voyage_id,boat_id,departed,arrival_port,outcome\n1,1,2026-02-01,Bergen,profit\n2,2,2026-06-15,Oslo,loss\n3,1,2026-10-03,Bergen,loss\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false; afterQuery?: true }[] = [
  { id: 'will', namespace: 'surgery', task: 'How many patients will visit the surgery in the spring?', declined: /'will visit'|"will visit"/ },
  { id: 'next term', namespace: 'harbour', task: 'Which boats sail to Bergen next season?', declined: /next season/ },
  { id: 'forecast', namespace: 'surgery', task: 'Forecast the fees for the coming year.', declined: /Forecast/ },
  // The present tense of a timetable: rows may hold plans, so the query decides, and finds nothing then.
  { id: 'later year', namespace: 'harbour', task: 'How many voyages leave in 2031?', declined: /2031.*is after 2026-11-25/, afterQuery: true },
  { id: 'past tense, data there', namespace: 'surgery', task: 'How many visits were booked for 2027?', declined: false },
  { id: 'past tense, nothing then', namespace: 'harbour', task: 'How many voyages departed in 2027?', declined: /2027.*is after 2026-11-25/, afterQuery: true },
  { id: 'past tense, zero sum', namespace: 'surgery', task: 'What were the total fees charged in 2028?', declined: /2028.*is after 2026-11-25/, afterQuery: true },
  { id: 'will you', namespace: 'harbour', task: 'Will you list the boats by tonnage?', declined: false },
  { id: 'next as a kind', namespace: 'harbour', task: 'How many voyages had next day arrival?', declined: false },
  { id: 'should', namespace: 'harbour', task: 'Should we sell the oldest boat?', declined: /advice/ },
  { id: 'worth', namespace: 'surgery', task: 'Is it worth raising the fee for a check-up?', declined: /advice/ },
  { id: 'why, no reason stored', namespace: 'harbour', task: 'Why did the voyages to Oslo end in a loss?', declined: /"why" asks for a reason/ },
  { id: 'why, reason stored', namespace: 'surgery', task: 'Why do patients visit most often?', declined: false },
  { id: 'opposite', namespace: 'surgery', task: 'How many female patients are there?', declined: false },
  { id: 'unknown word', namespace: 'harbour', task: 'How many vsls are there?', declined: false },
];

describe('what the question asks for: the future, advice, reasons', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-intent-' });

  it('declines the future, advice and an unrecorded why before any SQL runs, naming what it asks', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined && !q.afterQuery), 'none');
  });

  it('declines a later period spoken of in the past tense, or in the present of a timetable, once its query finds nothing then, naming the period', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.afterQuery), 'ran');
  });

  it('answers a later period spoken of in the past tense, a request with "will you", "next day" as a kind, a recorded reason, an adjective stored as its opposite and a word no dictionary knows', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
