import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "Which vans had a roof rack?" asks one of something the vans had as an attribute of vans (issue 14): where neither
 * the vans' table nor a table its keys join holds it, the question is declined naming it; a column that holds it
 * ("tow_bar"), a joined table of it ("Which drivers have a van?") or a stored value the SQL filters on ("Which owners
 * have a dog?", a pet type) lets it run. Made-up databases, none of the labelled sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  fleet: {
    schema: `CREATE TABLE drivers (driver_id INTEGER PRIMARY KEY, driver_name VARCHAR);
CREATE TABLE vans (van_id INTEGER PRIMARY KEY, reg VARCHAR, make VARCHAR, mileage INTEGER, tow_bar BOOLEAN, driver_id INTEGER REFERENCES drivers (driver_id));`,
    data: {
      drivers: 'driver_id,driver_name\n1,Ana Ruiz\n2,Tom Hale\n',
      vans: 'van_id,reg,make,mileage,tow_bar,driver_id\n1,AB12 CDE,Ford,42000,true,1\n2,FG34 HIJ,Vauxhall,18000,false,2\n',
    },
  },
  pets: {
    schema: `CREATE TABLE owners (owner_id INTEGER PRIMARY KEY, owner_name VARCHAR);
CREATE TABLE pets (pet_id INTEGER PRIMARY KEY, owner_id INTEGER REFERENCES owners (owner_id), pet_type VARCHAR);`,
    data: { owners: 'owner_id,owner_name\n1,Lea Moss\n2,Ben Ojo\n', pets: 'pet_id,owner_id,pet_type\n1,1,dog\n2,2,cat\n' },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'nothing holds it', namespace: 'fleet', task: 'Which vans had a roof rack?', declined: /nothing in 'vans' or the tables it links to matches 'roof rack'/ },
  { id: 'a column holds it', namespace: 'fleet', task: 'Which vans have a tow bar?', declined: false },
  { id: 'a joined table holds it', namespace: 'fleet', task: 'Which drivers have a van?', declined: false },
  { id: 'a stored value', namespace: 'pets', task: 'Which owners have a dog?', declined: false },
];

describeDeclineTable('one of something a thing had, asked of it', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-had-attribute-',
  declines: 'declines before any SQL when no table of the thing holds it, naming it',
  answers: 'runs when a column, a joined table or a stored value holds it',
  query: 'none',
});
