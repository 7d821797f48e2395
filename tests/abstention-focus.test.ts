import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Abstention by what the question asks for, its focus, when other words of it link (issue 14): an attribute named by
 * a noun before a word of form ("insurance number") that nothing records, a head a column holds narrowed by a noun no
 * name holds ("harbour fee"), what money was spent or paid on, who did something
 * to a thing the data does not hold, a table asked about as a database object, and "will" in a wh-question whatever its
 * verb. Answered: a form word whose noun an abbreviated column holds (Fname), a period after "on", "right now",
 * capitals in the plural ("RIBs"); a place no column holds is declined even where a column of places is. Made-up
 * marina and regatta databases, none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  marina: {
    schema: `CREATE TABLE owners (owner_id INTEGER PRIMARY KEY, fname VARCHAR, lname VARCHAR, city VARCHAR);
CREATE TABLE boats (boat_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners (owner_id), name VARCHAR, length_m DOUBLE);
CREATE TABLE berths (berth_id INTEGER PRIMARY KEY, boat_id INTEGER REFERENCES boats (boat_id), pier VARCHAR, monthly_fee DOUBLE);
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, boat_id INTEGER REFERENCES boats (boat_id), arrived_on DATE, departed_on DATE);`,
    data: {
      owners: 'owner_id,fname,lname,city\n1,Ann,Lee,Hull\n2,Bo,Chen,Whitby\n',
      boats: 'boat_id,owner_id,name,length_m\n1,1,Puffin,9.5\n2,2,Gannet,12\n3,1,Skua,7\n',
      berths: 'berth_id,boat_id,pier,monthly_fee\n1,1,North,120\n2,2,South,180\n',
      visits: 'visit_id,boat_id,arrived_on,departed_on\n1,1,2026-06-06,2026-06-08\n2,2,2026-07-11,2026-07-12\n3,3,2026-08-15,2026-08-19\n',
    },
  },
  regatta: {
    schema: `CREATE TABLE races (race_id INTEGER PRIMARY KEY, sailed_on DATE, winner VARCHAR, entrants INTEGER);`,
    data: { races: 'race_id,sailed_on,winner,entrants\n1,2026-05-02,Puffin,8\n2,2026-06-13,Skua,11\n' },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'form word', namespace: 'marina', task: 'What is the insurance number of each boat?', declined: /'insurance number'/ },
  { id: 'form word opening', namespace: 'marina', task: 'What radio code does the Gannet use?', declined: /'radio code'/ },
  { id: 'spent on', namespace: 'marina', task: 'How much did owners spend on fuel last summer?', declined: /'fuel'/ },
  { id: 'unknown topic', namespace: 'marina', task: 'Who painted the Mona Lisa?', declined: /'Mona Lisa'/ },
  { id: 'table object, verb', namespace: 'marina', task: 'Who deleted rows from the berths table?', declined: /the berths table/ },
  { id: 'table object, dated rows', namespace: 'marina', task: 'When was the visits table last vacuumed?', declined: /the visits table/ },
  { id: 'will, noun-like verb', namespace: 'marina', task: 'When will the Puffin dock?', declined: /will the Puffin dock/ },
  { id: 'narrowed head', namespace: 'marina', task: 'What is the harbour fee of each berth?', declined: /'harbour fee'/ },
  { id: 'paid in', namespace: 'marina', task: 'How much do owners pay in taxes?', declined: /'taxes'/ },
  { id: 'named head', namespace: 'marina', task: 'What is the monthly fee of each berth?', declined: false },
  { id: 'paid in a column', namespace: 'marina', task: 'How much do owners pay in fees each month?', declined: false },
  { id: 'table object, how often', namespace: 'marina', task: 'How often is the owners table refreshed?', declined: /the owners table/ },
  { id: "what's, form word", namespace: 'marina', task: "What's the radio code of the Skua?", declined: /'radio code'/ },
  { id: 'possessive ends the question', namespace: 'marina', task: "When is Ann Lee's birthday?", declined: /'birthday'/ },
  { id: 'how much does it cost', namespace: 'marina', task: 'How much does a visit cost?', declined: /'cost'/ },
  { id: 'what does it cost', namespace: 'marina', task: 'What does a visit cost?', declined: /'cost'/ },
  { id: 'what time', namespace: 'marina', task: 'What time does the Puffin get refuelled?', declined: /'refuelled'/ },
  { id: 'what day, a date of its events', namespace: 'marina', task: 'What day did the Skua depart?', declined: false },
  { id: 'which X verbs the Y', namespace: 'marina', task: 'Which insurer covers the Gannet?', declined: /'insurer'/ },
  { id: 'which X verbs the Y, held', namespace: 'marina', task: 'Which owner sails the Gannet?', declined: false },
  { id: 'possessive ends the question, held', namespace: 'marina', task: "What is the Puffin's length?", declined: false },
  { id: 'place no column holds, a city column', namespace: 'marina', task: 'How many owners live in Ireland?', declined: /'Ireland'/ },
  { id: 'place, no place column', namespace: 'regatta', task: 'How many races were there in Ireland?', declined: /'Ireland'/ },
  { id: 'plural capitals', namespace: 'marina', task: 'How many RIBs are there?', declined: false },
  { id: 'abbreviated column', namespace: 'marina', task: 'What is the first name of each owner?', declined: false },
  { id: 'abbreviated column, plural', namespace: 'marina', task: 'List the last names of owners from Hull.', declined: false },
  { id: 'spent on a table', namespace: 'marina', task: 'How much did owners spend on berths?', declined: false },
  { id: 'on a weekday', namespace: 'marina', task: 'How many boats arrived on Saturdays?', declined: false },
  { id: 'right now', namespace: 'marina', task: 'How many boats have a berth right now?', declined: false },
];

describeDeclineTable('what the question asks for, when other words of it link', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-focus-',
  declines: 'declines a focus nothing records, before any SQL runs, naming it',
  answers: 'answers a focus an abbreviated column, a table or a date holds',
  query: 'none',
});
