import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Answerable questions declined on abstention-dev-t and plain-dev-p (read from 2026-12-07 07:31, studied by nobody
 * before; issue 14, helper nearmiss17), each beside a look-alike the data cannot answer, which must still be declined.
 * The schemas are made up here in other words than the sets', so a rule cannot pass on their vocabulary:
 * - "against" is a preposition grounding skips (question-vocabulary.ts); "no warranty claim against them" still names
 *   a claim nothing stores;
 * - "the furthest …" measures distance, far's WordNet attribute, held by a number column commented 'distance'
 *   (measured-attributes.ts, degreeInUnits in ground-question.ts); a schema that keeps no distance still declines it;
 * - "average age of riders" where riders keep a birth year (src/trust/age-from-birth.ts); coaches keep none, and "the
 *   legal age for riding" owns no rows;
 * - "miniatures (decisive games of 25 moves or fewer)": the question's bracketed definition (defined-in-parentheses.ts);
 *   "(by grandmasters)" defines nothing;
 * - "Which depots have a vault?" over has_strong_room: a vault is a strongroom (flag-names-held.ts); a safe is not;
 * - "the basket capacity" over pax_max 'Most passengers the basket …' (maximum-measure.ts); "fuel capacity" is not said;
 * - "ticket LN40002" where loans.loan_no stores codes of that shape (code-kind-noun.ts); "ticket XZ-99" has none;
 * - "flying hours" where a comment says 'hours flown' (doing-commented.ts); "teaching hours" is said nowhere;
 * - "What kind of identification …" over id_doc_type (kind-column.ts); no kind column starts "insurance";
 * - "their league tier" where division is 'League division …' (namesNamedCommentPhrase in comment-heads.ts); "their
 *   league sponsor" is far from division.
 */
const DATE = ['--current_date', '2026-12-01'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  gliding: {
    schema: `CREATE TABLE pilots(pilot_id INTEGER PRIMARY KEY, pilot_nm VARCHAR NOT NULL, hrs_tot INTEGER NOT NULL);
COMMENT ON COLUMN pilots.hrs_tot IS 'Total hours flown as pilot in command';
CREATE TABLE gliders(reg VARCHAR PRIMARY KEY, model VARCHAR NOT NULL, pax_max INTEGER NOT NULL);
COMMENT ON COLUMN gliders.pax_max IS 'Most passengers the basket is certified for';
CREATE TABLE sorties(sortie_id INTEGER PRIMARY KEY, reg VARCHAR NOT NULL REFERENCES gliders(reg), pilot_id INTEGER NOT NULL REFERENCES pilots(pilot_id), land_km DECIMAL(4,1));
COMMENT ON COLUMN sorties.land_km IS 'Straight-line distance from launch to landing, km';`,
    data: {
      pilots: 'pilot_id,pilot_nm,hrs_tot\n1,Ann Lee,410\n2,Bob Ray,95\n',
      gliders: 'reg,model,pax_max\nG-ABCD,K21,2\nG-EFGH,Junior,1\n',
      sorties: 'sortie_id,reg,pilot_id,land_km\n1,G-ABCD,1,12.5\n2,G-EFGH,2,40.0\n3,G-ABCD,2,3.0\n',
    },
  },
  walks: {
    schema: `CREATE TABLE routes(route_id INTEGER PRIMARY KEY, route_nm VARCHAR NOT NULL, dur_min INTEGER NOT NULL);`,
    data: { routes: 'route_id,route_nm,dur_min\n1,Ridge,95\n2,Valley,40\n' },
  },
  riding: {
    schema: `CREATE TABLE stables(stable_id INTEGER PRIMARY KEY, stable_name VARCHAR NOT NULL);
CREATE TABLE riders(rider_id INTEGER PRIMARY KEY, stable_id INTEGER NOT NULL REFERENCES stables(stable_id), full_name VARCHAR NOT NULL, birth_year INTEGER NOT NULL);
CREATE TABLE coaches(coach_id INTEGER PRIMARY KEY, stable_id INTEGER NOT NULL REFERENCES stables(stable_id), full_name VARCHAR NOT NULL);
CREATE TABLE squads(squad_id INTEGER PRIMARY KEY, stable_id INTEGER NOT NULL REFERENCES stables(stable_id), squad_name VARCHAR NOT NULL, division INTEGER NOT NULL);
COMMENT ON COLUMN squads.division IS 'League division: 1 is the top, 3 the lowest';`,
    data: {
      stables: 'stable_id,stable_name\n1,Hill Farm\n2,Brook Yard\n',
      riders: 'rider_id,stable_id,full_name,birth_year\n1,1,Ann Lee,1990\n2,1,Bob Ray,2001\n3,2,Cy Dunn,1985\n',
      coaches: 'coach_id,stable_id,full_name\n1,1,Di Fox\n2,2,Ed Gray\n',
      squads: 'squad_id,stable_id,squad_name,division\n1,1,Hill A,1\n2,2,Brook A,2\n',
    },
  },
  draughts: {
    schema: `CREATE TABLE games(game_id INTEGER PRIMARY KEY, result VARCHAR NOT NULL, moves INTEGER NOT NULL);
COMMENT ON COLUMN games.result IS '1-0 first player won, 0-1 second player won, D draw';
COMMENT ON COLUMN games.moves IS 'Number of moves played before the result';`,
    data: { games: 'game_id,result,moves\n1,1-0,22\n2,D,40\n3,0-1,18\n' },
  },
  lending: {
    schema: `CREATE TABLE depots(depot_id INTEGER PRIMARY KEY, depot_name VARCHAR NOT NULL, has_strong_room BOOLEAN NOT NULL);
CREATE TABLE customers(cust_id INTEGER PRIMARY KEY, cust_name VARCHAR NOT NULL, id_doc_type VARCHAR NOT NULL);
COMMENT ON COLUMN customers.id_doc_type IS 'Photo ID seen at the first loan: PASSPORT, DRIVING_LIC, ID_CARD';
CREATE TABLE loans(loan_no VARCHAR PRIMARY KEY, cust_id INTEGER NOT NULL REFERENCES customers(cust_id), depot_id INTEGER NOT NULL REFERENCES depots(depot_id), item_desc VARCHAR NOT NULL);
CREATE TABLE faults(fault_id INTEGER PRIMARY KEY, depot_id INTEGER NOT NULL REFERENCES depots(depot_id), mechanic_id INTEGER);
COMMENT ON COLUMN faults.mechanic_id IS 'Mechanic who took the job; NULL while unassigned';`,
    data: {
      depots: 'depot_id,depot_name,has_strong_room\n1,Kings Road,true\n2,Mill Lane,false\n',
      customers: 'cust_id,cust_name,id_doc_type\n40001,Ann Lee,PASSPORT\n40002,Bob Ray,ID_CARD\n',
      loans: 'loan_no,cust_id,depot_id,item_desc\nLN40001,40001,1,Gold chain\nLN40002,40002,2,Silver watch\nLN40003,40001,1,Drill\n',
      faults: 'fault_id,depot_id,mechanic_id\n1,1,7\n2,2,NULL\n3,1,7\n4,2,NULL\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'warranty claim', namespace: 'lending', task: 'What share of faults have no warranty claim against them?', declined: /warranty/ },
  { id: 'furthest, no distance', namespace: 'walks', task: "What's the furthest any route has gone from where it started?", declined: /furthest/ },
  { id: 'coach age', namespace: 'riding', task: 'average age of coaches per stable', declined: /age/ },
  { id: 'legal age', namespace: 'riding', task: 'What is the legal age for riding a horse on a public road in the UK?', declined: /age|UK/ },
  { id: 'by grandmasters', namespace: 'draughts', task: 'How many miniatures were played (by grandmasters)?', declined: /miniatures/ },
  { id: 'safe', namespace: 'lending', task: 'Which depots have a safe?', declined: /safe/ },
  { id: 'fuel capacity', namespace: 'gliding', task: "What is G-ABCD's fuel capacity?", declined: /fuel/ },
  { id: 'ticket XZ', namespace: 'lending', task: 'What was borrowed under ticket XZ-99?', declined: /ticket/ },
  { id: 'teaching hours', namespace: 'gliding', task: 'Which pilot has logged the most teaching hours?', declined: /teaching/ },
  { id: 'insurance', namespace: 'lending', task: 'What kind of insurance did customer 40001 show?', declined: /insurance/ },
  { id: 'league sponsor', namespace: 'riding', task: 'List the squads with their league sponsor.', declined: /sponsor/ },
  // Twins worded alike that the data answers.
  { id: 'against', namespace: 'lending', task: 'What share of faults have no mechanic against them?', declined: false },
  { id: 'furthest', namespace: 'gliding', task: "What's the furthest any sortie has landed from where it took off?", declined: false },
  { id: 'rider age', namespace: 'riding', task: 'average age of riders per stable', declined: false },
  { id: 'miniatures', namespace: 'draughts', task: 'How many miniatures were played (decisive games of 25 moves or fewer)?', declined: false },
  { id: 'vault', namespace: 'lending', task: 'Which depots have a vault?', declined: false },
  { id: 'basket capacity', namespace: 'gliding', task: "What is G-ABCD's basket capacity?", declined: false },
  { id: 'ticket', namespace: 'lending', task: 'What was borrowed under ticket LN40002?', declined: false },
  { id: 'flying hours', namespace: 'gliding', task: 'Which pilot has logged the most flying hours?', declined: false },
  { id: 'identification', namespace: 'lending', task: 'What kind of identification did customer 40001 show?', declined: false },
  { id: 'league tier', namespace: 'riding', task: 'List the squads with their league tier.', declined: false },
];

describe('near-misses found on unseen databases (fourth round), and their unanswerable look-alikes', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-unseen-near-misses-4-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task, naming its part', (q) => {
    expectDeclined(answers(), [q]);
  });

  it.each(QUESTIONS.filter((q) => !q.declined))('answers $task', (q) => {
    expectAnswered(answers(), [q]);
  });
});
