import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { attemptOf, expectCheckCase, parsedChecks, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/**
 * A made-up bike-hire firm: shapes of answer that ended `success` wrongly on databases read this session (a measure
 * asked for and rows counted instead, a size of each thing answered by how many things each group has, a number glued
 * to its unit left out of the SQL, a deed dated by another event's date while its own table goes unread), each beside
 * an answerable look-alike that must keep passing. Not any dataset's questions.
 */
const hireTables = [
  {
    name: 'depots',
    columns: [
      { name: 'depot_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'depot_name', nullable: false },
    ],
  },
  {
    name: 'bikes',
    columns: [
      { name: 'bike_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'depot_id', type: 'INTEGER', nullable: false, references: 'depots.depot_id' },
      { name: 'kind', nullable: false, comment: 'ROAD road bike, MTB mountain bike, EBIKE electric' },
      { name: 'wheel_in', type: 'INTEGER', nullable: false, comment: 'Wheel diameter in inches' },
    ],
  },
  {
    name: 'hires',
    columns: [
      { name: 'hire_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'bike_id', type: 'INTEGER', nullable: false, references: 'bikes.bike_id' },
      { name: 'hired_on', type: 'DATE', nullable: false },
      { name: 'status', nullable: false, comment: 'OPEN out now, BACK returned, VOID called off' },
      { name: 'price_gbp', type: 'DECIMAL(7,2)', nullable: false },
    ],
  },
  {
    name: 'refunds',
    comment: 'Money handed back on a hire',
    columns: [
      { name: 'refund_id', type: 'INTEGER', primary_key: true, nullable: false },
      { name: 'hire_id', type: 'INTEGER', nullable: false, references: 'hires.hire_id' },
      { name: 'logged_on', type: 'DATE', nullable: false },
      { name: 'amount_gbp', type: 'DECIMAL(7,2)', nullable: false },
    ],
  },
];

const hireContext = (question: string): Context => questionContext(question, 'bike_hire', hireTables);
/** The same firm before it kept refunds: no table records the deed. */
const noRefundsContext = (question: string): Context => questionContext(question, 'bike_hire', hireTables.filter((table) => table.name !== 'refunds'));

const LAST_MONTH = "hired_on >= DATE '2026-10-01' AND hired_on < DATE '2026-11-01'";
const BIKES_PER_DEPOT = (where: string) =>
  `SELECT AVG(n) AS avg_n FROM (SELECT depots.depot_name, COUNT(*) AS n FROM bikes JOIN depots ON bikes.depot_id = depots.depot_id ${where} GROUP BY 1, depots.depot_id) per_group`;

const hireCases: CheckCase[] = [
  // total_counted: "total value / amount" asks for a measure of each row added up, which a count of rows is not
  ['a total value answered by a count', 'What was the total value of the hires booked last month?', `SELECT COUNT(*) AS n FROM hires WHERE ${LAST_MONTH}`, ['n'], [[41]], 'total_counted', false],
  ['a total amount answered by a count', 'What is the total amount of the hires in October?', `SELECT COUNT(*) AS n FROM hires WHERE ${LAST_MONTH}`, ['n'], [[41]], 'total_counted', false],
  ['a total number answered by a count', 'What was the total number of hires booked last month?', `SELECT COUNT(*) AS n FROM hires WHERE ${LAST_MONTH}`, ['n'], [[41]], 'total_counted', true],
  ['the total value added up', 'What was the total value of the hires booked last month?', `SELECT SUM(price_gbp) AS total FROM hires WHERE ${LAST_MONTH}`, ['total'], [[1230]], 'total_counted', true],
  // averaged_count: "<thing> size" of the rows counted is a measure of each; of the group, how many it holds
  ['a size of each bike answered by bikes per depot', 'average wheel size of the mountain bikes per depot', BIKES_PER_DEPOT("WHERE bikes.kind = 'MTB'"), ['avg_n'], [[7.5]], 'averaged_count', false],
  ["a depot's size is how many bikes it has", 'What is the average depot size?', BIKES_PER_DEPOT(''), ['avg_n'], [[12.5]], 'averaged_count', true],
  ['an average size of the groups', 'average size of the fleet per depot', BIKES_PER_DEPOT(''), ['avg_n'], [[12.5]], 'averaged_count', true],
  // filters: a number glued to its unit or scale is a value the SQL must use
  ['a glued size left out', 'no. of 26in bikes', 'SELECT COUNT(*) AS n FROM bikes', ['n'], [[30]], 'filters', false],
  ['a glued size used', 'no. of 26in bikes', 'SELECT COUNT(*) AS n FROM bikes WHERE wheel_in = 26', ['n'], [[12]], 'filters', true],
  ['a scale letter read as its number', 'How many hires cost more than 1k?', 'SELECT COUNT(*) AS n FROM hires WHERE price_gbp > 1000', ['n'], [[2]], 'filters', true],
  ['a scaled number left out', 'How many hires cost more than 1k?', 'SELECT COUNT(*) AS n FROM hires WHERE price_gbp > 100', ['n'], [[9]], 'filters', false],
  ['a time span glued is no value', 'How many hires lasted over 3hrs?', 'SELECT COUNT(*) AS n FROM hires', ['n'], [[9]], 'filters', true],
];

const REFUNDED_HIRES = "SELECT COUNT(*) AS n FROM hires WHERE status = 'BACK' AND hired_on >= DATE '2026-10-01' AND hired_on < DATE '2026-11-01'";

describe('wrong successes of dev_t and plain_p, and their answerable look-alikes', () => {
  for (const c of hireCases) it(c[0], () => expectCheckCase(hireContext, c));

  // dated_by: the deed's own table (refund → refunds) keeps its date; the SQL dates the hire instead
  it('a deed whose table goes unread, dated by another date', async () => {
    const checks = await parsedChecks(hireContext('How many hires were refunded in October 2026?'), attemptOf(REFUNDED_HIRES, ['n'], [[4]]));
    expect(checks.find((c) => c.name === 'dated_by')?.passed, JSON.stringify(checks)).toBe(false);
  });
  it('the deed dated by its own table', async () => {
    const sql = "SELECT COUNT(*) AS n FROM hires JOIN refunds ON refunds.hire_id = hires.hire_id WHERE refunds.logged_on >= DATE '2026-10-01' AND refunds.logged_on < DATE '2026-11-01'";
    const checks = await parsedChecks(hireContext('How many hires were refunded in October 2026?'), attemptOf(sql, ['n'], [[4]]));
    expect(checks.find((c) => c.name === 'dated_by')?.passed ?? true).toBe(true);
  });
  it('no table records the deed', async () => {
    const checks = await parsedChecks(noRefundsContext('How many hires were refunded in October 2026?'), attemptOf(REFUNDED_HIRES, ['n'], [[4]]));
    expect(checks.find((c) => c.name === 'dated_by')?.passed ?? true).toBe(true);
  });
  it('a noun read after "did" is no deed', async () => {
    const checks = await parsedChecks(hireContext('How many hires did the sales staff take in October 2026?'), attemptOf(`SELECT COUNT(*) AS n FROM hires WHERE ${LAST_MONTH}`, ['n'], [[4]]), { names: ['depots', 'bikes', 'hires', 'weekly_sales'] });
    expect(checks.find((c) => c.name === 'dated_by')?.passed ?? true).toBe(true);
  });
  it('a doer noun names who did it, not the event', async () => {
    const checks = await parsedChecks(hireContext('How many hires were handled in October 2026?'), attemptOf(REFUNDED_HIRES, ['n'], [[4]]), { names: ['depots', 'bikes', 'hires', 'handlers'] });
    expect(checks.find((c) => c.name === 'dated_by')?.passed ?? true).toBe(true);
  });
});
