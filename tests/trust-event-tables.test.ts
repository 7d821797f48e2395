import { describe, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { expectCheckCase, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up testing lab with a gallery's loans and a shop: the cases are English constructions, not any dataset's questions. */
const contextFor = (question: string): Context =>
  questionContext(question, 'lab', [
    {
      name: 'samples',
      columns: [
        { name: 'sample_no', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'site', nullable: false },
        { name: 'received_at', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'analysts',
      columns: [
        { name: 'analyst_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'analyst_nm', nullable: false },
        { name: 'hired_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'results',
      columns: [
        { name: 'result_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'sample_no', type: 'INTEGER', nullable: false, references: 'samples.sample_no' },
        { name: 'analyst_id', type: 'INTEGER', nullable: false, references: 'analysts.analyst_id' },
        { name: 'tested_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'visitors',
      columns: [
        { name: 'visitor_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'badge_issued', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'visit',
      columns: [
        { name: 'visit_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'visitor_id', type: 'INTEGER', nullable: false, references: 'visitors.visitor_id' },
        { name: 'checkin_at', type: 'TIMESTAMP', nullable: false },
      ],
    },
    {
      name: 'objects',
      columns: [
        { name: 'object_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'title', nullable: false },
        { name: 'acquired_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'tools',
      columns: [
        { name: 'tool_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'branch', nullable: false },
        { name: 'bought_dt', type: 'DATE', nullable: false },
        { name: 'retired_dt', type: 'DATE', nullable: true, comment: 'Date the tool was taken out of service; NULL while in use' },
      ],
    },
    {
      name: 'loans_out',
      columns: [
        { name: 'loan_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'object_id', type: 'INTEGER', nullable: false, references: 'objects.object_id' },
        { name: 'borrower', nullable: false },
        { name: 'loan_start', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'servers',
      columns: [
        { name: 'server_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'server_nm', nullable: false },
        { name: 'hired_on', type: 'DATE', nullable: false },
      ],
    },
    {
      name: 'checks',
      columns: [
        { name: 'check_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'server_id', type: 'INTEGER', nullable: false, references: 'servers.server_id' },
        { name: 'opened_at', type: 'TIMESTAMP', nullable: false },
      ],
    },
    {
      name: 'shops',
      columns: [
        { name: 'shop_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'town', nullable: false },
      ],
    },
    {
      name: 'trade_acct',
      columns: [
        { name: 'acct_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'county', nullable: false },
      ],
    },
    {
      name: 'orders',
      columns: [
        { name: 'order_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'shop_id', type: 'INTEGER', nullable: false, references: 'shops.shop_id' },
        { name: 'acct_id', type: 'INTEGER', references: 'trade_acct.acct_id' },
        { name: 'occasion', nullable: false },
      ],
    },
    {
      name: 'jobs',
      columns: [
        { name: 'job_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'status_cd', nullable: false, comment: 'DLV delivered, OPN open' },
        { name: 'due_dt', type: 'DATE', nullable: false },
        { name: 'dlvd_dt', type: 'DATE' },
      ],
    },
    {
      name: 'products',
      columns: [
        { name: 'sku', primary_key: true, nullable: false },
        { name: 'category', nullable: false },
      ],
    },
    {
      name: 'stock',
      columns: [
        { name: 'stock_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'shop_id', type: 'INTEGER', nullable: false, references: 'shops.shop_id' },
        { name: 'sku', nullable: false, references: 'products.sku' },
      ],
    },
  ]);

const OCTOBER = (column: string) => `${column} >= DATE '2026-10-01' AND ${column} < DATE '2026-11-01'`;

const cases: CheckCase[] = [
  // dated_by: the verb names a date column of a linked table, which the SQL does not filter on
  ['another date than the one the verb names', 'Which analyst tested the most samples in October 2026?', `SELECT analysts.analyst_nm FROM samples JOIN results ON samples.sample_no = results.sample_no JOIN analysts ON results.analyst_id = analysts.analyst_id WHERE ${OCTOBER('samples.received_at')} GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`, ['analyst_nm'], 1, 'dated_by', false],
  ['the date the verb names', 'Which analyst tested the most samples in October 2026?', `SELECT analysts.analyst_nm FROM samples JOIN results ON samples.sample_no = results.sample_no JOIN analysts ON results.analyst_id = analysts.analyst_id WHERE ${OCTOBER('results.tested_on')} GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`, ['analyst_nm'], 1, 'dated_by', true],
  ['a verb and its particle name a date of a table the SQL never reads', 'How many visitors checked in in October 2026?', `SELECT COUNT(*) FROM visitors WHERE ${OCTOBER('badge_issued')}`, ['n'], 1, 'dated_by', false],
  ['a verb and its particle name the date filtered on', 'How many visitors checked in in October 2026?', `SELECT COUNT(DISTINCT visitor_id) FROM visit WHERE ${OCTOBER('checkin_at')}`, ['n'], 1, 'dated_by', true],
  // dated_by: a nullable date whose comment shares only the table's own noun with the question is not named by it
  ['a later stage dated where the comment names only the table', "Which branch's tools were borrowed most often in 2026?", "SELECT branch FROM tools WHERE retired_dt >= DATE '2026-01-01' AND retired_dt < DATE '2027-01-01' GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1", ['branch'], 1, 'dated_by', false],
  ['the stage the comment describes is asked', 'How many tools were taken out of service in 2026?', "SELECT COUNT(*) FROM tools WHERE retired_dt >= DATE '2026-01-01' AND retired_dt < DATE '2027-01-01'", ['n'], 1, 'dated_by', true],
  // dated_by: the verb "did" asks about is recorded by a table the SQL reads (its borrower), with a date of its own
  ["the deed's table not dated", 'Which objects did the Tate borrow in 2026?', "SELECT objects.title FROM objects JOIN loans_out ON objects.object_id = loans_out.object_id WHERE loans_out.borrower = 'Tate' AND objects.acquired_on >= DATE '2026-01-01'", ['title'], 2, 'dated_by', false],
  ["the deed's table dated", 'Which objects did the Tate borrow in 2026?', "SELECT objects.title FROM objects JOIN loans_out ON objects.object_id = loans_out.object_id WHERE loans_out.borrower = 'Tate' AND loans_out.loan_start >= DATE '2026-01-01'", ['title'], 2, 'dated_by', true],
  ['a table named by the doer keeps their own dates, not the deed', 'Which server served the most checks in October 2026?', `SELECT servers.server_nm FROM checks JOIN servers ON checks.server_id = servers.server_id WHERE ${OCTOBER('checks.opened_at')} GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1`, ['server_nm'], 1, 'dated_by', true],
  // fanned_count: the counted noun names the referenced table by the word its listed short form stands for (acct)
  ['a short-named referenced table counted through its referrers', 'How many trade accounts are in Kent?', "SELECT COUNT(*) FROM orders JOIN trade_acct ON orders.acct_id = trade_acct.acct_id WHERE trade_acct.county = 'Kent'", ['n'], 1, 'fanned_count', false],
  ['the short-named table counted', 'How many trade accounts are in Kent?', "SELECT COUNT(*) FROM trade_acct WHERE county = 'Kent'", ['n'], 1, 'fanned_count', true],
  // sibling_condition: a condition two steps away, reached only through a parent the question never names
  ['a condition on a sibling branch, two steps away', 'How many wedding cakes did we take orders for?', "SELECT COUNT(*) FROM orders JOIN shops ON orders.shop_id = shops.shop_id JOIN stock ON shops.shop_id = stock.shop_id JOIN products ON stock.sku = products.sku WHERE orders.occasion = 'wedding' AND products.category = 'CAK'", ['n'], 1, 'sibling_condition', false],
  ['a listing held by a sibling branch', 'Which occasions had cakes?', "SELECT DISTINCT orders.occasion FROM orders JOIN shops ON orders.shop_id = shops.shop_id JOIN stock ON shops.shop_id = stock.shop_id JOIN products ON stock.sku = products.sku WHERE products.category = 'CAK'", ['occasion'], 2, 'sibling_condition', false],
  ['the parent named', 'Which occasions had orders at shops that stock cakes?', "SELECT DISTINCT orders.occasion FROM orders JOIN shops ON orders.shop_id = shops.shop_id JOIN stock ON shops.shop_id = stock.shop_id JOIN products ON stock.sku = products.sku WHERE products.category = 'CAK'", ['occasion'], 2, 'sibling_condition', true],
  ['a condition up the counted rows own path', 'How many orders were for cakes in shops in Ely?', "SELECT COUNT(*) FROM orders JOIN shops ON orders.shop_id = shops.shop_id WHERE shops.town = 'Ely'", ['n'], 1, 'sibling_condition', true],
  // own_value_compared: a possessive after a comparing word compares each row with a column of its own
  ['the own value never read', 'How many jobs were delivered after their due date?', "SELECT COUNT(*) FROM jobs WHERE status_cd = 'DLV'", ['n'], 1, 'own_value_compared', false],
  ['the own value compared', 'How many jobs were delivered after their due date?', 'SELECT COUNT(*) FROM jobs WHERE dlvd_dt > due_dt', ['n'], 1, 'own_value_compared', true],
  ['a date that is no possession of the rows', 'How many jobs were delivered after the first of May?', "SELECT COUNT(*) FROM jobs WHERE status_cd = 'DLV' AND dlvd_dt > DATE '2026-05-01'", ['n'], 1, 'own_value_compared', true],
];

describe('the checks see an event dated by another table, or rows reached through a shared parent', () => {
  it.each(cases)('%s: %s', (...checkCase) => expectCheckCase(contextFor, checkCase));
});
