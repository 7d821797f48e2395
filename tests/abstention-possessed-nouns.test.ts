import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * "have" as a main verb (issue 14): in "Which tenants have pets?" the noun after "have" names what the rows
 * must possess, a thing the data has to hold, not a verb after an auxiliary ("have paid"), so when nothing stores it the
 * question is declined before any SQL. A possessed noun that links ("Which plots have rent above 40?") is answered, and
 * "have" before a participle ("have joined") is still an auxiliary. A made-up allotments database, none of the labelled
 * sets', through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  allotments: {
    schema: `CREATE TABLE tenants (tenant_id INTEGER PRIMARY KEY, full_name VARCHAR, joined_on DATE);
CREATE TABLE plots (plot_id INTEGER PRIMARY KEY, tenant_id INTEGER REFERENCES tenants (tenant_id), site VARCHAR, rent DOUBLE, area_m2 INTEGER);`,
    data: {
      tenants: 'tenant_id,full_name,joined_on\n1,Ada Byrne,2019-04-01\n2,Tom Okafor,2022-03-15\n3,Mia Rossi,2024-10-02\n',
      plots: 'plot_id,tenant_id,site,rent,area_m2\n1,1,Holme Lane,45,250\n2,2,Holme Lane,30,125\n3,3,Canal Side,52,250\n',
    },
  },
};

const DECLINED = [{ id: 'possessed noun nothing stores', namespace: 'allotments', task: 'Which tenants have pets?', declined: /pets/ }];
const ANSWERED = [
  { id: 'possessed noun a column holds', namespace: 'allotments', task: 'Which plots have rent above 40?', declined: false as const },
  { id: 'auxiliary have before a participle', namespace: 'allotments', task: 'Which tenants have joined since 2020?', declined: false as const },
];

describeDeclineTable('the noun "have" takes as a main verb', {
  databases: SCHEMAS,
  questions: [...DECLINED, ...ANSWERED],
  args: DATE,
  prefix: 'sluice-possessed-nouns-',
  declines: 'declines rows that must possess something nothing stores, before any SQL',
  answers: 'answers a possessed noun a column holds, and reads "have" before a participle as an auxiliary',
  query: 'none',
});
