import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * The asked thing must link to something that can answer it (issue 14, helper abstain21, from the misses of
 * abstention-dev-n and -o): each unanswerable shape beside a twin worded alike that the data answers, through the real
 * CLI on a made-up database.
 * - "What colour is Rex's coat?": the noun between "what" and its auxiliary is what is asked, a noun there whatever
 *   English mostly uses the word as (openingNoun in src/trust/ungrounded-focus.ts);
 * - "the roof pitch" where only roof_type is, "the fishing quotas" where only started_fishing (a date) is: a column word
 *   right before an open head grounds it only when its column can hold another thing, not when it sorts rows into
 *   kinds, says when or says whether (partnerColumnsHold in src/trust/column-partner-grounds.ts);
 * - "the fishing quotas we hold": a subject pronoun ends the item asked for (src/trust/requested-items.ts), and "how
 *   much of each" asks for nothing new (src/trust/asked-words.ts);
 * - "our grant funders": a noun English makes of a known verb by -er is a dictionary word, not a short column name
 *   (src/trust/is-unknown-word.ts);
 * - "How many litres of shampoo …": a unit counts how much of the thing after "of", which is what is asked; "What did
 *   the scaffolding cost us?" asks a cost (src/trust/asked-words.ts);
 * - "customer complaints" is no 'CMP' a comment glosses "completed": a glossed code shortens only a word of its gloss
 *   (glossAllows in src/catalog/match-values.ts);
 * - "List the properties with their roof area" where conservation_area is a yes/no flag: what listed things are shown
 *   with is asked (alongsideOpen in src/trust/grounding-signals.ts), and a flag holds no compound its own name does not
 *   spell (src/trust/ungrounded-compounds.ts);
 * - "Do you need planning permission to …?": what anyone needs is a rule, not a row (src/trust/asked-of-anyone.ts).
 */
const DATE = ['--current_date', '2026-12-01'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  kennels: {
    schema: `CREATE TABLE dogs (dog_id INTEGER PRIMARY KEY, dog_nm VARCHAR NOT NULL, breed VARCHAR NOT NULL, coat_type VARCHAR NOT NULL, wt_kg DECIMAL(5,1) NOT NULL);
CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, dog_id INTEGER NOT NULL, visit_dt DATE NOT NULL, price DECIMAL(6,2) NOT NULL, water_ml INTEGER NOT NULL, FOREIGN KEY (dog_id) REFERENCES dogs(dog_id));`,
    data: {
      dogs: 'dog_id,dog_nm,breed,coat_type,wt_kg\n1,Rex,Beagle,SMOOTH,11.5\n2,Nell,Collie,DOUBLE,19.0\n3,Pip,Poodle,CURLY,6.2\n',
      visits: 'visit_id,dog_id,visit_dt,price,water_ml\n1,1,2026-10-02,35.00,1500\n2,2,2026-10-09,48.00,2000\n3,3,2026-11-12,30.00,500\n',
    },
  },
  grooming: {
    schema: `CREATE TABLE salons (salon_id INTEGER PRIMARY KEY, salon_nm VARCHAR NOT NULL, town VARCHAR NOT NULL);
CREATE TABLE appts (apt_id INTEGER PRIMARY KEY, salon_id INTEGER NOT NULL, apt_dt DATE NOT NULL, sts_cd VARCHAR NOT NULL, amt_gbp DECIMAL(6,2) NOT NULL, FOREIGN KEY (salon_id) REFERENCES salons(salon_id));
COMMENT ON COLUMN appts.sts_cd IS 'CMP completed, CXL cancelled in advance, DNA did not attend';`,
    data: {
      salons: 'salon_id,salon_nm,town\n1,Kirkgate,Leeds\n2,Fellside,Kendal\n',
      appts: 'apt_id,salon_id,apt_dt,sts_cd,amt_gbp\n1,1,2026-09-03,CMP,40.00\n2,1,2026-09-10,CXL,0.00\n3,2,2026-09-12,CMP,35.00\n4,1,2026-09-20,DNA,10.00\n',
    },
  },
  surveys: {
    schema: `CREATE TABLE properties (property_id INTEGER PRIMARY KEY, street VARCHAR NOT NULL, roof_type VARCHAR NOT NULL, storeys INTEGER NOT NULL, conservation_area BOOLEAN NOT NULL);
COMMENT ON COLUMN properties.roof_type IS 'SLATE natural slate, TILE concrete tiles, FELT flat roof in bitumen felt';
CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL, scaffolding_needed BOOLEAN NOT NULL, FOREIGN KEY (property_id) REFERENCES properties(property_id));
CREATE TABLE materials_used (job_id INTEGER NOT NULL, material VARCHAR NOT NULL, quantity INTEGER NOT NULL, unit_cost DECIMAL(7,2) NOT NULL, FOREIGN KEY (job_id) REFERENCES jobs(job_id));`,
    data: {
      properties: 'property_id,street,roof_type,storeys,conservation_area\n301,Mill Lane,SLATE,2,false\n302,High Street,TILE,3,true\n',
      jobs: 'job_id,property_id,scaffolding_needed\n1,301,true\n2,302,false\n',
      materials_used: 'job_id,material,quantity,unit_cost\n1,slate,400,1.20\n1,batten,60,0.80\n2,tile,300,0.90\n',
    },
  },
  roofing: {
    schema: `CREATE TABLE properties (property_id INTEGER PRIMARY KEY, street VARCHAR NOT NULL, roof_type VARCHAR NOT NULL, area_m2 DECIMAL(6,1) NOT NULL, listed BOOLEAN NOT NULL);
CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL, started_on DATE NOT NULL, quote_gbp DECIMAL(8,2) NOT NULL, FOREIGN KEY (property_id) REFERENCES properties(property_id));`,
    data: {
      properties: 'property_id,street,roof_type,area_m2,listed\n301,Mill Lane,SLATE,82.5,false\n302,High Street,TILE,64.0,true\n303,Church Row,FLAT,40.0,false\n',
      jobs: 'job_id,property_id,started_on,quote_gbp\n1,301,2026-03-02,4200.00\n2,302,2026-05-11,6100.00\n3,303,2026-08-20,2800.00\n',
    },
  },
  fleet: {
    schema: `CREATE TABLE skippers (skipper_id INTEGER PRIMARY KEY, skipper_name VARCHAR NOT NULL, started_fishing DATE NOT NULL);
CREATE TABLE vessels (vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR NOT NULL, skipper_id INTEGER NOT NULL, length_m DECIMAL(5,1) NOT NULL, FOREIGN KEY (skipper_id) REFERENCES skippers(skipper_id));
CREATE TABLE landings (landing_id INTEGER PRIMARY KEY, vessel_id INTEGER NOT NULL, landed_on DATE NOT NULL, weight_kg DECIMAL(7,1) NOT NULL, FOREIGN KEY (vessel_id) REFERENCES vessels(vessel_id));`,
    data: {
      skippers: 'skipper_id,skipper_name,started_fishing\n1,Jory Penhale,1998-04-01\n2,Tamsin Rowe,2010-06-15\n',
      vessels: 'vessel_id,vessel_name,skipper_id,length_m\n1,Girl Tegen,1,9.8\n2,Morwenna Jane,2,11.2\n',
      landings: 'landing_id,vessel_id,landed_on,weight_kg\n1,1,2026-06-03,420.0\n2,2,2026-06-04,310.5\n3,1,2026-07-01,280.0\n',
    },
  },
  station: {
    schema: `CREATE TABLE sponsors (sponsor_id INTEGER PRIMARY KEY, sponsor_name VARCHAR NOT NULL);
CREATE TABLE sponsor_spots (spot_id INTEGER PRIMARY KEY, sponsor_id INTEGER NOT NULL, aired_on DATE NOT NULL, fee_gbp DECIMAL(7,2) NOT NULL, FOREIGN KEY (sponsor_id) REFERENCES sponsors(sponsor_id));`,
    data: {
      sponsors: 'sponsor_id,sponsor_name\n1,Calder Motors\n2,Hebden Bakery\n',
      sponsor_spots: 'spot_id,sponsor_id,aired_on,fee_gbp\n1,1,2026-02-01,120.00\n2,1,2026-03-01,120.00\n3,2,2026-04-01,80.00\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'colour', namespace: 'kennels', task: "What colour is Rex's coat?", declined: /colour/ },
  { id: 'roof pitch', namespace: 'roofing', task: 'What is the roof pitch on property 302?', declined: /pitch/ },
  { id: 'fishing quotas', namespace: 'fleet', task: 'List the fishing quotas we hold and how much of each is left.', declined: /quotas/ },
  { id: 'grant funders', namespace: 'station', task: 'List our grant funders and how much each gave us this year.', declined: /funders/ },
  { id: 'litres of shampoo', namespace: 'kennels', task: 'How many litres of shampoo did we use in October?', declined: /shampoo/ },
  { id: 'complaints', namespace: 'grooming', task: 'How many customer complaints did Kirkgate receive in September?', declined: /complaints/ },
  { id: 'roof area', namespace: 'surveys', task: 'List the properties with their roof area.', declined: /roof area/ },
  { id: 'scaffolding cost', namespace: 'surveys', task: 'What did the scaffolding cost us on job 1?', declined: /scaffolding cost/ },
  { id: 'you need', namespace: 'surveys', task: 'Do you need planning permission to re-roof a house in a conservation area?', declined: /you need/ },
  // Twins worded alike that the data answers.
  { id: 'litres of water', namespace: 'kennels', task: 'How many litres of water did the dogs get through in October?', declined: false },
  { id: 'completed', namespace: 'grooming', task: 'How many completed appointments did Kirkgate have in September?', declined: false },
  { id: 'roof type listed', namespace: 'surveys', task: 'List the properties with their roof type.', declined: false },
  { id: 'conservation area', namespace: 'surveys', task: 'List the properties in a conservation area.', declined: false },
  { id: 'jobs need', namespace: 'surveys', task: 'Do any jobs need scaffolding?', declined: false },
  { id: 'slate cost', namespace: 'surveys', task: 'What did the slate cost us on job 1?', declined: false },
  { id: 'breed', namespace: 'kennels', task: 'What breed is Rex?', declined: false },
  { id: 'roof type', namespace: 'roofing', task: 'What is the roof type on property 302?', declined: false },
  { id: 'vessels we run', namespace: 'fleet', task: 'List the vessels we run and how much each landed.', declined: false },
  { id: 'sponsors', namespace: 'station', task: 'List our sponsors and how much each paid us this year.', declined: false },
];

describe('the asked thing links to nothing that can answer it, and its answerable twins', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-asked-thing-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task before any SQL, naming its part', (q) => {
    expectDeclined(answers(), [q], 'none');
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
