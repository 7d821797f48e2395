import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up lending library: "number of", "no. of", "total number of", "the count of" and "# of" ask for a count as
 * "how many" does, so the SQL must count what follows "of"; "phone number of" names a column and asks for no count.
 */
const TABLES = [
  { name: 'branches', columns: [{ name: 'branch_id', type: 'INTEGER', primary_key: true }, { name: 'branch_name' }, { name: 'town' }, { name: 'phone_number' }] },
  { name: 'vstr', columns: [{ name: 'vstr_id', type: 'INTEGER', primary_key: true }, { name: 'branch_id', type: 'INTEGER', references: 'branches.branch_id' }, { name: 'vstr_nm' }] },
  { name: 'loans', columns: [{ name: 'loan_id', type: 'INTEGER', primary_key: true }, { name: 'branch_id', type: 'INTEGER', references: 'branches.branch_id' }, { name: 'title' }, { name: 'loan_date', type: 'DATE' }] },
];

const LEEDS = [{ table: 'branches', column: 'town', value: 'Leeds', matched_text: 'Leeds', score: 1 }];
const contextFor = (question: string): Context => questionContext(question, 'library', TABLES, { matched_values: LEEDS });

const BRANCH_LOANS = "FROM loans JOIN branches ON loans.branch_id = branches.branch_id WHERE branches.town = 'Leeds'";

const cases: CheckCase[] = [
  ['"no. of" answered by counting the branches', 'no. of loans at branches in Leeds', "SELECT COUNT(*) FROM branches WHERE town = 'Leeds'", ['n'], 1, 'counted_noun', false],
  ['"no. of" answered by counting the loans', 'no. of loans at branches in Leeds', `SELECT COUNT(*) ${BRANCH_LOANS}`, ['n'], 1, 'counted_noun', true],
  ['"total number of" answered by counting the branches', 'What is the total number of loans at branches in Leeds?', "SELECT COUNT(DISTINCT branches.branch_id) FROM branches WHERE town = 'Leeds'", ['n'], 1, 'counted_noun', false],
  ['"total number of" answered by counting the loans', 'What is the total number of loans at branches in Leeds?', `SELECT COUNT(loans.loan_id) ${BRANCH_LOANS}`, ['n'], 1, 'counted_noun', true],
  ['"the count of" answered by counting the branches', 'Give the count of loans made in Leeds.', "SELECT COUNT(*) FROM branches WHERE town = 'Leeds'", ['n'], 1, 'counted_noun', false],
  ['"# of" answered by counting the branches', '# of loans in Leeds', "SELECT COUNT(*) FROM branches WHERE town = 'Leeds'", ['n'], 1, 'counted_noun', false],
  ['"number of visitors" answered by counting the vstr table (its name the word with vowels dropped)', 'List each branch with the number of visitors registered there.', 'SELECT branches.branch_name, COUNT(*) FROM vstr JOIN branches ON vstr.branch_id = branches.branch_id GROUP BY 1', ['branch_name', 'n'], 2, 'counted_noun', true],
  ['"number of visitors" answered by counting the loans', 'List each branch with the number of visitors registered there.', 'SELECT branches.branch_name, COUNT(*) FROM loans JOIN branches ON loans.branch_id = branches.branch_id GROUP BY 1', ['branch_name', 'n'], 2, 'counted_noun', false],
  ['a shortened name does not stand for "visitors banned", whose participle the SQL leaves unread', 'List each branch with the number of visitors banned there.', 'SELECT branches.branch_name, COUNT(*) FROM vstr JOIN branches ON vstr.branch_id = branches.branch_id GROUP BY 1', ['branch_name', 'n'], 2, 'counted_noun', false],
  ['"phone number of" asks for no count', 'What is the phone number of the branch with the most loans?', 'SELECT branches.phone_number FROM branches JOIN loans ON loans.branch_id = branches.branch_id GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1', ['phone_number'], 1, 'counted_noun', true],
];

describe('count asks other than "how many"', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});
