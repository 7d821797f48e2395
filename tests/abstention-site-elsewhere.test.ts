import { describeDeclineTable } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A name after "on", written with a capital, that matches no stored value and that the dictionary does not know is
 * another site's or service's ("the average rent on Gumtree", issue 14): declined before any SQL, as a place after "in"
 * is. The twins are answered: the same question naming a site the data stores ('Zoopla'), and "on" before a day.
 */
const SCHEMAS: Record<string, MadeUpDatabase> = {
  lets: {
    schema: [
      'CREATE TABLE properties (property_id INTEGER PRIMARY KEY, town VARCHAR NOT NULL, bedrooms INTEGER NOT NULL);',
      'CREATE TABLE tenancies (tenancy_id INTEGER PRIMARY KEY, property_id INTEGER NOT NULL REFERENCES properties(property_id), monthly_rent DECIMAL(8,2) NOT NULL, advertised_on VARCHAR NOT NULL, start_date DATE NOT NULL);',
    ].join('\n'),
    data: {
      properties: 'property_id,town,bedrooms\n1,Derby,2\n2,Leicester,3\n',
      tenancies: 'tenancy_id,property_id,monthly_rent,advertised_on,start_date\n1,1,850.00,Zoopla,2026-03-07\n2,2,1100.00,Rightmove,2026-05-02\n',
    },
  },
};

const DECLINED = [{ id: 'gumtree', namespace: 'lets', task: 'What is the average monthly rent on Gumtree?', declined: /'Gumtree'/ }];
const ANSWERED = [
  { id: 'zoopla', namespace: 'lets', task: 'What is the average monthly rent on Zoopla?', declined: false as const },
  { id: 'saturdays', namespace: 'lets', task: 'How many tenancies started on Saturdays?', declined: false as const },
];

describeDeclineTable('a site or service named after "on" that the data does not hold', {
  databases: SCHEMAS,
  questions: [...DECLINED, ...ANSWERED],
  args: ['--current_date', '2026-11-02'],
  prefix: 'sluice-abstention-site-elsewhere-',
  declines: 'declines the question before any SQL',
  answers: 'answers a stored site and a day after "on"',
  query: 'none',
});
