import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up bird-ringing group and a window-fitting firm: shapes of answer that ended `success` wrongly on databases
 * read this session (lots counted for the things they hold, a one-word value spelled by a word every row already says,
 * a period on a date the question never names), each beside an answerable look-alike that must keep passing. Not any
 * dataset's questions.
 */
const ringingContext = (question: string): Context =>
  questionContext(question, 'ringing_group', [
    {
      name: 'sites',
      columns: [
        { name: 'site_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'site_name', nullable: false },
      ],
    },
    {
      name: 'catches',
      comment: 'Birds caught in one net round, one row per species',
      columns: [
        { name: 'catch_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'site_id', type: 'INTEGER', nullable: false, references: 'sites.site_id' },
        { name: 'species', nullable: false, comment: 'ROBIN robin, WREN wren, BLUTI blue tit' },
        { name: 'bird_count', type: 'INTEGER', nullable: false },
        { name: 'caught_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'nets',
      columns: [
        { name: 'net_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'site_id', type: 'INTEGER', nullable: false, references: 'sites.site_id' },
        { name: 'species_seen', nullable: false, comment: 'ROBIN robin, WREN wren' },
        { name: 'peak_cnt', type: 'INTEGER', nullable: false, comment: 'Most birds in the net at once' },
      ],
    },
  ]);

const fittingContext = (question: string): Context =>
  questionContext(question, 'window_fitters', [
    {
      name: 'staff',
      columns: [
        { name: 'staff_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_name', nullable: false },
        { name: 'role', nullable: false },
        { name: 'started_on', type: 'DATE', nullable: false, comment: 'Start date' },
      ],
    },
    {
      name: 'jobs',
      columns: [
        { name: 'job_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'client', nullable: false },
        { name: 'quote_gbp', type: 'DECIMAL(8,2)', nullable: false },
        { name: 'quote_dt', type: 'DATE', nullable: false },
        { name: 'status', nullable: false, comment: 'Q quoted, B booked, F fitted, X cancelled' },
        { name: 'surveyed_by', type: 'INTEGER', nullable: false, references: 'staff.staff_id' },
      ],
    },
    {
      name: 'calls',
      comment: 'Site call',
      columns: [
        { name: 'call_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'job_id', type: 'INTEGER', nullable: false, references: 'jobs.job_id' },
        { name: 'call_dt', type: 'DATE', nullable: false, comment: 'Date of the visit' },
        { name: 'ldr_id', type: 'INTEGER', nullable: false, references: 'staff.staff_id' },
      ],
    },
  ]);

const AT_FEN = 'FROM catches JOIN sites ON catches.site_id = sites.site_id';
const IN_2026 = (column: string) => `${column} >= DATE '2026-01-01' AND ${column} < DATE '2027-01-01'`;
const MOST_SURVEYED = 'FROM jobs JOIN staff ON jobs.surveyed_by = staff.staff_id';
const LED_CALLS = 'FROM staff JOIN calls ON staff.staff_id = calls.ldr_id JOIN jobs ON calls.job_id = jobs.job_id';

const ringingCases: CheckCase[] = [
  // bulk_rows_counted: the counted noun is a value the rows are picked by, and each row holds a count of the things
  ['lots counted for the things', 'How many robins were caught at Fen Wood?', `SELECT COUNT(*) AS n ${AT_FEN} WHERE catches.species = 'ROBIN' AND sites.site_name = 'Fen Wood'`, ['n'], [[14]], 'bulk_rows_counted', false],
  ["a value's gloss named, rows counted", 'How many blue tits did we catch?', "SELECT COUNT(*) AS n FROM catches WHERE species = 'BLUTI'", ['n'], [[9]], 'bulk_rows_counted', false],
  ['the count column added up', 'How many robins were caught at Fen Wood?', `SELECT SUM(catches.bird_count) AS n ${AT_FEN} WHERE catches.species = 'ROBIN' AND sites.site_name = 'Fen Wood'`, ['n'], [[52]], 'bulk_rows_counted', true],
  ['the rows themselves named', 'How many robin catches were made at Fen Wood?', `SELECT COUNT(*) AS n ${AT_FEN} WHERE catches.species = 'ROBIN' AND sites.site_name = 'Fen Wood'`, ['n'], [[14]], 'bulk_rows_counted', true],
  ['a statistic of a count is no count held', 'How many wrens were seen?', "SELECT COUNT(*) AS n FROM nets WHERE species_seen = 'WREN'", ['n'], [[6]], 'bulk_rows_counted', true],
];

const fittingCases: CheckCase[] = [
  // word_every_row_has: a verb form names a NOT NULL column, and a one-word value spelled by it restricts the rows
  ['a role picked for what every job had done', 'Who did the most surveying in 2026?', `SELECT staff.full_name ${MOST_SURVEYED} WHERE staff.role = 'Surveyor' AND ${IN_2026('jobs.quote_dt')} GROUP BY staff.staff_id, staff.full_name ORDER BY COUNT(*) DESC LIMIT 1`, ['full_name'], [['Ann Bell']], 'word_every_row_has', false],
  ['no role picked', 'Who did the most surveying in 2026?', `SELECT staff.full_name ${MOST_SURVEYED} WHERE ${IN_2026('jobs.quote_dt')} GROUP BY staff.staff_id, staff.full_name ORDER BY COUNT(*) DESC LIMIT 1`, ['full_name'], [['Ann Bell']], 'word_every_row_has', true],
  ['the role named by a noun', 'Which surveyor looked at the most jobs in 2026?', `SELECT staff.full_name ${MOST_SURVEYED} WHERE staff.role = 'Surveyor' AND ${IN_2026('jobs.quote_dt')} GROUP BY staff.staff_id, staff.full_name ORDER BY COUNT(*) DESC LIMIT 1`, ['full_name'], [['Ann Bell']], 'word_every_row_has', true],
  ['a stage every row passed, held to a code', 'How many jobs were quoted above the average quote?', "SELECT COUNT(*) AS n FROM jobs WHERE status = 'Q' AND quote_gbp > (SELECT AVG(quote_gbp) FROM jobs)", ['n'], [[11]], 'word_every_row_has', false],
  ['the same question, no code', 'How many jobs were quoted above the average quote?', 'SELECT COUNT(*) AS n FROM jobs WHERE quote_gbp > (SELECT AVG(quote_gbp) FROM jobs)', ['n'], [[23]], 'word_every_row_has', true],
  ['a stage named by a noun', 'How many jobs are still at the quote stage?', "SELECT COUNT(*) AS n FROM jobs WHERE status = 'Q'", ['n'], [[11]], 'word_every_row_has', true],
  ['a state no column fills for every row', 'How many jobs were cancelled?', "SELECT COUNT(*) AS n FROM jobs WHERE status = 'X'", ['n'], [[4]], 'word_every_row_has', true],
  // dated_by: a period on a date the question names in no way, where another table's date comment names its thing
  ["the staff member's start date for the visit's", 'List the staff who led a visit for Harcourt Homes this year', `SELECT DISTINCT staff.full_name ${LED_CALLS} WHERE jobs.client = 'Harcourt Homes' AND ${IN_2026('staff.started_on')}`, ['full_name'], [['Ann Bell']], 'dated_by', false],
  ['dated by the visit', 'List the staff who led a visit for Harcourt Homes this year', `SELECT DISTINCT staff.full_name ${LED_CALLS} WHERE jobs.client = 'Harcourt Homes' AND ${IN_2026('calls.call_dt')}`, ['full_name'], [['Ann Bell']], 'dated_by', true],
  ['the start named', 'List the staff who started this year and led a visit for Harcourt Homes', `SELECT DISTINCT staff.full_name ${LED_CALLS} WHERE jobs.client = 'Harcourt Homes' AND ${IN_2026('staff.started_on')}`, ['full_name'], [['Ann Bell']], 'dated_by', true],
];

describe('wrong successes read this session (dev_o, dev_s, plain_h, plain_o), and their answerable look-alikes', () => {
  for (const c of ringingCases) it(c[0], () => expectCheckCase(ringingContext, c));
  for (const c of fittingCases) it(c[0], () => expectCheckCase(fittingContext, c));
});
