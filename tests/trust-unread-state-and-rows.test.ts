import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { groundQuestion } from '../src/trust/ground-question.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up bike hire scheme: English constructions, not any dataset's questions. Each doubted answer has an
 * answerable look-alike beside it that passes, so no check can be a match on the made-up words.
 */
const contextFor = (question: string): Context => {
  const context = questionContext(question, 'bike_hire', [
    {
      name: 'riders',
      comment: 'People registered to hire bikes',
      columns: [
        { name: 'rider_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'rider_nm', nullable: false },
        { name: 'mbr_typ', nullable: false, comment: 'STU student member, STD standard member' },
        { name: 'left_on', type: 'DATE', comment: 'NULL while active' },
        { name: 'deposit_gbp', type: 'DECIMAL(6,2)', nullable: false },
        { name: 'joined_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'hires',
      columns: [
        { name: 'hire_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'rider_id', type: 'INTEGER', nullable: false, references: 'riders.rider_id' },
        { name: 'dock_id', type: 'INTEGER', nullable: false, references: 'docks.dock_id' },
        { name: 'hired_at', type: 'TIMESTAMP', nullable: false },
        { name: 'sts_cd', nullable: false, comment: 'RET returned, DMG returned damaged, LOST never returned (written off)' },
        { name: 'fee_gbp', type: 'DECIMAL(6,2)', nullable: false },
      ],
    },
    {
      name: 'docks',
      columns: [
        { name: 'dock_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'dock_nm', nullable: false },
        { name: 'slots', type: 'INTEGER', nullable: false },
      ],
    },
    {
      name: 'cust',
      comment: 'Business customers with an invoice account',
      columns: [
        { name: 'cust_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'cust_nm', nullable: false },
        { name: 'opened_dt', type: 'DATE', nullable: false },
      ],
    },
  ]);
  context.grounding = groundQuestion(context);
  return context;
};

/** A question, the SQL, its result (columns and rows), the check expected and whether it passes. */
const cases: CheckCase[] = [
  // unread_state: an unread question word glosses a stored code of a column the SQL never reads
  ['a member type said and never read', 'How many of our riders are students?', 'SELECT COUNT(*) AS n FROM riders', ['n'], [[40]], 'unread_state', false],
  ['the member type read', 'How many of our riders are students?', "SELECT COUNT(*) AS n FROM riders WHERE mbr_typ = 'STU'", ['n'], [[12]], 'unread_state', true],
  ['a state of the hires said and never read', 'How many hires in 2026 came back damaged?', "SELECT COUNT(*) AS n FROM hires WHERE hired_at >= DATE '2026-01-01' AND hired_at < DATE '2027-01-01'", ['n'], [[300]], 'unread_state', false],
  ['the state read', 'How many hires in 2026 came back damaged?', "SELECT COUNT(*) AS n FROM hires WHERE sts_cd = 'DMG' AND hired_at >= DATE '2026-01-01' AND hired_at < DATE '2027-01-01'", ['n'], [[7]], 'unread_state', true],
  ['a word every code of the column glosses', 'How many members hired a bike in 2026?', "SELECT COUNT(DISTINCT riders.rider_id) AS n FROM riders JOIN hires ON hires.rider_id = riders.rider_id WHERE hired_at >= DATE '2026-01-01' AND hired_at < DATE '2027-01-01'", ['n'], [[31]], 'unread_state', true],
  ['what an empty cell means is no stored code (commented_column reads it)', 'How many active riders hired a bike in 2026?', "SELECT COUNT(DISTINCT riders.rider_id) AS n FROM riders JOIN hires ON hires.rider_id = riders.rider_id WHERE hired_at >= DATE '2026-01-01' AND hired_at < DATE '2027-01-01'", ['n'], [[31]], 'unread_state', true],
  ['a gloss word of a table the SQL does not read', 'Which docks had damaged bikes?', 'SELECT dock_nm FROM docks', ['dock_nm'], [['Quay']], 'unread_state', true],
  // rows_identified: "Which <noun>" / "List the <noun>" answered without what names the rows
  ['which rows, shown by another attribute', 'Which riders have never hired a bike?', 'SELECT riders.joined_on FROM riders WHERE NOT EXISTS (SELECT 1 FROM hires WHERE hires.rider_id = riders.rider_id)', ['joined_on'], [['2026-03-01']], 'rows_identified', false],
  ['which rows, shown by name', 'Which riders have never hired a bike?', 'SELECT riders.rider_nm FROM riders WHERE NOT EXISTS (SELECT 1 FROM hires WHERE hires.rider_id = riders.rider_id)', ['rider_nm'], [['Ann Lee']], 'rows_identified', true],
  ['a statistic before the noun asks for no rows', 'Find the average deposit for each member type.', 'SELECT mbr_typ, AVG(deposit_gbp) FROM riders GROUP BY 1', ['mbr_typ', 'avg'], [['STU', 10]], 'rows_identified', true],
  ['a noun modifying an attribute asks for the attribute', 'Show all dock slots.', 'SELECT slots FROM docks', ['slots'], [[10], [12]], 'rows_identified', true],
  ['a table named by a short form of the noun', 'Which business customers opened an account in 2025?', "SELECT opened_dt FROM cust WHERE opened_dt >= DATE '2025-01-01' AND opened_dt < DATE '2026-01-01'", ['opened_dt'], [['2025-04-02']], 'rows_identified', false],
  ['the short-form table shown by name', 'Which business customers opened an account in 2025?', "SELECT cust_nm FROM cust WHERE opened_dt >= DATE '2025-01-01' AND opened_dt < DATE '2026-01-01'", ['cust_nm'], [['Acme']], 'rows_identified', true],
  ['listed rows shown by a reference to their key', 'List the docks with their number of hires.', 'SELECT hires.dock_id, COUNT(*) AS n FROM hires GROUP BY 1', ['dock_id', 'n'], [[1, 90], [2, 40]], 'rows_identified', false],
  ['listed rows shown by name', 'List the docks with their number of hires.', 'SELECT docks.dock_nm, COUNT(*) AS n FROM hires JOIN docks ON hires.dock_id = docks.dock_id GROUP BY 1', ['dock_nm', 'n'], [['Quay', 90], ['Mill', 40]], 'rows_identified', true],
  ['an attribute asked of the rows a tested code names', 'What deposit did each student pay?', "SELECT deposit_gbp, COUNT(*) AS n FROM riders WHERE mbr_typ = 'STU' GROUP BY 1", ['deposit_gbp', 'n'], [[20, 9], [0, 3]], 'rows_identified', false],
  ['the rows a tested code names, shown by name', 'What deposit did each student pay?', "SELECT rider_nm, deposit_gbp FROM riders WHERE mbr_typ = 'STU'", ['rider_nm', 'deposit_gbp'], [['Ann Lee', 20]], 'rows_identified', true],
  // unrestricted_rows: "how many <noun> <verb> <predicate>" answered by counting a whole table
  ['a predicate dropped from a count', 'How many hires went over two hours?', 'SELECT COUNT(*) AS n FROM hires', ['n'], [[1200]], 'unrestricted_rows', false],
  ['every row asked for', 'How many hires are there?', 'SELECT COUNT(*) AS n FROM hires', ['n'], [[1200]], 'unrestricted_rows', true],
  ['every row asked for, by "do we have"', 'How many docks do we have?', 'SELECT COUNT(*) AS n FROM docks', ['n'], [[12]], 'unrestricted_rows', true],
  ['a count in total', 'How many riders are there in total?', 'SELECT COUNT(*) AS n FROM riders', ['n'], [[40]], 'unrestricted_rows', true],
  // amount_shape: a currency sign asks for money, which a count of rows is not
  ['money asked by its sign, rows counted', 'total £ hire fees Oct 2026', "SELECT COUNT(*) AS n FROM hires WHERE hired_at >= DATE '2026-10-01' AND hired_at < DATE '2026-11-01'", ['n'], [[90]], 'amount_shape', false],
  ['money asked by its sign, added up', 'total £ hire fees Oct 2026', "SELECT SUM(fee_gbp) AS fees FROM hires WHERE hired_at >= DATE '2026-10-01' AND hired_at < DATE '2026-11-01'", ['fees'], [[412.5]], 'amount_shape', true],
  ['a sign before an amount, rows counted', 'How many hires cost more than £5?', 'SELECT COUNT(*) AS n FROM hires WHERE fee_gbp > 5', ['n'], [[40]], 'amount_shape', true],
];

describe('conditions an answer drops: a stored state, which rows, a counted predicate, money counted', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
});
