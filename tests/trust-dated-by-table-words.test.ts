import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { tableNameWords } from '../src/models/offline/table-name-words.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up club whose schema writes its names in camelCase: the cases are English constructions, not any dataset's questions. */
const contextFor = (question: string): Context =>
  questionContext(question, 'club', [
    {
      name: 'Member',
      columns: [
        { name: 'memberId', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'fullName', nullable: false },
        { name: 'joinedOn', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'RoomVisit',
      columns: [
        { name: 'visitId', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'memberId', type: 'INTEGER', nullable: false, references: 'Member.memberId' },
        { name: 'room', nullable: false },
        { name: 'enteredOn', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'LoanBook',
      columns: [
        { name: 'loanId', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'lentOn', type: 'DATE', nullable: false },
        { name: 'loanStatus', nullable: false, comment: 'open, closed or lost' },
        { name: 'loanStatusDate', type: 'DATE' },
      ],
    },
  ]);

const YEAR = "DATE '2025-01-01' AND {c} < DATE '2026-01-01'";
const in2025 = (column: string) => `${column} >= ${YEAR.replace('{c}', column)}`;

const cases: CheckCase[] = [
  // The verb names a table the SQL reads by the last word of its camelCase name (RoomVisit → visit).
  ['the verb names a camelCase table with a date', 'How many members visited the reading room in 2025?', `SELECT COUNT(DISTINCT Member.memberId) FROM Member JOIN RoomVisit ON Member.memberId = RoomVisit.memberId WHERE RoomVisit.room = 'reading' AND ${in2025('Member.joinedOn')}`, ['n'], 1, 'dated_by', false],
  ["the camelCase verb's table dated", 'How many members visited the reading room in 2025?', `SELECT COUNT(DISTINCT Member.memberId) FROM Member JOIN RoomVisit ON Member.memberId = RoomVisit.memberId WHERE RoomVisit.room = 'reading' AND ${in2025('RoomVisit.enteredOn')}`, ['n'], 1, 'dated_by', true],
  // A camelCase column held to a value has a date named after it (loanStatus → loanStatusDate).
  ['the camelCase value dated by another date', 'How many loans were closed in 2025?', `SELECT COUNT(*) FROM LoanBook WHERE loanStatus = 'closed' AND ${in2025('lentOn')}`, ['n'], 1, 'dated_by', false],
  ['the camelCase value dated by its own date', 'How many loans were closed in 2025?', `SELECT COUNT(*) FROM LoanBook WHERE loanStatus = 'closed' AND ${in2025('loanStatusDate')}`, ['n'], 1, 'dated_by', true],
];

describe('dated_by reads the words of camelCase names where their case changes', () => {
  it('splits a table name before lower-casing it', () => {
    expect(tableNameWords('main.OrderLine')).toEqual(['order', 'line']);
    expect(tableNameWords('tblRedemption')).toEqual(['tbl', 'redemption']);
    expect(tableNameWords('"order_line"')).toEqual(['order', 'line']);
  });
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
});
