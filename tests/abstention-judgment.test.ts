import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Questions whose rows and measures link to the data but whose language asks for what no row records (issue 14): an
 * opinion ("Do you think …", "Is <X> a <adjective> <noun>?" where the adjective links to nothing), a table asked
 * about as a database object ("how many times … queried"), the doer of a deed done to a thing whose head links to
 * nothing ("Which city hosted the Winter Olympics?", "winter" only in a comment), money spent on a compound the
 * dictionary does not list ("snowmaking", not the snow a column measures), and a place no stored value or dictionary
 * word matches ("in Zermatt"), a doer no stored value names ("What does Alpenverein charge …"), a subject measured
 * against a standard ("too high", "worth entering"), and the best way to act. Each beside a look-alike that must stay answered. One made-up database, none of the
 * labelled sets', through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  ski_club: {
    schema: `CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR, tier VARCHAR, city VARCHAR);
CREATE TABLE outings (outing_id INTEGER PRIMARY KEY, title VARCHAR, host_city VARCHAR, held_on DATE, snow_cm INTEGER, ticket_price DOUBLE);
COMMENT ON TABLE outings IS 'Club outings of the 2025-26 winter';
CREATE TABLE costs (cost_id INTEGER PRIMARY KEY, outing_id INTEGER REFERENCES outings (outing_id), category VARCHAR, amount DOUBLE);`,
    data: {
      members: 'member_id,full_name,tier,city\n1,Ann Lee,premium,Leeds\n2,Bo Chen,basic,York\n3,Cy Ward,basic,Leeds\n',
      outings: 'outing_id,title,host_city,held_on,snow_cm,ticket_price\n1,Frost Cup,Leeds,2025-12-06,40,25\n2,Spring Slalom,York,2026-03-14,15,30\n3,Night Race,Leeds,2026-01-20,55,20\n',
      costs: 'cost_id,outing_id,category,amount\n1,1,catering,300\n2,2,security,120\n3,3,catering,250\n',
    },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'you think', namespace: 'ski_club', task: 'Do you think our ticket prices are too high?', declined: /"Do you think" asks for an opinion/ },
  { id: 'judged class', namespace: 'ski_club', task: 'Is Leeds a nice city to live in?', declined: /"nice city" asks for an opinion/ },
  { id: 'stored class', namespace: 'ski_club', task: 'Is Ann Lee a premium member?', declined: false },
  { id: 'there is', namespace: 'ski_club', task: 'Is there a catering cost for the Frost Cup?', declined: false },
  { id: 'table queried', namespace: 'ski_club', task: 'How many times has the members table been queried this month?', declined: /"the members table" is asked about as a table/ },
  { id: 'times of rows', namespace: 'ski_club', task: 'How many times has Leeds hosted an outing?', declined: false },
  { id: 'deed, open head', namespace: 'ski_club', task: 'Which city hosted the 2026 Winter Olympics?', declined: /Winter Olympics/ },
  { id: 'deed, stored thing', namespace: 'ski_club', task: 'Which city hosted the Frost Cup?', declined: false },
  { id: 'spent on a compound', namespace: 'ski_club', task: 'What did we spend on snowmaking in December 2025?', declined: /snowmaking/ },
  { id: 'spent on a value', namespace: 'ski_club', task: 'What did we spend on catering?', declined: false },
  { id: 'place elsewhere', namespace: 'ski_club', task: 'What does a ticket cost in Zermatt?', declined: /'Zermatt', the place/ },
  { id: 'place stored', namespace: 'ski_club', task: 'What does a ticket cost in Leeds?', declined: false },
  { id: 'the measured snow', namespace: 'ski_club', task: 'How much snow was there at the Night Race?', declined: false },
  { id: 'doer elsewhere', namespace: 'ski_club', task: 'What does Alpenverein charge for a ticket?', declined: /'Alpenverein', who the question says did it/ },
  { id: 'doer stored', namespace: 'ski_club', task: 'How many outings did Leeds host?', declined: false },
  { id: 'too high', namespace: 'ski_club', task: 'Is the Frost Cup ticket priced too high?', declined: /"too high" asks for an opinion/ },
  { id: 'worth entering', namespace: 'ski_club', task: 'Is the Night Race worth entering?', declined: /"worth entering" asks for an opinion/ },
  { id: 'best way to', namespace: 'ski_club', task: 'What is the best way to sell more tickets?', declined: /"best way to sell" asks for advice/ },
  { id: 'highest price', namespace: 'ski_club', task: 'Which outing had the highest ticket price?', declined: false },
];

describeDeclineTable('what no row records: opinions, tables as objects, deeds to unknown things, money on unknown compounds, places elsewhere', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: ['--current_date', '2026-11-25'],
  prefix: 'sluice-abstention-judgment-',
  declines: 'declines them before any SQL runs, naming what they ask',
  answers: 'answers a stored class, "is there", times of rows, a deed to a stored thing, money on a stored category, a stored place, a measured quantity, a stored doer and a ranking',
  query: 'none',
});
