import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import type { MadeUpDatabase } from './helpers/ask-bench-databases.js';

/**
 * A ratio ("rate", "ratio", "share") names no thing itself: "the town council tax rate" asks for a rate of tax, so
 * when nothing in the data matches the noun before the ratio, what is asked links to nothing, even though a word
 * further left ("town") names a column (issue 14, src/trust/grounding-signals.ts). A ratio of a stored value (the void
 * rate, where a status holds 'void') is answered. Made-up database through the real CLI.
 */
const DATE = ['--current_date', '2026-11-25'];

const SCHEMAS: Record<string, MadeUpDatabase> = {
  lets: {
    schema: `CREATE TABLE properties (property_id INTEGER PRIMARY KEY, town VARCHAR, monthly_rent DECIMAL(8,2), status VARCHAR);`,
    data: { properties: 'property_id,town,monthly_rent,status\n1,Leeds,950.00,let\n2,Leeds,720.00,void\n3,York,1100.00,let\n4,York,800.00,void\n' },
  },
};

const QUESTIONS: DeclineQuestion[] = [
  { id: 'town council tax rate', namespace: 'lets', task: 'What is the town council tax rate in Leeds?', declined: /tax/ },
  { id: 'property council tax rate', namespace: 'lets', task: 'What is the monthly council tax rate of each property in York?', declined: /tax/ },
  // A ratio of a stored value, and a ratio after a column word: answered.
  { id: 'void rate', namespace: 'lets', task: 'What is the void rate in Leeds?', declined: false },
  { id: 'town void rate', namespace: 'lets', task: 'What is the town void rate?', declined: false },
];

describeDeclineTable('a ratio of something nothing stores', {
  databases: SCHEMAS,
  questions: QUESTIONS,
  args: DATE,
  prefix: 'sluice-abstention-ratio-head-',
  declines: 'declines a rate whose noun links to nothing, whatever column a word further left names',
  answers: 'answers a rate of a stored value',
  query: 'none',
});
