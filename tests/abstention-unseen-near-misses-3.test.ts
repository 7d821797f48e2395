import { describe, expect, it } from 'vitest';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * Answerable questions declined on abstention-dev-s and plain-dev-o (read from 2026-12-07 04:19, studied by nobody
 * before; issue 14, helper nearmiss16), each beside a look-alike the data cannot answer, which must still be declined:
 * - "how many hours did the gangs spend on site" where lab_hrs is 'Labour hours on site': a comment that says the
 *   spending's closing phrase as the question does records what was spent there (src/trust/ungrounded-focus.ts);
 *   "spend on paperwork" is said nowhere;
 * - "their daily pay" where staff.dayRate is: a period adjective, a number column named for that period and another
 *   word, and WordNet listing the question's noun with that word as one noun ("pay rate") (periodCompound in
 *   src/trust/compound-measure.ts); "daily expenses" makes no such noun with "rate";
 * - "the combined weight of all the bone": a total (src/models/offline/read-aggregate.ts); "the combined height" is
 *   stored nowhere;
 * - "a bigger site area than the average project" answered by `area_ha > (SELECT AVG(area_ha) …)` on a terse schema:
 *   a comparative before "than" is what the comparison carries (src/trust/judge-terse-listing.ts); "a bigger carbon
 *   footprint" is not stored;
 * - "Who led the proposals?" where pi_id is 'the observer who leads the proposal': a comment says the verb in another
 *   inflection after "who" (doerDescribed in src/trust/ground-attributes.ts); nothing funds a proposal, and a status
 *   'withdrawn' says it happened, not who did it;
 * - "the total trench area" where trenches keep a length and a width: an area is their product (src/trust/spanned-area.ts);
 *   sites keep no sides.
 */
const DATE = ['--current_date', '2026-12-01'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  leaks: {
    schema: `CREATE TABLE dim_tech(tech_id VARCHAR PRIMARY KEY, tech_nm VARCHAR NOT NULL, team_cd VARCHAR NOT NULL);
COMMENT ON COLUMN dim_tech.team_cd IS 'ALD active leak detection, RPR repair gang';
CREATE TABLE fct_rpr(rpr_id INTEGER PRIMARY KEY, rpr_dt DATE NOT NULL, lab_hrs DECIMAL(4,1) NOT NULL, gang_lead VARCHAR NOT NULL REFERENCES dim_tech(tech_id));
COMMENT ON COLUMN fct_rpr.lab_hrs IS 'Labour hours on site';`,
    data: {
      dim_tech: 'tech_id,tech_nm,team_cd\nT1,Ann Lee,RPR\nT2,Bob Ray,ALD\n',
      fct_rpr: 'rpr_id,rpr_dt,lab_hrs,gang_lead\n1,2026-10-02,3.5,T1\n2,2026-10-09,6.0,T1\n3,2026-11-04,2.0,T1\n',
    },
  },
  dig: {
    schema: `CREATE TABLE sites(siteCode VARCHAR PRIMARY KEY, siteName VARCHAR NOT NULL, parish VARCHAR NOT NULL);
CREATE TABLE staff(staffId INTEGER PRIMARY KEY, fullName VARCHAR NOT NULL, role VARCHAR NOT NULL, dayRate DECIMAL(6,2) NOT NULL);
COMMENT ON COLUMN staff.role IS 'PM project manager, SUP site supervisor, ARCH site archaeologist';
CREATE TABLE trenches(trenchId INTEGER PRIMARY KEY, siteCode VARCHAR NOT NULL REFERENCES sites(siteCode), trenchNo INTEGER NOT NULL, lengthM DECIMAL(4,1) NOT NULL, widthM DECIMAL(3,1) NOT NULL);
CREATE TABLE finds(findId INTEGER PRIMARY KEY, trenchId INTEGER NOT NULL REFERENCES trenches(trenchId), material VARCHAR NOT NULL, weightG INTEGER NOT NULL);
COMMENT ON COLUMN finds.material IS 'POT pottery, BONE animal bone, FLINT worked flint';`,
    data: {
      sites: 'siteCode,siteName,parish\nILC26,Ilchester Road,Ilchester\nCRR25,Chard Road Reservoir,Chard\n',
      staff: 'staffId,fullName,role,dayRate\n1,Ann Lee,ARCH,185.00\n2,Bob Ray,SUP,230.00\n3,Cy Dunn,ARCH,175.00\n',
      trenches: 'trenchId,siteCode,trenchNo,lengthM,widthM\n1,ILC26,1,10.0,2.0\n2,ILC26,2,5.0,1.5\n3,CRR25,1,20.0,2.0\n',
      finds: 'findId,trenchId,material,weightG\n1,3,BONE,120\n2,3,BONE,80\n3,3,POT,40\n4,1,BONE,15\n',
    },
  },
  bats: {
    schema: `CREATE TABLE prj(prj_id INTEGER PRIMARY KEY, prj_ref VARCHAR(8) NOT NULL, site_nm VARCHAR NOT NULL, area_ha DECIMAL(5,2) NOT NULL);
COMMENT ON TABLE prj IS 'Project (one site, one client)';
COMMENT ON COLUMN prj.area_ha IS 'Site area in hectares';`,
    data: { prj: 'prj_id,prj_ref,site_nm,area_ha\n1,P-001,Upper Barn,0.40\n2,P-002,Mill Lane,3.20\n3,P-003,Old Quarry,1.10\n' },
  },
  telescopes: {
    schema: `CREATE TABLE observers(observer_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL);
CREATE TABLE proposals(proposal_id INTEGER PRIMARY KEY, title VARCHAR NOT NULL, pi_observer_id INTEGER NOT NULL REFERENCES observers(observer_id), status VARCHAR NOT NULL);
COMMENT ON COLUMN proposals.pi_observer_id IS 'Principal investigator (the observer who leads the proposal)';`,
    data: {
      observers: 'observer_id,full_name\n1,Ann Lee\n2,Bob Ray\n',
      proposals: 'proposal_id,title,pi_observer_id,status\n1,Dust in M31,1,accepted\n2,Cold cores,2,withdrawn\n3,Hot cores,1,accepted\n',
    },
  },
};

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'paperwork', namespace: 'leaks', task: 'how many hours did the repair gangs spend on paperwork altogether in october 2026', declined: /paperwork/ },
  { id: 'daily expenses', namespace: 'dig', task: 'List the site archaeologists with their daily expenses.', declined: /expenses/ },
  { id: 'combined height', namespace: 'dig', task: "what's the combined height of all the animal bone from Chard Road Reservoir", declined: /height/ },
  { id: 'carbon footprint', namespace: 'bats', task: 'Which projects have a bigger carbon footprint than the average project?', declined: /footprint/ },
  { id: 'funded', namespace: 'telescopes', task: 'Who funded the accepted proposals?', declined: /funded/ },
  { id: 'withdrew', namespace: 'telescopes', task: 'Who withdrew the proposals?', declined: /withdrew/ },
  { id: 'site area', namespace: 'dig', task: 'What is the area of each site?', declined: /area/ },
  // Twins worded alike that the data answers.
  { id: 'on site', namespace: 'leaks', task: 'how many hours did the repair gangs spend on site altogether in october 2026', declined: false },
  { id: 'daily pay', namespace: 'dig', task: 'List the site archaeologists with their daily pay.', declined: false },
  { id: 'combined weight', namespace: 'dig', task: "what's the combined weight of all the animal bone from Chard Road Reservoir in grams", declined: false },
  { id: 'bigger area', namespace: 'bats', task: 'Which projects have a bigger site area than the average project?', declined: false },
  { id: 'led', namespace: 'telescopes', task: 'Who led the accepted proposals?', declined: false },
  { id: 'trench area', namespace: 'dig', task: 'tot trench area m2 at ILC26', declined: false },
];

describe('near-misses found on unseen databases (third round), and their unanswerable look-alikes', () => {
  const answers = askBeforeAll(SCHEMAS, QUESTIONS, { args: DATE, prefix: 'sluice-abstention-unseen-near-misses-3-' });

  it.each(QUESTIONS.filter((q) => q.declined))('declines $task, naming its part', (q) => {
    expectDeclined(answers(), [q]);
  });

  it('answers the twins the data holds', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
  });

  it('reads the twins as asked: the combined weight as a total, the bigger area against the average', () => {
    expect(answers().get('combined weight')!.sql).toMatch(/SUM\(.*weightG/i);
    expect(answers().get('bigger area')!.sql).toMatch(/area_ha\s*>\s*\(\s*SELECT AVG\(area_ha\)/i);
    expect(answers().get('on site')!.sql).toMatch(/SUM\(.*lab_hrs/i);
  });
});
