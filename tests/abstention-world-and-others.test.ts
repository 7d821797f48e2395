import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Questions about the world, opinions and other organisations that earlier rules let run (found on abstention-dev-j,
 * -k, -n, -r, -s and -t; issue 14, helper abstain27), each beside an answerable look-alike worded the same way:
 * - a stored name's own "its" / "their" phrase whose head links to nothing ("did Kestrel Blue carry across its whole
 *   network", src/trust/possessed-elsewhere.ts); "across its flights" is the data's own rows;
 * - "What does ICES stand for?" where a comment only uses the abbreviation (src/trust/asks-for-expansion.ts); a comment
 *   that writes it out answers;
 * - "Is Sian Tudor our best pilot?": a noun after a determiner and "best" ranks by merit, though WordNet's tagged corpus
 *   mostly sees "pilot" as a verb (grounding-signals.ts ranksBy); "our highest-rated pilot" ranks by a rating column;
 * - "the most satisfying": a present participle that is only an adjective ranks by its quality; "most often" counts;
 * - "which depot is run the best": how well a deed was done, in the passive (asks-for-judgment.ts); "rated the best"
 *   where a rating column is, is answered;
 * - "In which year was the English Chess Federation founded?" where only a comment names the federation: a name only
 *   prose mentions is no row, though clubs.founded_year dates the clubs (asked-attributes.ts reads "In which year was"
 *   as "When was"); "In which year was Riverside Chess Club founded?", a stored club, is answered;
 * - "what monthly interest rate does Cash Converters charge" where only a payment method 'CASH' is stored: a doer held by
 *   a value only in part, beside a dictionary noun that links to nothing, is another party (doer-elsewhere.ts); "does
 *   Halden Loans charge", a stored lender, is answered;
 * - "how many players in the league are women" where nothing records sex: a kind of person the rows are said to be
 *   links to nothing (grounding-signals.ts personKindOpen); "are juniors" where a stored category holds 'Junior' runs, and so
 *   do rows that are no people ("How many pledges were no-shows?": a no-show is a person, but pledges are not).
 */
const DATE = ['--current_date', '2026-12-01'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  handling: {
    schema: `CREATE TABLE airlines(al_id INTEGER PRIMARY KEY, al_name VARCHAR NOT NULL);
CREATE TABLE flights(flight_id INTEGER PRIMARY KEY, al_id INTEGER NOT NULL REFERENCES airlines(al_id), flight_date DATE NOT NULL, passengers INTEGER NOT NULL);`,
    data: {
      airlines: 'al_id,al_name\n1,Kestrel Blue\n2,Northwind Air\n',
      flights: 'flight_id,al_id,flight_date,passengers\n1,1,2026-03-02,120\n2,1,2026-05-09,88\n3,2,2026-06-01,140\n',
    },
  },
  fleet: {
    schema: `CREATE TABLE trips(trip_id INTEGER PRIMARY KEY, sailed_on DATE NOT NULL, fishing_area VARCHAR NOT NULL);
COMMENT ON COLUMN trips.fishing_area IS 'ICES statistical rectangle fished most on the trip';`,
    data: { trips: 'trip_id,sailed_on,fishing_area\n1,2026-04-01,30E4\n2,2026-04-03,29E5\n' },
  },
  fleet2: {
    schema: `CREATE TABLE trips(trip_id INTEGER PRIMARY KEY, sailed_on DATE NOT NULL, fishing_area VARCHAR NOT NULL);
COMMENT ON COLUMN trips.fishing_area IS 'Statistical rectangle of the International Council for the Exploration of the Sea (ICES) fished most on the trip';`,
    data: { trips: 'trip_id,sailed_on,fishing_area\n1,2026-04-01,30E4\n2,2026-04-03,29E5\n' },
  },
  balloons: {
    schema: `CREATE TABLE pilots(pilot_id INTEGER PRIMARY KEY, pilot_name VARCHAR NOT NULL, customer_rating DECIMAL(3,1) NOT NULL);
CREATE TABLE flights(flight_id INTEGER PRIMARY KEY, pilot_id INTEGER NOT NULL REFERENCES pilots(pilot_id), flown_on DATE NOT NULL);`,
    data: {
      pilots: 'pilot_id,pilot_name,customer_rating\n1,Sian Tudor,4.6\n2,Owen Price,4.8\n',
      flights: 'flight_id,pilot_id,flown_on\n1,1,2026-05-01\n2,2,2026-05-02\n3,1,2026-06-11\n',
    },
  },
  leaks: {
    schema: `CREATE TABLE repairs(repair_id INTEGER PRIMARY KEY, repair_type VARCHAR NOT NULL, gang VARCHAR NOT NULL, repaired_on DATE NOT NULL);`,
    data: { repairs: 'repair_id,repair_type,gang,repaired_on\n1,joint,A,2026-03-01\n2,valve,B,2026-03-04\n3,joint,A,2026-03-09\n' },
  },
  oil: {
    schema: `CREATE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name VARCHAR NOT NULL, rating INTEGER NOT NULL);
CREATE TABLE deliveries(delivery_id INTEGER PRIMARY KEY, depot_id INTEGER NOT NULL REFERENCES depots(depot_id), litres INTEGER NOT NULL);`,
    data: {
      depots: 'depot_id,depot_name,rating\n1,Ashby,4\n2,Bourne,5\n',
      deliveries: 'delivery_id,depot_id,litres\n1,1,900\n2,2,1200\n3,2,500\n',
    },
  },
  pawn: {
    schema: `CREATE TABLE pledges(pledge_no INTEGER PRIMARY KEY, pledged_on DATE NOT NULL, monthly_interest_rate DECIMAL(4,2) NOT NULL, lender VARCHAR NOT NULL);
CREATE TABLE redemptions(redemption_id INTEGER PRIMARY KEY, pledge_no INTEGER NOT NULL REFERENCES pledges(pledge_no), pay_method VARCHAR NOT NULL);`,
    data: {
      pledges: 'pledge_no,pledged_on,monthly_interest_rate,lender\n1,2026-02-01,6.50,Halden Loans\n2,2026-03-01,7.00,Halden Loans\n',
      redemptions: 'redemption_id,pledge_no,pay_method\n1,1,CASH\n2,2,CARD\n',
    },
  },
  chess: {
    schema: `CREATE TABLE clubs(club_id INTEGER PRIMARY KEY, club_name VARCHAR NOT NULL, founded_year INTEGER NOT NULL);
CREATE TABLE players(player_id INTEGER PRIMARY KEY, player_name VARCHAR NOT NULL, club_id INTEGER NOT NULL REFERENCES clubs(club_id), category VARCHAR NOT NULL, ecf_rating INTEGER NOT NULL);
COMMENT ON TABLE players IS 'Players registered in the league';
COMMENT ON COLUMN players.ecf_rating IS 'English Chess Federation standard-play rating at the start of the season';`,
    data: {
      clubs: 'club_id,club_name,founded_year\n1,Riverside Chess Club,1952\n2,Castle Knights,1978\n',
      players: 'player_id,player_name,club_id,category,ecf_rating\n1,Ann Lee,1,Senior,1850\n2,Bob Ray,2,Junior,1420\n3,Cy Dunn,1,Junior,1510\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'network', namespace: 'handling', task: 'How many passengers did Kestrel Blue carry across its whole network this year?', declined: /its whole network' of Kestrel Blue/ },
  { id: 'ices', namespace: 'fleet', task: 'What does ICES stand for?', declined: /abbreviation/ },
  { id: 'best pilot', namespace: 'balloons', task: 'Is Sian Tudor our best pilot?', declined: /'pilot', which the question ranks by/ },
  { id: 'satisfying', namespace: 'leaks', task: 'Which repair type do the gangs find most satisfying?', declined: /satisfying/ },
  { id: 'run best', namespace: 'oil', task: 'which depot is run the best', declined: /is run the best/ },
  { id: 'federation', namespace: 'chess', task: 'In which year was the English Chess Federation founded?', declined: /English Chess Federation/ },
  { id: 'converters', namespace: 'pawn', task: 'what monthly interest rate does Cash Converters charge', declined: /Cash Converters/ },
  { id: 'women', namespace: 'chess', task: 'how many players in the league are women', declined: /women/ },
  // Twins worded alike that the data answers.
  { id: 'flights', namespace: 'handling', task: 'How many passengers did Kestrel Blue carry across its flights this year?', declined: false },
  { id: 'ices spelled', namespace: 'fleet2', task: 'What does ICES stand for?', declined: false },
  { id: 'rated pilot', namespace: 'balloons', task: 'Is Sian Tudor our highest-rated pilot?', declined: false },
  { id: 'most often', namespace: 'leaks', task: 'Which repair type do the gangs find most often?', declined: false },
  { id: 'rated best', namespace: 'oil', task: 'which depot is rated the best', declined: false },
  { id: 'club founded', namespace: 'chess', task: 'In which year was Riverside Chess Club founded?', declined: false },
  { id: 'halden', namespace: 'pawn', task: 'what monthly interest rate does Halden Loans charge', declined: false },
  { id: 'no-shows', namespace: 'pawn', task: 'How many pledges were no-shows?', declined: false },
  { id: 'juniors', namespace: 'chess', task: 'how many players in the league are juniors', declined: false },
];

describe('questions about the world, opinions and other organisations, and their answerable look-alikes', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-world-and-others-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task, naming its part', (q) => {
    expectDeclined(answers(), [q], 'none');
  });

  it.each(QUESTIONS.filter((q) => !q.declined && q.id !== 'ices spelled'))('answers $task', (q) => {
    expectAnswered(answers(), [q]);
  });

  // The offline model writes no SQL that answers what an abbreviation stands for, so the run may still end declined
  // after its query; the abbreviation rule itself must not decline it where a comment spells it out.
  it('leaves an abbreviation a comment spells out to the query', () => {
    expect(answers().get('ices spelled')!.sql).not.toBeNull();
    expect(answers().get('ices spelled')!.reason ?? '').not.toMatch(/abbreviation/);
  });
});
