import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Questions about the world rather than the data, and judgments no row records: a count of everything of a kind in
 * the world, in the wild or in a country no stored value names ("How many sharks are there in the UK?"); a ranking by a
 * superlative adjective nothing stores ("the cutest", read as an adjective, not as "cut"), also after "most" and an
 * adverb ("the most genuinely charming"); who deserves something; and a doer after "the" that no stored value names
 * ("How many tanks does the London Aquarium have?"); a doer stored only as where a fish came from, asked for what no key
 * joins its table to ("How many visitors did Seaview Aquarium have?"); a name of dictionary words none of which links
 * ("a Silver Pearl aquarium ticket"). Each beside a look-alike that must stay answered: a stored place, a
 * stored measure to rank by, a stored bonus, a stored doer after "the", the fish that doer sent, a stored name of dictionary words, and a grade a comment glosses by its code ("head
 * aquarists" for HA), which is a filter, not a table asked about as a table. One made-up database, through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  aquarium: {
    schema: `CREATE TABLE tanks (tank_id INTEGER PRIMARY KEY, tank_name VARCHAR, litres INTEGER);
CREATE TABLE fish (fish_id INTEGER PRIMARY KEY, pet_name VARCHAR, species VARCHAR, tank_id INTEGER REFERENCES tanks (tank_id), weight_kg DOUBLE, came_from VARCHAR);
CREATE TABLE admissions (visit_day DATE PRIMARY KEY, visitors INTEGER);
CREATE TABLE staff (staff_id INTEGER PRIMARY KEY, staff_name VARCHAR, grade VARCHAR, bonus_gbp DOUBLE);
COMMENT ON COLUMN staff.grade IS 'HA head aquarist, AQ aquarist, VOL volunteer';
CREATE TABLE keepers (keeper_id INTEGER PRIMARY KEY, keeper_name VARCHAR, grade VARCHAR);
COMMENT ON COLUMN keepers.grade IS 'HK head keeper, SK senior keeper, K keeper';`,
    data: {
      tanks: 'tank_id,tank_name,litres\n1,Reef Tank,40000\n2,Shark Lagoon,250000\n',
      fish: 'fish_id,pet_name,species,tank_id,weight_kg,came_from\n1,Bubbles,shark,2,61.5,Seaview Aquarium\n2,Finn,clownfish,1,0.2,Bred here\n3,Nemo,clownfish,1,0.25,Bred here\n4,Razor,shark,2,48,Seaview Aquarium\n',
      admissions: 'visit_day,visitors\n2026-11-01,420\n2026-11-02,515\n',
      staff: 'staff_id,staff_name,grade,bonus_gbp\n1,Ann Lee,HA,900\n2,Bo Chen,AQ,400\n3,Cy Ward,VOL,0\n',
      keepers: 'keeper_id,keeper_name,grade\n1,Di Moss,HK\n2,Ed Hale,SK\n3,Flo Reid,K\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'in the world', namespace: 'aquarium', task: 'How many sharks are there in the world?', declined: /'in the world' asks about everything of its kind/ },
  { id: 'in the wild', namespace: 'aquarium', task: 'How many clownfish are left in the wild?', declined: /'in the wild' asks about everything of its kind/ },
  { id: 'in a country', namespace: 'aquarium', task: 'How many sharks are there in the UK?', declined: /'UK' asks about everything of its kind/ },
  { id: 'in a stored tank', namespace: 'aquarium', task: 'How many sharks are there in the Shark Lagoon?', declined: false },
  { id: 'cutest', namespace: 'aquarium', task: 'Which is the cutest fish?', declined: /cutest/ },
  { id: 'most genuinely charming', namespace: 'aquarium', task: 'Which of our fish is the most genuinely charming?', declined: /charming/ },
  { id: 'heaviest by weight', namespace: 'aquarium', task: 'Which fish has the highest weight?', declined: false },
  { id: 'deserves', namespace: 'aquarium', task: 'Which aquarist deserves a pay rise?', declined: /"deserves" asks for an opinion/ },
  { id: 'stored bonus', namespace: 'aquarium', task: 'Which aquarist got the biggest bonus?', declined: false },
  { id: 'doer after the', namespace: 'aquarium', task: 'How many tanks does the London Aquarium have?', declined: /'London Aquarium', who the question says did it/ },
  { id: 'stored doer after the', namespace: 'aquarium', task: 'How many fish does the Reef Tank have?', declined: false },
  { id: 'unknown name of words', namespace: 'aquarium', task: 'What is the average price of a Silver Pearl aquarium ticket?', declined: /'Silver Pearl', a name/ },
  { id: 'stored name of words', namespace: 'aquarium', task: 'What is the weight of the sharks in the Shark Lagoon?', declined: false },
  { id: 'stored doer, unjoined ask', namespace: 'aquarium', task: 'How many visitors did Seaview Aquarium have in November 2026?', declined: /'Seaview Aquarium', who the question says did it, is stored only beside rows no key joins/ },
  { id: 'stored doer, its own rows', namespace: 'aquarium', task: 'What weight of fish did Seaview Aquarium send us?', declined: false },
];

/** Asked after the others: a grade a comment glosses by its code, which the query may list rows for, not a table as an object. */
const GLOSSED: { id: string; namespace: string; task: string; declined: false }[] = [
  { id: 'glossed code', namespace: 'aquarium', task: 'List the head aquarists', declined: false },
  { id: 'glossed codes of a table', namespace: 'aquarium', task: 'List the head keeper and the senior keepers', declined: false },
];

describe('the world, merit and doers after "the": what no row records', () => {
  const answers = askBeforeAll(SCHEMAS, [...QUESTIONS, ...GLOSSED], { args: ['--current_date', '2026-11-25'], prefix: 'sluice-abstention-world-' });

  it('declines them before any SQL runs, naming what they ask', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined), 'none');
  });

  it('answers a stored place, a stored measure, a stored bonus, a stored doer after "the" and a code a comment glosses', () => {
    expectAnswered(answers(), [...QUESTIONS.filter((q) => !q.declined), ...GLOSSED]);
  });
});
