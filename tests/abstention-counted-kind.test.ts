import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "How many <things> …" answered by counting the rows of a table filtered to a value the question named falls back
 * when the things are not that table's rows (issue 14, src/trust/judge-fallback-answer.ts), unless the counted noun and
 * the table's rows are the same broad kind (people as people, acts as acts). The table is
 * read in its name's first sense: routes are ways, not routs (a rout is an event, as a stop is), so "How many stops are
 * there along the Crosstown?" over routes is declined after the query. "people" are the rows only of a table of people
 * (members), not of films. Made-up databases through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  buses: {
    schema: `CREATE TABLE routes (route_id INTEGER PRIMARY KEY, route_name VARCHAR, opened_on DATE);`,
    data: { routes: 'route_id,route_name,opened_on\n1,Crosstown,2019-04-01\n2,Harbour Line,2021-09-12\n' },
  },
  cinema: {
    schema: `CREATE TABLE films (film_id INTEGER PRIMARY KEY, title VARCHAR, released_on DATE);
CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR, home_town VARCHAR);`,
    data: {
      films: 'film_id,title,released_on\n1,Night Shift,2026-03-01\n2,Harbour Lights,2026-05-09\n',
      members: 'member_id,full_name,home_town\n1,Ann Lee,Plymouth\n2,Bo Chan,Exeter\n3,Cy Dean,Plymouth\n',
    },
  },
  donors: {
    schema: `CREATE TABLE deferrals (deferral_id INTEGER PRIMARY KEY, rsn_cd VARCHAR, until_dt DATE);
COMMENT ON TABLE deferrals IS 'A donor turned away at screening';
COMMENT ON COLUMN deferrals.rsn_cd IS 'TAT recent tattoo or piercing, TRV recent travel abroad, MED medication';`,
    data: { deferrals: 'deferral_id,rsn_cd,until_dt\n1,TAT,2026-05-01\n2,TRV,2026-06-01\n3,MED,2026-02-01\n4,TAT,2026-09-01\n' },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'stops along a route', namespace: 'buses', task: 'How many stops are there along the Crosstown?', declined: /how many stops/ },
  { id: 'stops a route has', namespace: 'buses', task: 'How many stops does the Crosstown have?', declined: /how many stops/ },
  // "people" are the rows only of a table of people: films are counted for nobody.
  { id: 'people walked out of a film', namespace: 'cinema', task: 'How many people walked out during Night Shift?', declined: /how many people/ },
  { id: 'members in a town', namespace: 'cinema', task: 'How many people live in Plymouth?', declined: false },
  // A code reached by one word of its gloss ('TAT' "recent tattoo or piercing") says which kind of rows, not a named thing.
  { id: 'people turned away for a kind of reason', namespace: 'donors', task: 'How many people were turned away because of a new tattoo or piercing?', declined: false },
  { id: 'routes counted', namespace: 'buses', task: 'How many routes are called Crosstown?', declined: false },
  { id: 'routes opened', namespace: 'buses', task: 'How many routes opened in 2019?', declined: false },
];

describeDeclineTable('a count that fell back to another table is read against the table name in its first sense', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-counted-kind-',
  declines: 'declines after the query a count of things a table of other rows was counted for',
  answers: 'answers a count of the table’s own rows, or of the same kind of thing under another name',
  query: 'ran',
});
