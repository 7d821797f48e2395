import { describe, expect, it } from 'vitest';
import { outerSelectTree } from '../src/sql-tree/outer-select-tree.js';
import { conditionColumns, shownColumns } from '../src/trust/condition-columns.js';
import { countedThings } from '../src/trust/counted-things.js';
import { groupRoots } from '../src/trust/group-roots.js';
import { parseAnswerSql } from '../src/trust/parse-answer-sql.js';
import { runAnswerChecks } from '../src/trust/run-answer-checks.js';
import { tableAliases } from '../src/trust/table-aliases.js';
import { attemptOf, questionContext, rowsOf } from './helpers/answer-check-cases.js';

/**
 * The answer checks read the final SQL's clauses from DuckDB's parse tree (parseAnswerSql), not from its text. These
 * are the cases the regular expressions they replace read wrongly: quoted names with spaces or capitals, an alias the
 * FROM gives, a subquery in FROM or a CTE whose own WHERE is not the outer one, a keyword inside a string literal,
 * JOIN … USING, and the quotes of MariaDB (backquotes) and PostgreSQL (double quotes).
 */
const SCHEMAS: TableSchema[] = questionContext('-', 'ferries', [
  { name: 'ferries', columns: [col('ferry_id', 'INTEGER'), col('Ferry Name'), col('home_port'), col('built', 'DATE')] },
  { name: 'crossings', columns: [col('crossing_id', 'INTEGER'), { ...col('ferry_id', 'INTEGER'), references: 'ferries.ferry_id' }, col('status'), col('sailed_on', 'DATE'), col('fare', 'DECIMAL(6,2)')] },
]).table_schemas;

function col(name: string, type = 'VARCHAR') {
  return { name, type, nullable: true };
}

async function treeOf(sql: string, dialect = 'duckdb') {
  const statement = await parseAnswerSql(sql, dialect);
  expect(statement, sql).toBeDefined();
  return { statement, tree: outerSelectTree(statement) };
}

const conditions = async (sql: string, dialect?: string) => Object.fromEntries([...conditionColumns((await treeOf(sql, dialect)).tree)].map(([name, list]) => [name, list]));

describe('conditionColumns reads the outer WHERE from the tree', () => {
  it('reads a quoted name with a space and a capital, which no bare-word pattern matches', async () => {
    expect(await conditions(`SELECT ferry_id FROM ferries WHERE "Ferry Name" = 'Skye'`)).toEqual({ 'ferry name': [{ column: 'ferry name', fixed: true }] });
  });

  it('does not read a keyword inside a string literal as a clause', async () => {
    // The text reader blanked literals first and got this right; the tree has no text to cut at a keyword.
    expect(await conditions(`SELECT ferry_id FROM ferries WHERE "Ferry Name" = 'group by port' AND home_port = 'Oban'`)).toEqual({
      'ferry name': [{ column: 'ferry name', fixed: true }],
      home_port: [{ column: 'home_port', fixed: true }],
    });
  });

  it('reads the outer WHERE, not that of a subquery in FROM, of a CTE or of an IN subquery', async () => {
    expect(await conditions(`SELECT f.home_port FROM (SELECT * FROM ferries WHERE built < DATE '2000-01-01') AS f WHERE f.home_port = 'Oban'`)).toEqual({
      home_port: [{ owner: 'f', column: 'home_port', fixed: true }],
    });
    expect(await conditions(`WITH late AS (SELECT * FROM crossings WHERE status = 'LATE') SELECT ferry_id FROM late`)).toEqual({});
    expect(await conditions(`SELECT home_port FROM ferries WHERE ferry_id IN (SELECT ferry_id FROM crossings WHERE status = 'LATE')`)).toEqual({});
  });

  it('holds a column to one value only on the top-level AND, not under OR or NOT', async () => {
    expect(await conditions(`SELECT ferry_id FROM ferries WHERE home_port = 'Oban' OR home_port = 'Mull'`)).toEqual({ home_port: [{ column: 'home_port', fixed: false }] });
    expect(await conditions(`SELECT ferry_id FROM ferries WHERE NOT (home_port = 'Oban')`)).toEqual({ home_port: [{ column: 'home_port', fixed: false }] });
  });

  it('reads a date, a cast column, BETWEEN, IN, LIKE and a constant written first', async () => {
    expect(
      await conditions(
        `SELECT c.fare FROM crossings c WHERE c.sailed_on >= DATE '2026-01-01' AND CAST(c.fare AS INTEGER) > 3 AND c.ferry_id BETWEEN 1 AND 9 AND c.status IN ('OK', 'LATE') AND 'x' = c.crossing_id`,
      ),
    ).toEqual({
      sailed_on: [{ owner: 'c', column: 'sailed_on', fixed: false }],
      fare: [{ owner: 'c', column: 'fare', fixed: false }],
      ferry_id: [{ owner: 'c', column: 'ferry_id', fixed: false }],
      status: [{ owner: 'c', column: 'status', fixed: false }],
      crossing_id: [{ owner: 'c', column: 'crossing_id', fixed: true }],
    });
  });

  it('reads MariaDB backquotes and PostgreSQL double quotes alike', async () => {
    const expected = { 'ferry name': [{ owner: 'f', column: 'ferry name', fixed: true }] };
    expect(await conditions("SELECT f.ferry_id FROM ferries AS f WHERE f.`Ferry Name` = 'Skye'", 'mysql')).toEqual(expected);
    expect(await conditions(`SELECT f.ferry_id FROM ferries AS f WHERE f."Ferry Name" = 'Skye'`, 'postgres')).toEqual(expected);
  });
});

describe('shownColumns and tableAliases read the outer SELECT and FROM', () => {
  it('reads quoted and aliased columns, and nothing for an expression', async () => {
    expect(shownColumns((await treeOf(`SELECT DISTINCT f."Ferry Name" AS "Name of ferry", f.home_port FROM ferries f`)).tree)).toEqual([
      { owner: 'f', column: 'ferry name' },
      { owner: 'f', column: 'home_port' },
    ]);
    expect(shownColumns((await treeOf('SELECT upper(home_port) FROM ferries')).tree)).toBeUndefined();
    expect(shownColumns((await treeOf('SELECT * FROM ferries')).tree)).toBeUndefined();
  });

  it('names the tables of the outer FROM by alias, JOIN … USING included, and not those of a subquery', async () => {
    const { tree } = await treeOf('SELECT x.status FROM crossings AS x JOIN ferries USING (ferry_id) WHERE x.ferry_id IN (SELECT ferry_id FROM ferries AS inner_f)');
    expect(Object.fromEntries(tableAliases(tree))).toEqual({ crossings: 'crossings', x: 'crossings', ferries: 'ferries' });
    // "on" after a table name is no alias; the text reader guarded with a list of keywords.
    expect(Object.fromEntries(tableAliases((await treeOf('SELECT 1 FROM crossings JOIN ferries ON crossings.ferry_id = ferries.ferry_id')).tree))).toEqual({
      crossings: 'crossings',
      ferries: 'ferries',
    });
  });
});

describe('countedThings reads the outer COUNT against the outer FROM', () => {
  it('counts the rows of the many side of a join for COUNT(*), the owner of a counted column otherwise', async () => {
    // Unaliased, the text reader took "join" for the first table's alias and never saw the joined table.
    expect(countedThings((await treeOf('SELECT COUNT(*) FROM ferries JOIN crossings USING (ferry_id)')).tree, SCHEMAS)).toEqual({ tables: ['crossings'], columns: [] });
    expect(countedThings((await treeOf('SELECT COUNT(*) FROM crossings c JOIN ferries f ON c.ferry_id = f.ferry_id')).tree, SCHEMAS)).toEqual({ tables: ['crossings'], columns: [] });
    expect(countedThings((await treeOf('SELECT COUNT(DISTINCT "c"."status") FROM crossings AS "c"')).tree, SCHEMAS)).toEqual({ tables: ['crossings'], columns: ['status'] });
  });

  it('reads nothing when the outer FROM is a subquery or a CTE, or the count is of an expression', async () => {
    expect(countedThings((await treeOf('SELECT COUNT(*) FROM (SELECT DISTINCT ferry_id FROM crossings) t')).tree, SCHEMAS)).toBeUndefined();
    expect(countedThings((await treeOf("WITH t AS (SELECT * FROM crossings) SELECT COUNT(*) FROM t")).tree, SCHEMAS)).toBeUndefined();
    expect(countedThings((await treeOf("SELECT COUNT(CASE WHEN status = 'LATE' THEN 1 END) FROM crossings")).tree, SCHEMAS)).toBeUndefined();
  });

  it('does not take a COUNT in a WHERE subquery for the outer one', async () => {
    expect(countedThings((await treeOf('SELECT home_port FROM ferries WHERE ferry_id IN (SELECT ferry_id FROM crossings GROUP BY 1 HAVING COUNT(*) > 2)')).tree, SCHEMAS)).toBeUndefined();
  });
});

describe('groupRoots reads what the SQL groups by', () => {
  it('reads GROUP BY keys, window partitions, date parts and the tables of qualified and bare columns', async () => {
    const { statement } = await treeOf(
      `SELECT date_trunc('month', c.sailed_on) AS m, COUNT(*) OVER (PARTITION BY "Ferry Name") FROM crossings c JOIN ferries USING (ferry_id) GROUP BY 1, "Ferry Name"`,
    );
    const roots = groupRoots(statement, SCHEMAS);
    for (const word of ['month', 'ferry', 'name', 'crossings', 'sailed']) expect(roots, word).toContain(word);
  });

  // The text reader took everything after "group by" in the raw text, literals included, and every word of the
  // select list text (ORDER BY of a window, OVER).
  it('does not read a keyword of the SQL or the words of a WHERE literal as grouped', async () => {
    const { statement } = await treeOf(`SELECT status, COUNT(*) OVER (ORDER BY status) FROM crossings WHERE status <> 'group by harbour' GROUP BY status`);
    const roots = groupRoots(statement, SCHEMAS);
    expect(roots).toContain('status');
    for (const word of ['order', 'harbour', 'over']) expect(roots, word).not.toContain(word);
  });

  it('is empty without a tree', () => {
    expect(groupRoots(undefined, SCHEMAS).size).toBe(0);
  });
});

describe('checks that read clauses when the SQL was not parsed (another dialect DuckDB cannot read)', () => {
  const context = questionContext('How many crossings per ferry?', 'ferries', SCHEMAS.map((table) => ({ name: table.name, columns: table.columns })));
  const sql = 'SELECT ferry_id, COUNT(*) AS n FROM crossings GROUP BY ferry_id';
  const attempt = attemptOf(sql, ['ferry_id', 'n'], rowsOf(2, 3));

  it('reads the grouping from the tree when there is one', async () => {
    const checks = runAnswerChecks(context, attempt, { statement: await parseAnswerSql(sql, 'duckdb') });
    expect(checks.find((check) => check.name === 'grouping')?.passed).toBe(true);
  });

  // The same question answered on MariaDB or SQLite must end as it does on DuckDB (tests/cross-engine-answers), so a
  // grouping the parser cannot read is not held against the answer; a SQL without GROUP BY is still caught.
  it('without a tree, the grouping keys and the readers of FROM and WHERE stand aside; an ungrouped answer is still caught', () => {
    const checks = runAnswerChecks(context, attempt);
    expect(checks.find((check) => check.name === 'grouping')?.passed).toBe(true);
    const ungrouped = runAnswerChecks(context, attemptOf('SELECT COUNT(*) AS n FROM crossings', ['n'], rowsOf(1, 1)));
    expect(ungrouped.find((check) => check.name === 'grouping')?.passed).toBe(false);
    expect(checks.find((check) => check.name === 'shown_rows' || check.name === 'dated_by' || check.name === 'group_key_counted')).toBeUndefined();
  });

  it('is not parsed from SQL DuckDB cannot read', async () => {
    expect(await parseAnswerSql('SELECT ferry_id FROM crossings WHERE status = ANY(ARRAY[', 'postgres')).toBeUndefined();
  });
});
