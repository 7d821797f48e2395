import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined, type DeclineCase } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * What is asked against what the schema's structure can hold (issue 14, helper abstain23, from the misses of
 * abstention-dev-q, the first time anyone read it): each decline beside a twin worded alike, or the same question on a
 * schema that holds the thing, through the real CLI on made-up databases.
 * - "before 9am" asks a time of day, and a yes-or-no column holds none, whatever its name: `on_time` is a BOOLEAN, so
 *   deliveries, dated by a DATE, record no time of day (columnKinds in src/trust/column-kind.ts). Where a TIMESTAMP
 *   is kept, the same shape runs;
 * - "How high is Scafell Pike?": "how" and an adjective before "be" ask a measure (WordNet's attribute: height, level)
 *   of a stored thing; no column of the linked tables measures it (src/trust/unmeasured-degree.ts). Where a fell's
 *   height_m is stored, the same question runs;
 * - "the names of the team's search dogs" where team_members.dog_handler is a BOOLEAN: the asked head is only the
 *   first word of a flag's name, which records a handler, not a dog (src/trust/flag-modifier-only.ts). "Which members
 *   handle search dogs?" and "the names of the dog handlers" ask for members;
 * - "Which washing machine …": the phrase after an opening "which" is what is asked (askedItems in
 *   src/trust/asked-words.ts), and a dictionary compound ("washing machine") is a thing of its own, which a column
 *   named for its first word (wash_life) does not hold (partnerCompoundNamed in src/trust/column-partner-grounds.ts).
 *   Where a washing_machine column is, the same question runs;
 * - "Who is the oldest member of the team?" where members keep only the date they joined: a superlative of age that
 *   ranks people asks their age (expectedAnswerKind in src/trust/expected-answer-kind.ts), which a join date does not
 *   give (the reading taken: "oldest" of a person is age; seniority is asked as "longest-serving"). Where members keep
 *   a birth date, the same question runs; "the oldest incident" ranks things by their date and runs.
 */
const DATE = ['--current_date', '2026-12-01'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  laundry: {
    schema: `CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, trading_name VARCHAR NOT NULL, town VARCHAR NOT NULL);
CREATE TABLE linen_items (item_code VARCHAR PRIMARY KEY, description VARCHAR NOT NULL, wash_life INTEGER NOT NULL);
COMMENT ON COLUMN linen_items.wash_life IS 'Expected number of washes before the item is retired';
CREATE TABLE deliveries (delivery_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, delivered_on DATE NOT NULL, bags_out INTEGER NOT NULL, on_time BOOLEAN NOT NULL, FOREIGN KEY (customer_id) REFERENCES customers(customer_id));
COMMENT ON COLUMN deliveries.on_time IS 'Arrived inside the agreed delivery window';`,
    data: {
      customers: 'customer_id,trading_name,town\n1,The Copper Pot,Harrogate\n2,Meadowbank Care Home,Ripon\n',
      linen_items: 'item_code,description,wash_life\nNAP,Napkin,150\nTCL,Tablecloth,120\nTWL,Bath towel,200\n',
      deliveries: 'delivery_id,customer_id,delivered_on,bags_out,on_time\n1,1,2026-11-02,4,true\n2,2,2026-11-03,6,false\n3,1,2026-11-09,5,true\n',
    },
  },
  laundromat: {
    schema: `CREATE TABLE loads (load_id INTEGER PRIMARY KEY, washing_machine VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL, kg INTEGER NOT NULL);`,
    data: {
      loads: 'load_id,washing_machine,started_at,kg\n1,W1,2026-11-02 07:40:00,8\n2,W2,2026-11-02 10:15:00,9\n3,W1,2026-11-03 08:20:00,7\n',
    },
  },
  rescue: {
    schema: `CREATE TABLE team_members (member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, joined_on DATE NOT NULL, dog_handler BOOLEAN NOT NULL);
COMMENT ON COLUMN team_members.dog_handler IS 'Handles a qualified search dog';
CREATE TABLE incidents (incident_id INTEGER PRIMARY KEY, reported_at TIMESTAMP NOT NULL, location_name VARCHAR NOT NULL, hours_taken DECIMAL(4,1) NOT NULL);`,
    data: {
      team_members: 'member_id,full_name,joined_on,dog_handler\n1,Ann Birkett,2011-03-01,true\n2,Tom Nicholson,2015-06-12,false\n3,Jo Tyson,2019-09-30,false\n',
      incidents: 'incident_id,reported_at,location_name,hours_taken\n2650,2026-07-04 14:10:00,Scafell Pike,5.5\n2651,2026-07-11 21:40:00,Sharp Edge,3.0\n2652,2026-08-02 08:05:00,Great Gable,4.0\n',
    },
  },
  fells: {
    schema: `CREATE TABLE fells (fell_id INTEGER PRIMARY KEY, fell_name VARCHAR NOT NULL, height_m INTEGER NOT NULL);`,
    data: { fells: 'fell_id,fell_name,height_m\n1,Scafell Pike,978\n2,Great Gable,899\n3,Helvellyn,950\n' },
  },
  mart: {
    schema: `CREATE TABLE dim_vndr (vndr_id INTEGER PRIMARY KEY, vndr_nm VARCHAR NOT NULL, farm_nm VARCHAR NOT NULL, cnty_cd VARCHAR NOT NULL, org_flg BOOLEAN NOT NULL, reg_dt DATE NOT NULL);
COMMENT ON TABLE dim_vndr IS 'Vendors: farm businesses selling through the mart';
COMMENT ON COLUMN dim_vndr.org_flg IS 'Certified organic holding';`,
    data: { dim_vndr: 'vndr_id,vndr_nm,farm_nm,cnty_cd,org_flg,reg_dt\n1,Ann Wilson,Low Fold,CMB,true,2019-04-01\n2,Ed Hall,Hill Top,DUR,false,2020-05-02\n3,Sue Reay,Beck Side,CMB,true,2021-06-03\n' },
  },
  club: {
    schema: `CREATE TABLE team_members (member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, joined_on DATE NOT NULL, born_on DATE NOT NULL);`,
    data: { team_members: 'member_id,full_name,joined_on,born_on\n1,Ann Birkett,2011-03-01,1961-05-02\n2,Tom Nicholson,2015-06-12,1958-11-20\n3,Jo Tyson,2019-09-30,1990-01-14\n' },
  },
};

const QUESTIONS: (DeclineCase & { namespace: string })[] = [
  { id: 'before 9am', namespace: 'laundry', task: 'How many deliveries arrived before 9am?', declined: /time of day/, query: 'ran' },
  { id: 'how high', namespace: 'rescue', task: 'How high is Scafell Pike?', declined: /how high/i, query: 'none' },
  { id: 'search dogs', namespace: 'rescue', task: "What are the names of the team's search dogs?", declined: /'dogs'.*dog_handler/, query: 'none' },
  { id: 'washing machine', namespace: 'laundry', task: 'Which washing machine processed the most loads last month?', declined: /machine/, query: 'none' },
  { id: 'oldest member', namespace: 'rescue', task: 'Who is the oldest member of the team?', declined: /age or a date of birth/, query: 'ran' },
  // Twins the data answers: the same shape where the schema holds the thing, or worded alike.
  { id: 'before 9am stamped', namespace: 'laundromat', task: 'How many loads started before 9am?', declined: false },
  { id: 'late deliveries', namespace: 'laundry', task: 'How many deliveries arrived late in November?', declined: false },
  { id: 'after 9pm incidents', namespace: 'rescue', task: 'How many incidents were reported after 9pm?', declined: false },
  { id: 'how high stored', namespace: 'fells', task: 'How high is Scafell Pike?', declined: false },
  { id: 'handle dogs', namespace: 'rescue', task: 'Which members handle search dogs?', declined: false },
  { id: 'dog handlers', namespace: 'rescue', task: 'List the names of the dog handlers.', declined: false },
  { id: 'washing machine stored', namespace: 'laundromat', task: 'Which washing machine processed the most loads last month?', declined: false },
  { id: 'oldest member born', namespace: 'club', task: 'Who is the oldest member of the team?', declined: false },
  { id: 'oldest incident', namespace: 'rescue', task: 'Which incident is the oldest?', declined: false },
  // A flag's first word completing a be-form says what the rows are, which the flag answers (abstention-dev-q's twin).
  { id: 'are certified organic', namespace: 'mart', task: 'How many sellers are certified organic?', declined: false },
];

describe('what is asked against what the schema can hold, and the twins it answers', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-asked-structure-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task, naming its part', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });
});
