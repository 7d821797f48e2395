import { describe, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * How the fallback judge (src/trust/judge-fallback-answer.ts) reads what a "how many / how much" question asks for,
 * and how grounding reads an adjective after a degree word (src/trust/ground-question.ts), on made-up databases through
 * the real CLI (issue 14):
 * - a hyphened modifier belongs to the noun phrase: "anti-snap cylinders" counts cylinders, not "anti";
 * - a terse table name's plural short form is read as its word (custs → customer), so "clients" counted over it are
 *   people counted as people; keys counted over it are not;
 * - "how much more … than …" asks for a difference, no attribute named "more";
 * - "the most powerful engine" where engine_kw is, "How heavy …" where wt_kg is: the measure the adjective gives a
 *   value of, held in a column's units; "the most reliable engine" has no column and is still declined.
 * Each answered question has a declined look-alike beside it.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  locks: {
    schema: `CREATE TABLE custs (cust_id INTEGER PRIMARY KEY, cust_nm VARCHAR NOT NULL, cust_typ VARCHAR NOT NULL, twn VARCHAR NOT NULL);
COMMENT ON COLUMN custs.cust_typ IS 'RES householder, LL private landlord, AGT letting agent';
CREATE TABLE parts (part_cd VARCHAR PRIMARY KEY, part_desc VARCHAR NOT NULL, cat_cd VARCHAR NOT NULL, cost_gbp DECIMAL(8,2) NOT NULL, sell_gbp DECIMAL(8,2) NOT NULL);
COMMENT ON COLUMN parts.cat_cd IS 'CYL cylinder, MORT mortice lock, PAD padlock';
CREATE TABLE jobs (job_id INTEGER PRIMARY KEY, cust_id INTEGER NOT NULL, done_at TIMESTAMP NOT NULL, FOREIGN KEY (cust_id) REFERENCES custs(cust_id));
COMMENT ON COLUMN jobs.done_at IS 'When the work at the customer''s address was finished';
CREATE TABLE job_parts (job_id INTEGER NOT NULL, part_cd VARCHAR NOT NULL, qty INTEGER NOT NULL, FOREIGN KEY (job_id) REFERENCES jobs(job_id), FOREIGN KEY (part_cd) REFERENCES parts(part_cd));`,
    data: {
      custs: 'cust_id,cust_nm,cust_typ,twn\n1,Ann Lee,RES,Leeds\n2,Bo Chan,LL,York\n3,Cy Dean,AGT,Leeds\n4,Di Moss,LL,Leeds\n',
      parts: 'part_cd,part_desc,cat_cd,cost_gbp,sell_gbp\nC1,Anti-snap euro cylinder 35/35,CYL,18.50,45.00\nC2,Standard euro cylinder 35/35,CYL,6.20,22.00\nM1,5-lever mortice deadlock,MORT,21.00,55.00\n',
      jobs: 'job_id,cust_id,done_at\n1,1,2026-03-02 10:00:00\n2,2,2026-04-11 14:30:00\n3,4,2026-06-20 09:15:00\n',
      job_parts: 'job_id,part_cd,qty\n1,C1,1\n2,C2,2\n3,M1,1\n',
    },
  },
  fleet: {
    schema: `CREATE TABLE vessels (vessel_id INTEGER PRIMARY KEY, vessel_name VARCHAR NOT NULL, home_port VARCHAR NOT NULL, engine_kw INTEGER NOT NULL, length_m DECIMAL(5,2) NOT NULL);
CREATE TABLE checks (check_id INTEGER PRIMARY KEY, vessel_id INTEGER NOT NULL, checked_on DATE NOT NULL, hull_wt_kg INTEGER NOT NULL, FOREIGN KEY (vessel_id) REFERENCES vessels(vessel_id));`,
    data: {
      vessels: 'vessel_id,vessel_name,home_port,engine_kw,length_m\n1,Kittiwake,Whitby,120,9.8\n2,Guillemot,Scarborough,210,11.2\n3,Fulmar,Whitby,95,8.1\n',
      checks: 'check_id,vessel_id,checked_on,hull_wt_kg\n1,1,2026-02-01,5400\n2,2,2026-03-15,7100\n3,1,2026-09-01,5450\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'clients counted over custs', namespace: 'locks', task: 'How many clients are private landlords?', declined: false },
  { id: 'keys counted over custs', namespace: 'locks', task: 'How many keys do private landlords hold?', declined: /keys/ },
  { id: 'anti-snap cylinders', namespace: 'locks', task: 'How many anti-snap cylinders have we fitted?', declined: false },
  { id: 'anti-theft alarms', namespace: 'locks', task: 'How many anti-theft alarms have we fitted?', declined: /alarms/ },
  { id: 'how much more', namespace: 'locks', task: 'How much more do we sell each cylinder for than we pay for it?', declined: false },
  { id: 'how much more do rivals charge', namespace: 'locks', task: 'How much more do our competitors charge for each cylinder?', declined: /competitors/ },
  { id: 'most powerful engine', namespace: 'fleet', task: 'Which boat has the most powerful engine?', declined: false },
  { id: 'most reliable engine', namespace: 'fleet', task: 'Which boat has the most reliable engine?', declined: /reliable/ },
  { id: 'how heavy', namespace: 'fleet', task: 'How heavy was the Kittiwake at its last check?', declined: false },
  { id: 'how noisy', namespace: 'fleet', task: 'How noisy was the Kittiwake at its last check?', declined: /noisy/ },
];

describe('what a fallback count or amount asks for, and an adjective after a degree word', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-fallback-phrases-' });

  it('declines the look-alikes', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined));
  });

  for (const question of QUESTIONS.filter((q) => !q.declined)) {
    it(`answers: ${question.task}`, () => {
      expectAnswered(answers(), [question]);
    });
  }
});
