import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up window-cleaning firm: its cleaners, the rounds they go out on and the survey pits it digs for clients' jobs.
 * "How many cleaning days …" and "how many survey pits …" count the compound's head (days, pits); an SQL that counts
 * the rows its modifier names (cleaners), or the rows another noun of the question names ("on jobs") while the head is
 * read nowhere, counts something else.
 */
const contextFor = (question: string, extra: Partial<Context> = {}): Context =>
  questionContext(
    question,
    'window_cleaning',
    [
      {
        name: 'cleaners',
        comment: 'Cleaners on the books',
        columns: [
          { name: 'cleaner_id', type: 'INTEGER', primary_key: true, nullable: false },
          { name: 'full_name', nullable: false },
          { name: 'day_rate', type: 'DECIMAL(6,2)', nullable: false, comment: 'Pay per day in GBP' },
          { name: 'started_on', type: 'DATE', nullable: false },
        ],
      },
      {
        name: 'rounds',
        comment: 'Each day a cleaner goes out on a round',
        columns: [
          { name: 'round_id', type: 'INTEGER', primary_key: true, nullable: false },
          { name: 'cleaner_id', type: 'INTEGER', nullable: false, references: 'cleaners.cleaner_id' },
          { name: 'round_date', type: 'DATE', nullable: false },
        ],
      },
      {
        name: 'tblJob',
        columns: [
          { name: 'jobNo', type: 'INTEGER', primary_key: true, nullable: false },
          { name: 'jobPurpose', nullable: false, comment: 'SURVEY or CLEAN' },
          { name: 'startDate', type: 'DATE', nullable: false },
        ],
      },
      {
        name: 'tblPit',
        columns: [
          { name: 'pitNo', type: 'INTEGER', primary_key: true, nullable: false },
          { name: 'jobNo', type: 'INTEGER', nullable: false, references: 'tblJob.jobNo' },
          { name: 'depthM', type: 'DECIMAL(4,1)', nullable: false },
        ],
      },
    ],
    extra,
  );

const surveyMatched: Partial<Context> = { matched_values: [{ table: 'tblJob', column: 'jobPurpose', value: 'SURVEY', matched_text: 'survey', score: 1 }] };

const cases: Array<[...CheckCase, Partial<Context>?]> = [
  ['COUNT(*) of the table the modifier names', 'How many cleaning days did we have in May 2026?', "SELECT COUNT(*) FROM cleaners WHERE started_on >= DATE '2026-05-01' AND started_on < DATE '2026-06-01'", ['n'], 1, 'counted_noun', false],
  ['the rows the head names', 'How many cleaning rounds did we have in May 2026?', "SELECT COUNT(*) FROM rounds WHERE round_date >= DATE '2026-05-01' AND round_date < DATE '2026-06-01'", ['n'], 1, 'counted_noun', true],
  ['a plural subject and its verb', 'How many cleaners work on Sundays?', 'SELECT COUNT(*) FROM cleaners', ['n'], 1, 'counted_noun', true],
  ['the head read nowhere, the rows named by a noun after a preposition', 'how many survey pits were dug on jobs started in 2026', "SELECT COUNT(*) FROM \"tblJob\" WHERE \"jobPurpose\" = 'SURVEY' AND \"startDate\" >= DATE '2026-01-01'", ['n'], 1, 'counted_noun', false, surveyMatched],
  ['the head’s rows counted', 'how many survey pits were dug on jobs started in 2026', "SELECT COUNT(*) FROM \"tblPit\" JOIN \"tblJob\" ON \"tblPit\".\"jobNo\" = \"tblJob\".\"jobNo\" WHERE \"tblJob\".\"jobPurpose\" = 'SURVEY' AND \"tblJob\".\"startDate\" >= DATE '2026-01-01'", ['n'], 1, 'counted_noun', true, surveyMatched],
  ['no other noun names the rows counted', 'how many survey jobs were started in 2026', "SELECT COUNT(*) FROM \"tblJob\" WHERE \"jobPurpose\" = 'SURVEY' AND \"startDate\" >= DATE '2026-01-01'", ['n'], 1, 'counted_noun', true, surveyMatched],
];

describe('counted_noun reads a compound’s head as what is counted, also under COUNT(*)', () => {
  it.each(cases)('%s: %s', (why, question, sql, columns, rows, check, passed, extra) => expectCheckCase((q) => contextFor(q, extra), [why, question, sql, columns, rows, check, passed]));
});
