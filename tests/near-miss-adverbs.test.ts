import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A word English uses mostly as an adverb ("altogether", "aside") says how, not what (issue 14): it names nothing the
 * data would have to hold, so linking to nothing does not decline the question. Its twin, the same question about a
 * noun nothing names ("salaries"), is still declined. Made-up database through the real CLI.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  appeal: {
    schema: [
      'CREATE TABLE campaigns (campaign_id INTEGER PRIMARY KEY, "name" VARCHAR NOT NULL, start_dt DATE NOT NULL, target_amt DECIMAL(10,2) NOT NULL);',
      "COMMENT ON TABLE campaigns IS 'Fundraising appeals';",
      'CREATE TABLE donors (donor_id INTEGER PRIMARY KEY, first_name VARCHAR NOT NULL, last_name VARCHAR NOT NULL, donor_type VARCHAR NOT NULL, country VARCHAR NOT NULL);',
      "COMMENT ON COLUMN donors.donor_type IS 'individual or organisation';",
      'CREATE TABLE donations (gift_id INTEGER PRIMARY KEY, donor_id INTEGER NOT NULL REFERENCES donors(donor_id), campaign_id INTEGER NOT NULL REFERENCES campaigns(campaign_id), dt DATE NOT NULL, amt DECIMAL(10,2) NOT NULL);',
      "COMMENT ON COLUMN donations.amt IS 'GBP';",
    ].join('\n'),
    data: {
      campaigns: 'campaign_id,name,start_dt,target_amt\n1,Roof Repair,2026-01-01,5000\n2,Food Bank,2026-02-01,2000\n',
      donors: 'donor_id,first_name,last_name,donor_type,country\n1,Aoife,Byrne,individual,Ireland\n2,Sean,Walsh,individual,Ireland\n3,Nowak Ltd,Nowak,organisation,Poland\n',
      donations: 'gift_id,donor_id,campaign_id,dt,amt\n10,1,1,2026-01-04,25.00\n11,1,2,2026-03-09,40.00\n12,2,1,2026-02-11,10.00\n13,3,2,2026-02-20,55.00\n',
    },
  },
};

const ANSWERED = [{ id: 'given altogether', namespace: 'appeal', task: 'What have supporters in Ireland given altogether?', declined: false as const }];
const DECLINED = [{ id: 'salaries altogether', namespace: 'appeal', task: 'What salaries have supporters in Ireland earned altogether?', declined: /salaries/ }];

describeDeclineTable('adverbs name nothing the data must hold', {
  databases: SCHEMAS,
  questions: [...ANSWERED, ...DECLINED],
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-near-miss-adverbs-',
  declines: 'still declines the twin that asks about a noun nothing names',
  answers: 'answers a question whose only unlinked word is an adverb',
  query: 'none',
});
