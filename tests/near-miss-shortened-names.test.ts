import { describe, expect, it } from 'vitest';
import { tablesByRelatedNouns } from '../src/catalog/tables-by-related-nouns.js';
import { questionWords } from '../src/models/offline/question-words.js';
import { namesRoots } from '../src/trust/evidence-roots.js';
import { skeletonNameKind } from '../src/trust/skeleton-name-kind.js';
import { askBeforeAll, expectAnswered, expectDeclined } from './helpers/expect-declines.js';
import { madeUpRows } from './helpers/made-up-rows.js';

/**
 * Near-misses worded in plain English over names only partly in shorthand (issue 14, false abstention): "clients" where
 * a clnt table is, a schema whose other names are English enough that it is not read as terse; and "pals" where a
 * friend table is (a WordNet relative grounding accepts, so linking links the table too). A made-up agency and school,
 * none of the labelled sets', through the real CLI; a word neither names ("horses") stays declined. The attribute
 * rules read the same way: "invoice amount" where inv.amt_eur is, "the length of a visit" where visits.mins is.
 */
const DATE = ['--current_date', '2026-11-25'];

const agency = madeUpRows(
  `CREATE TABLE clnt (clnt_id INTEGER PRIMARY KEY, clnt_nm VARCHAR, sector VARCHAR, country VARCHAR, is_active BOOLEAN, onboarded_on DATE);
CREATE TABLE job (job_id INTEGER PRIMARY KEY, clnt_id INTEGER REFERENCES clnt (clnt_id), words INTEGER, quote_eur DECIMAL(10,2), received_on DATE);
CREATE TABLE inv (inv_no VARCHAR PRIMARY KEY, job_id INTEGER REFERENCES job (job_id), issued_on DATE, amt_eur DECIMAL(10,2), vat_eur DECIMAL(10,2));`,
  {
    clnt: ['clnt_id,clnt_nm,sector,country,is_active,onboarded_on', [[1, 'Veldkamp Legal', 'legal', 'NL', 'true', '2024-02-01'], [2, 'Moreau Pharma', 'medical', 'FR', 'false', '2023-06-12'], [3, 'Brandt Logistik', 'logistics', 'DE', 'true', '2025-09-30']]],
    job: ['job_id,clnt_id,words,quote_eur,received_on', [[1, 1, 1200, 180.5, '2026-03-02'], [2, 2, 5400, 820, '2026-04-11'], [3, 1, 300, 60, '2026-05-20'], [4, 3, 2500, 410, '2026-06-01']]],
    inv: ['inv_no,job_id,issued_on,amt_eur,vat_eur', [['I-1', 1, '2026-03-20', 180.5, 37.9], ['I-2', 2, '2026-05-02', 820, 172.2], ['I-3', 4, '2026-06-30', 410, 86.1]]],
  },
);

const school = madeUpRows(
  `CREATE TABLE pupils (pupil_id INTEGER PRIMARY KEY, name VARCHAR, grade INTEGER);
CREATE TABLE friend (pupil_id INTEGER REFERENCES pupils (pupil_id), friend_id INTEGER REFERENCES pupils (pupil_id));`,
  {
    pupils: ['pupil_id,name,grade', [[1, 'Kyle', 10], [2, 'Maya', 10], [3, 'Jordan', 11]]],
    friend: ['pupil_id,friend_id', [[1, 2], [1, 3], [2, 3]]],
  },
);

const surgery = madeUpRows(`CREATE TABLE visits (visit_id INTEGER PRIMARY KEY, patient VARCHAR, seen_on DATE, mins INTEGER);`, {
  visits: ['visit_id,patient,seen_on,mins', [[1, 'Ann Lee', '2026-10-02', 10], [2, 'Raj Patel', '2026-10-03', 20], [3, 'Ann Lee', '2026-10-09', 15]]],
});

const QUESTIONS: { id: string; namespace: string; task: string; declined: RegExp | false }[] = [
  { id: 'a table named by the skeleton of the word', namespace: 'agency', task: 'How many clients are there?', declined: false },
  { id: 'a table named by a synonym of the word', namespace: 'school', task: "Who are Kyle's pals?", declined: false },
  { id: 'the top clients', namespace: 'agency', task: 'Top 2 clients by total quoted value', declined: false },
  { id: 'an attribute of a table named in shorthand', namespace: 'agency', task: 'What is the average invoice amount?', declined: false },
  { id: 'a length in time where minutes are kept', namespace: 'surgery', task: 'What was the average length of a visit?', declined: false },
  { id: 'a word no name shortens', namespace: 'agency', task: 'How many horses are there?', declined: /'horses'/ },
  { id: 'a word no table is named by', namespace: 'school', task: "Who are Kyle's horses?", declined: /'horses'/ },
];

describe('near-misses worded in full over shortened names, or by a kind of what a table stores', () => {
  const answers = askBeforeAll({ agency: agency.database, school: school.database, surgery: surgery.database }, QUESTIONS, { args: DATE, prefix: 'sluice-near-miss-shortened-' });

  it('answers them over the table they name', () => {
    expectAnswered(answers(), QUESTIONS.filter((q) => !q.declined));
    expect(answers().get('a table named by the skeleton of the word')!.sql).toMatch(/clnt/i);
  });

  it('shows a client by the name its shortened name column holds', async () => {
    const line = answers().get('the top clients')!;
    expect(line.status).not.toBe('unanswerable');
    expect(line.sql).toMatch(/clnt_nm/i);
    expect(line.sql).not.toMatch(/SELECT\s+clnt\.clnt_id/i);
  });

  it('still declines a word neither names', () => {
    expectDeclined(answers(), QUESTIONS.filter((q) => q.declined), 'none');
  });
});

describe('the name a word shortens, and the tables a word relates to', () => {
  const word = (text: string) => questionWords(text)[0]!;

  it('reads the longest skeleton that is a name and no English word', () => {
    const roots = namesRoots({ table: ['clnt'], column: ['word_cnt', 'acct_mgr'] });
    expect(skeletonNameKind(word('clients'), roots)).toBe('table');
    expect(skeletonNameKind(word('manager'), roots)).toBe('column');
    expect(skeletonNameKind(word('invoices'), namesRoots({ table: ['inv'] }))).toBe('table');
    expect(skeletonNameKind(word('horses'), roots)).toBeUndefined();
    // "cat" is an English word, so a cat column is no shortened "coat".
    expect(skeletonNameKind(word('coat'), namesRoots({ column: ['cat'] }))).toBeUndefined();
  });

  it('links a table whose name a word WordNet relates to, only for a word no name spells', () => {
    const table = (name: string, columns: string[]) => ({ name, row_count: 3, columns: columns.map((column) => ({ name: column, type: 'INTEGER', nullable: true, primary_key: false })) });
    const tables = [table('pupils', ['pupil_id', 'name']), table('friend', ['pupil_id', 'friend_id'])];
    expect(tablesByRelatedNouns(tables, "Who are Kyle's pals?")).toEqual([1]);
    expect(tablesByRelatedNouns(tables, "Who are Kyle's horses?")).toEqual([]);
  });
});
