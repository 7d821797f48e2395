import { describeDeclineTable, type DeclineQuestion } from './helpers/describe-decline-table.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * A compound whose first word names columns that each hold another attribute of that thing (issue 14), through the
 * real CLI: "chimney diameter" where chimney_type and chimney_height_m are. Each column joins "chimney" to another noun
 * (type, height), so it is that attribute of the chimney, and the head "diameter" is one no name holds
 * (src/trust/partner-grounds-head.ts), whether the question asks for it or asks the rows to have it; a head near in
 * meaning to the other attribute ("diameter" ~ height) is no sign the data holds it. Twins: the attribute a column
 * holds, and a stored kind of the thing.
 */
const SCHEMA = `CREATE TABLE stoves (stove_id INTEGER PRIMARY KEY, stove_nm VARCHAR NOT NULL, chimney_type VARCHAR NOT NULL, chimney_height_m DECIMAL(4,1) NOT NULL, fitted_on DATE NOT NULL);
COMMENT ON COLUMN stoves.chimney_type IS 'BRICK masonry, STEEL twin-wall steel pipe';`;

const { database } = madeUpRows(SCHEMA, {
  stoves: ['stove_id,stove_nm,chimney_type,chimney_height_m,fitted_on', [[1, 'Hearth One', 'BRICK', 6.5, '2024-03-01'], [2, 'Nook', 'STEEL', 4.0, '2025-06-12'], [3, 'Glow', 'STEEL', 5.2, '2023-10-30']]],
});

const QUESTIONS: DeclineQuestion[] = [
  { id: 'have diameter', namespace: 'stove_fitters', task: 'Do any stoves have a chimney diameter of 30cm?', declined: /diameter/ },
  { id: 'asked diameter', namespace: 'stove_fitters', task: 'What is the chimney diameter of each stove?', declined: /diameter/ },
  // Twins worded alike that the data answers.
  { id: 'have height', namespace: 'stove_fitters', task: 'Do any stoves have a chimney height over 5 metres?', declined: false },
  { id: 'asked height', namespace: 'stove_fitters', task: 'What is the chimney height of each stove?', declined: false },
  { id: 'steel chimney', namespace: 'stove_fitters', task: 'Which stoves have a steel chimney?', declined: false },
];

describeDeclineTable('a compound whose first word names only other attributes of its thing', {
  databases: { stove_fitters: database },
  questions: QUESTIONS,
  args: ['--current_date', '2026-11-25'],
  prefix: 'sluice-abstention-partner-other-',
  declines: 'declines the attribute no column holds, asked for or asked of the rows',
  answers: 'answers the attribute a column holds and a stored kind',
  query: 'none',
});
