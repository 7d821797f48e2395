import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * What role a word plays decides whether an unlinked word may decline a question (issue 14), and a word's role is read
 * from English, not from a list of words:
 * - "to" before a word English has no verb for is a preposition ("allergic to penicillin"), so the noun after it names
 *   something the data would have to hold; before a verb ("need to travel") it marks an infinitive;
 * - the last word of a do-question is its verb ("does the department offer?"), unless a preposition comes before it
 *   ("How does triage work in medicine?");
 * - a word that links to a table only as a WordNet relative of its name ("stock" and products) qualifies the rows when
 *   another word names that table itself ("Which products are out of stock?"); alone, it names the table ("Which
 *   merchandise sold best?").
 * - no sentence opens with a verb's -s form, so a fragment's first word in -s that is also a noun's plural names
 *   something ("diagnoses recorded for …"); after a subject the same word is a verb ("Which patient visits …");
 * - a noun and a simple past after what is asked for ("the complaints patients gave") are a relative clause without its
 *   pronoun, which says whose: what is asked for ends before it.
 * Made-up databases, none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  surgery: {
    schema: `CREATE TABLE patients (patient_id INTEGER PRIMARY KEY, full_name VARCHAR, born_on DATE, city VARCHAR);
CREATE TABLE referrals (referral_id INTEGER PRIMARY KEY, patient_id INTEGER REFERENCES patients (patient_id), department VARCHAR, referred_on DATE);`,
    data: {
      patients: 'patient_id,full_name,born_on,city\n1,Mia Rossi,1980-02-03,Leeds\n2,Tom Okafor,1975-07-19,York\n3,Ada Byrne,1992-11-30,Leeds\n',
      referrals: 'referral_id,patient_id,department,referred_on\n1,1,Cardiology,2026-10-02\n2,2,Dermatology,2026-10-05\n3,1,Cardiology,2026-11-01\n',
    },
  },
  store: {
    schema: `CREATE TABLE products (product_id INTEGER PRIMARY KEY, product_name VARCHAR, price DOUBLE);
CREATE TABLE sales (sale_id INTEGER PRIMARY KEY, product_id INTEGER REFERENCES products (product_id), sold_on DATE, quantity INTEGER);`,
    data: {
      products: 'product_id,product_name,price\n1,Desk Lamp,24.5\n2,Office Chair,129\n3,Notebook,3.2\n',
      sales: 'sale_id,product_id,sold_on,quantity\n1,1,2026-10-02,2\n2,2,2026-10-05,1\n3,3,2026-11-01,10\n',
    },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'to before a noun', namespace: 'surgery', task: 'Which patients are allergic to penicillin?', declined: /'penicillin'/ },
  { id: 'to before a noun, immune', namespace: 'surgery', task: 'Which patients are immune to measles?', declined: /'measles'/ },
  { id: 'to before a noun, count', namespace: 'surgery', task: 'How many patients are allergic to peanuts?', declined: /'peanuts'/ },
  { id: 'to before a stored value', namespace: 'surgery', task: 'Which patients were referred to cardiology?', declined: false },
  { id: 'to before a verb', namespace: 'surgery', task: 'How many patients were referred to Dermatology in October 2026?', declined: false },
  { id: 'do-question ending after a preposition', namespace: 'surgery', task: 'How does triage work in medicine?', declined: /'medicine'/ },
  { id: 'do-question ending after a preposition, store', namespace: 'store', task: 'How does scoring work in badminton?', declined: /'badminton'/ },
  { id: 'do-question ending in a stored value', namespace: 'surgery', task: 'How many patients do we have in Leeds?', declined: false },
  { id: 'do-question ending in its verb', namespace: 'store', task: 'Which products did we sell?', declined: false },
  { id: 'relative of a named table', namespace: 'store', task: 'Which products are out of stock right now?', declined: /'stock'/ },
  { id: 'relative of a named table, count', namespace: 'store', task: 'How many products are currently out of stock?', declined: /'stock'/ },
  { id: 'relative alone names the table', namespace: 'store', task: 'Which merchandise costs more than 20?', declined: false },
  { id: 'a fragment opens with a plural noun', namespace: 'surgery', task: 'diagnoses recorded for patients in Leeds', declined: /'diagnoses'/ },
  { id: 'the same -s word after its subject is a verb', namespace: 'surgery', task: 'Which patient visits Cardiology most often?', declined: false },
  { id: 'a relative clause without its pronoun', namespace: 'surgery', task: 'What were the most common complaints patients gave about their department?', declined: /'complaints'/ },
  { id: 'a relative clause without its pronoun, stored', namespace: 'surgery', task: 'What were the most common departments patients got referred to?', declined: false },
];

describeDeclineTable('the role of an unlinked word: preposition or infinitive, verb or noun, the table or a kind of its rows', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-word-roles-',
  declines: 'declines before any SQL, naming the word nothing holds',
  answers: 'answers the look-alikes whose word is a stored value, a verb or the table itself',
  query: 'none',
});
