import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { attemptOf, expectCheckCase, parsedChecks, questionContext, type CheckCase } from './helpers/answer-check-cases.js';

/** A made-up beekeepers' association: English constructions, not any dataset's questions. */
const contextFor = (question: string): Context =>
  questionContext(question, 'beekeepers', [
    {
      name: 'apiaries',
      columns: [
        { name: 'apiary_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'apiary_nm', nullable: false },
        { name: 'town', nullable: false },
        { name: 'stands', type: 'INTEGER', nullable: false },
        { name: 'closed_dt', type: 'DATE', nullable: true, comment: 'Day the apiary closed; NULL while in use' },
      ],
    },
    {
      name: 'keepers',
      columns: [
        { name: 'keeper_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'full_nm', nullable: false },
        { name: 'town', nullable: false },
        { name: 'tier_cd', nullable: false, comment: 'STD standard, JNR junior' },
        { name: 'left_dt', type: 'DATE', nullable: true, comment: 'Day the keeper left; empty while it is current' },
      ],
    },
    {
      name: 'hives',
      columns: [
        { name: 'hive_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'apiary_id', type: 'INTEGER', nullable: false, references: 'apiaries.apiary_id' },
        { name: 'keeper_id', type: 'INTEGER', nullable: false, references: 'keepers.keeper_id' },
        { name: 'sale_price', type: 'DECIMAL(6,2)', nullable: true, comment: 'Price the hive fetched; NULL when it did not sell' },
        { name: 'mover_id', type: 'INTEGER', nullable: true, comment: 'Keeper who moved it; NULL when moved by the association' },
      ],
    },
    {
      name: 'inspections',
      sample_rows: [[1, 11, '2026-10-02', 'Pass', 25], [2, 12, '2026-10-03', 'Fail', 40]],
      columns: [
        { name: 'insp_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'hive_id', type: 'INTEGER', nullable: false, references: 'hives.hive_id' },
        { name: 'insp_dt', type: 'DATE', nullable: false },
        { name: 'outcome', nullable: false },
        { name: 'mins', type: 'INTEGER', nullable: false },
      ],
    },
    {
      name: 'sales',
      columns: [
        { name: 'sale_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'keeper_id', type: 'INTEGER', nullable: false, references: 'keepers.keeper_id' },
        { name: 'sale_dt', type: 'DATE', nullable: false },
        { name: 'amt', type: 'DECIMAL(7,2)', nullable: false },
        { name: 'pd_dt', type: 'DATE', nullable: true },
        { name: 'weekly_fee', type: 'DECIMAL(5,2)', nullable: false },
        { name: 'buyer_id', type: 'INTEGER', nullable: false, references: 'buyers.buyer_id' },
      ],
    },
    {
      name: 'buyers',
      columns: [
        { name: 'buyer_id', type: 'INTEGER', primary_key: true, nullable: false },
        { name: 'buyer_nm', nullable: false },
      ],
    },
  ]);

const cases: CheckCase[] = [
  // unread_named_column: a word nothing grounds names a column (or a stored value) of a table the SQL reads
  ['"unpaid" where pd_dt shortens paid', 'What is the total amount of sales still unpaid?', 'SELECT SUM(amt) AS total FROM sales', ['total'], 1, 'unread_named_column', false],
  ['pd_dt read', 'What is the total amount of sales still unpaid?', 'SELECT SUM(amt) AS total FROM sales WHERE pd_dt IS NULL', ['total'], 1, 'unread_named_column', true],
  ['"failed" stored as Fail', 'Which hives failed their inspection?', 'SELECT DISTINCT hive_id FROM inspections', ['hive_id'], 3, 'unread_named_column', false],
  ['the outcome read', 'Which hives failed their inspection?', "SELECT DISTINCT hive_id FROM inspections WHERE outcome = 'Fail'", ['hive_id'], 2, 'unread_named_column', true],
  // key_counted: counted per key of the one table read, every count is 1
  ['counts per inspection', 'average inspections per hive', 'SELECT AVG(n) AS avg_n FROM (SELECT insp_id, COUNT(*) AS n FROM inspections GROUP BY 1) per_group', ['avg_n'], 1, 'key_counted', false],
  ['counts per hive', 'average inspections per hive', 'SELECT AVG(n) AS avg_n FROM (SELECT hive_id, COUNT(*) AS n FROM inspections GROUP BY 1) per_group', ['avg_n'], 1, 'key_counted', true],
  // filter_elsewhere: the place held on a table the question never names, while the rows shown have their own
  ["the apiary's town for the keepers'", 'List the names of keepers in Otley.', "SELECT DISTINCT keepers.full_nm FROM keepers JOIN hives ON hives.keeper_id = keepers.keeper_id JOIN apiaries ON apiaries.apiary_id = hives.apiary_id WHERE apiaries.town = 'Otley'", ['full_nm'], 2, 'filter_elsewhere', false],
  ['the apiaries named', 'List the names of keepers with hives at apiaries in Otley.', "SELECT DISTINCT keepers.full_nm FROM keepers JOIN hives ON hives.keeper_id = keepers.keeper_id JOIN apiaries ON apiaries.apiary_id = hives.apiary_id WHERE apiaries.town = 'Otley'", ['full_nm'], 2, 'filter_elsewhere', true],
  // current_state: "current" where a column's comment says what a current row is
  ['current keepers counted with the past ones', 'How many current keepers are on the junior tier?', "SELECT COUNT(*) AS n FROM keepers WHERE tier_cd = 'JNR'", ['n'], 1, 'current_state', false],
  ['left_dt read', 'How many current keepers are on the junior tier?', "SELECT COUNT(*) AS n FROM keepers WHERE tier_cd = 'JNR' AND left_dt IS NULL", ['n'], 1, 'current_state', true],
  // null_state: the question's verb is the event a column's comment says an empty value marks
  ['unsold hives counted with the sold', 'How many hives were sold in Otley?', "SELECT COUNT(*) AS n FROM hives JOIN apiaries ON apiaries.apiary_id = hives.apiary_id WHERE apiaries.town = 'Otley'", ['n'], 1, 'null_state', false],
  ['sale_price read', 'How many hives were sold in Otley?', "SELECT COUNT(*) AS n FROM hives JOIN apiaries ON apiaries.apiary_id = hives.apiary_id WHERE apiaries.town = 'Otley' AND hives.sale_price IS NOT NULL", ['n'], 1, 'null_state', true],
  ['the empty value says how, not whether', 'How many hives were moved in Otley?', "SELECT COUNT(*) AS n FROM hives JOIN apiaries ON apiaries.apiary_id = hives.apiary_id WHERE apiaries.town = 'Otley'", ['n'], 1, 'null_state', true],
  ['a verb the comment does not name', 'How many hives were placed in Otley?', "SELECT COUNT(*) AS n FROM hives JOIN apiaries ON apiaries.apiary_id = hives.apiary_id WHERE apiaries.town = 'Otley'", ['n'], 1, 'null_state', true],
  // current_state: a comment saying the column is empty while the row is in its state marks it as well
  ['closed apiaries counted with the open ones', 'How many current apiaries are in Otley?', "SELECT COUNT(*) AS n FROM apiaries WHERE town = 'Otley'", ['n'], 1, 'current_state', false],
  ['closed_dt read', 'How many current apiaries are in Otley?', "SELECT COUNT(*) AS n FROM apiaries WHERE town = 'Otley' AND closed_dt IS NULL", ['n'], 1, 'current_state', true],
  ['"current month" is a time', 'How many keepers joined the junior tier in the current month?', "SELECT COUNT(*) AS n FROM keepers WHERE tier_cd = 'JNR'", ['n'], 1, 'current_state', true],
  // month_unused: a month named, no date held
  ['October dropped', 'avg inspection mins, Oct', 'SELECT AVG(mins) AS avg_mins FROM inspections', ['avg_mins'], 1, 'month_unused', false],
  ['October held', 'avg inspection mins, Oct', "SELECT AVG(mins) AS avg_mins FROM inspections WHERE insp_dt >= DATE '2026-10-01' AND insp_dt < DATE '2026-11-01'", ['avg_mins'], 1, 'month_unused', true],
  ['"may" is a verb', 'Which keepers may sell honey?', 'SELECT full_nm FROM keepers', ['full_nm'], 3, 'month_unused', true],
  // group_attribute: "for each keeper tier" grouped by each keeper
  ['grouped by the keeper, not the tier', 'What is the average sale amount for each keeper tier?', 'SELECT keepers.keeper_id, keepers.full_nm, AVG(sales.amt) AS avg_amt FROM sales JOIN keepers ON sales.keeper_id = keepers.keeper_id GROUP BY 1, 2', ['keeper_id', 'full_nm', 'avg_amt'], 30, 'group_attribute', false],
  ['grouped by the tier', 'What is the average sale amount for each keeper tier?', 'SELECT keepers.tier_cd, AVG(sales.amt) AS avg_amt FROM sales JOIN keepers ON sales.keeper_id = keepers.keeper_id GROUP BY 1', ['tier_cd', 'avg_amt'], 2, 'group_attribute', true],
  // period_spent: the period word belongs to the column read, yet the SQL also groups by that period
  ['"weekly" spent twice', 'average weekly fee per keeper', 'SELECT CAST(date_trunc(\'week\', sales.sale_dt) AS DATE) AS week, keepers.full_nm, AVG(sales.weekly_fee) AS avg_fee FROM sales JOIN keepers ON sales.keeper_id = keepers.keeper_id GROUP BY 1, 2', ['week', 'full_nm', 'avg_fee'], 40, 'period_spent', false],
  ['a week asked for', 'average weekly fee per keeper each week', 'SELECT CAST(date_trunc(\'week\', sales.sale_dt) AS DATE) AS week, keepers.full_nm, AVG(sales.weekly_fee) AS avg_fee FROM sales JOIN keepers ON sales.keeper_id = keepers.keeper_id GROUP BY 1, 2', ['week', 'full_nm', 'avg_fee'], 40, 'period_spent', true],
  // counted_unexplained: the counted noun nothing in the schema names, counted from a table that is no synonym of it
  ['"swarms" counted as inspections', 'How many swarms did we catch in 2026?', "SELECT COUNT(*) AS n FROM inspections WHERE insp_dt >= DATE '2026-01-01' AND insp_dt < DATE '2027-01-01'", ['n'], 1, 'counted_unexplained', false],
  ['"purchasers" counted as buyers, a synonym', 'How many purchasers did we have in 2026?', "SELECT COUNT(DISTINCT buyers.buyer_id) AS n FROM buyers JOIN sales ON sales.buyer_id = buyers.buyer_id WHERE sales.sale_dt >= DATE '2026-01-01' AND sales.sale_dt < DATE '2027-01-01'", ['n'], 1, 'counted_unexplained', true],
  // stored_quantity: "<noun> per X" where a column stores that many per row, answered by counting rows
  ['stands counted as hives', 'stands per apiary', 'SELECT apiaries.apiary_nm, COUNT(*) AS n FROM hives JOIN apiaries ON apiaries.apiary_id = hives.apiary_id GROUP BY 1', ['apiary_nm', 'n'], 3, 'stored_quantity', false],
  ['stands read', 'stands per apiary', 'SELECT apiary_nm, stands FROM apiaries', ['apiary_nm', 'stands'], 3, 'stored_quantity', true],
];

describe('checks of a condition the question states and the SQL left out: a named column, a key counted, a place held elsewhere, "current", a month, a group, a period, a counted noun', () => {
  it.each(cases)('%s: %s', async (...testCase) => {
    await expectCheckCase(contextFor, testCase);
  });
});

describe('group_repeats: "per X" answered by the rows, X repeated beside an amount', () => {
  const rows = [[501, 12.5], [501, 8], [502, 3]];
  it('fails on the sales listed per keeper', async () => {
    const result = await parsedChecks(contextFor('sale amount per keeper'), attemptOf('SELECT keeper_id, amt FROM sales', ['keeper_id', 'amt'], rows));
    expect(result.find((r) => r.name === 'group_repeats')?.passed, JSON.stringify(result)).toBe(false);
  });
  it('stands aside when they are added up per keeper', async () => {
    const result = await parsedChecks(contextFor('sale amount per keeper'), attemptOf('SELECT keeper_id, SUM(amt) AS amt FROM sales GROUP BY 1', ['keeper_id', 'amt'], [[501, 20.5], [502, 3]]));
    expect(result.find((r) => r.name === 'group_repeats')).toBeUndefined();
  });
  it('stands aside on a listing for each keeper with no amount', async () => {
    const result = await parsedChecks(contextFor('For each keeper, list the apiaries they keep hives at'), attemptOf('SELECT keepers.full_nm, apiaries.apiary_nm FROM keepers JOIN hives ON hives.keeper_id = keepers.keeper_id JOIN apiaries ON apiaries.apiary_id = hives.apiary_id', ['full_nm', 'apiary_nm'], [['Ann', 'Otley'], ['Ann', 'Ilkley']]));
    expect(result.find((r) => r.name === 'group_repeats')).toBeUndefined();
  });
});
