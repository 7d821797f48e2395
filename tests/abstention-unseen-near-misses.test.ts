import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Answerable questions the grounding declined on databases nobody had studied (abstention-dev-q and plain-dev-m, issue
 * 14, helper nearmiss14), each beside a look-alike the data cannot answer, which must still be declined:
 * - a terse name read as its own comment spells it out: "pcn" as 'Penalty charge notice (parking ticket)', "bdg" as
 *   'Badge number' (src/catalog/comment-spelled-parts.ts), so "penalty charges", "tickets", "warden" and "badge number"
 *   name them; "helmet number" and "speeding fines" still name nothing;
 * - "Who has been on the team longest?" and "our longest-serving officer": how long a state has lasted, where a
 *   date begins it, also without "the" after a perfect and where a comment's "longer" links the word as text
 *   (asksHowLongSince in src/trust/grounding-signals.ts); a table with no date cannot say how long;
 * - "the dearest fabric": a WordNet synonym of the price ranking's adjectives ranks by price (src/lexicon/price-degree.ts);
 *   where nothing holds a price it still ranks by nothing;
 * - "How many training nights were held?": a period after a word naming a table whose rows are dated names those rows
 *   (occasionOf in src/trust/grounding-signals.ts); "rope nights" where ropes records no date names nothing;
 * - "on Christmas Eve 2025": a day the calendar names is a date, as a month is (src/dates/named-days.ts); "Christmas
 *   Island" is no day.
 */
const DATE = ['--current_date', '2026-12-01'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  parking: {
    schema: `CREATE TABLE ceo(ceo_no INTEGER PRIMARY KEY, ceo_nm VARCHAR NOT NULL, bdg VARCHAR(5) NOT NULL, strt_dt DATE NOT NULL, end_dt DATE);
COMMENT ON TABLE ceo IS 'Civil enforcement officer (traffic warden)';
COMMENT ON COLUMN ceo.bdg IS 'Badge number';
COMMENT ON COLUMN ceo.end_dt IS 'Leaving date; NULL while employed';
CREATE TABLE pcn(pcn_no VARCHAR(9) PRIMARY KEY, ceo_no INTEGER REFERENCES ceo(ceo_no), iss_dt DATE NOT NULL, cntr_cd VARCHAR(2) NOT NULL, amt DECIMAL(6,2) NOT NULL, pd_dt DATE, pd_amt DECIMAL(6,2));
COMMENT ON TABLE pcn IS 'Penalty charge notice (parking ticket)';
COMMENT ON COLUMN pcn.cntr_cd IS 'Contravention: 01 restricted street, 30 parked longer than permitted, 62 on the footway';
COMMENT ON COLUMN pcn.pd_amt IS 'Amount paid in GBP';`,
    data: {
      ceo: 'ceo_no,ceo_nm,bdg,strt_dt,end_dt\n1,Ann Lee,W101,2015-03-01,NULL\n2,Bob Ray,W102,2019-06-01,2024-02-01\n3,Cy Dunn,W103,2021-09-01,NULL\n',
      pcn: 'pcn_no,ceo_no,iss_dt,cntr_cd,amt,pd_dt,pd_amt\nHG0000001,1,2026-10-02,01,70.00,2026-10-10,35.00\nHG0000002,3,2026-11-04,30,50.00,2026-11-12,25.00\nHG0000003,1,2026-11-20,62,70.00,NULL,NULL\n',
    },
  },
  workshop: {
    schema: `CREATE TABLE fabrics(fabric_id INTEGER PRIMARY KEY, fabric_name VARCHAR NOT NULL, price_per_metre DECIMAL(6,2) NOT NULL);
CREATE TABLE jobs(job_id INTEGER PRIMARY KEY, fabric_id INTEGER REFERENCES fabrics(fabric_id), item VARCHAR NOT NULL, received_on DATE NOT NULL);
CREATE TABLE team_members(member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, joined_on DATE NOT NULL);
CREATE TABLE training_sessions(session_id INTEGER PRIMARY KEY, held_on DATE NOT NULL, topic VARCHAR NOT NULL);`,
    data: {
      fabrics: 'fabric_id,fabric_name,price_per_metre\n1,Linara Putty,52.00\n2,Mohair Claret,118.00\n3,Plain Calico,6.50\n',
      jobs: 'job_id,fabric_id,item,received_on\n1,1,sofa,2025-12-24\n2,2,armchair,2025-12-22\n3,3,footstool,2026-01-05\n',
      team_members: 'member_id,full_name,joined_on\n1,Ann Lee,2004-03-01\n2,Bob Ray,2012-09-03\n',
      training_sessions: 'session_id,held_on,topic\n1,2025-11-05,ropes\n2,2026-02-11,first aid\n',
    },
  },
  kit_store: {
    schema: `CREATE TABLE ropes(rope_id INTEGER PRIMARY KEY, rope_name VARCHAR NOT NULL, colour VARCHAR NOT NULL);`,
    data: { ropes: 'rope_id,rope_name,colour\n1,Blue Dyneema,blue\n2,Static 11mm,white\n' },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'helmet number', namespace: 'parking', task: 'What is the helmet number of each warden?', declined: /helmet/ },
  { id: 'speeding fines', namespace: 'parking', task: 'how much was paid on speeding fines last month', declined: /speeding/ },
  { id: 'tallest officer', namespace: 'parking', task: "who's our tallest enforcement officer?", declined: /tallest/ },
  { id: 'rope longest', namespace: 'kit_store', task: 'Which rope has been in the store longest?', declined: /longest/ },
  { id: 'dearest rope', namespace: 'kit_store', task: 'Which rope is the dearest?', declined: /dearest/ },
  { id: 'rope nights', namespace: 'kit_store', task: 'How many rope nights were held?', declined: /nights/ },
  { id: 'christmas island', namespace: 'workshop', task: 'Did we take in any jobs from Christmas Island?', declined: /Christmas Island/ },
  // Twins worded alike that the data answers.
  { id: 'badge number', namespace: 'parking', task: 'List the name and badge number of every warden still employed.', declined: false },
  { id: 'penalty charges', namespace: 'parking', task: 'how much was paid on penalty charges last month', declined: false },
  { id: 'tickets', namespace: 'parking', task: 'How many tickets has each warden written?', declined: false },
  { id: 'longest-serving', namespace: 'parking', task: "who's our longest-serving enforcement officer?", declined: false },
  { id: 'team longest', namespace: 'workshop', task: 'Who has been on the team longest?', declined: false },
  { id: 'dearest fabric', namespace: 'workshop', task: 'Which fabric is the dearest per metre?', declined: false },
  { id: 'training nights', namespace: 'workshop', task: 'How many training nights were held in 2025?', declined: false },
  { id: 'christmas eve', namespace: 'workshop', task: 'Did we take in any jobs on Christmas Eve 2025?', declined: false },
];

describe('near-misses found on unseen databases, and their unanswerable look-alikes', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-unseen-near-misses-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task, naming its part', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });

  it('reads the twins as asked: by price, by the date that began the state, on the named day', () => {
    expect(answers().get('dearest fabric')!.sql).toMatch(/ORDER BY price_per_metre DESC/);
    expect(answers().get('team longest')!.sql).toMatch(/ORDER BY joined_on ASC/);
    expect(answers().get('christmas eve')!.sql).toMatch(/2025-12-24/);
  });
});
