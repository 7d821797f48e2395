import mysql from 'mysql2/promise';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '../src/connectors/connector.js';
import { openMysqlConnector } from '../src/connectors/mysql/open-mysql-connector.js';
import { openPostgresConnector } from '../src/connectors/postgres/open-postgres-connector.js';
import { goldTieGroups } from '../src/bench/gold-tie-groups.js';
import { adaptRendering, withDuckDbQuotes } from '../src/sql-tree/adapt-rendering.js';
import { serializeSql } from '../src/sql-tree/serialize-sql.js';
import { sharedParser } from '../src/sql-tree/shared-parser.js';
import type { TreeNode } from '../src/sql-tree/statement-tree.js';
import { probeTieAtLimit } from '../src/trust/probe-tie-at-limit.js';
import { MYSQL_ADMIN_URL, POSTGRES_ADMIN_URL, connectPostgresAdmin, missingServerMessage, scratchName, withDatabase } from './helpers/real-servers.js';

/**
 * The tie probe after `LIMIT 1` (src/trust/probe-tie-at-limit.ts) and the bench's gold tie groups run DuckDB's
 * rendering of a statement on the namespace's engine. On PostgreSQL that rendering used to fail (bare mixed-case names,
 * `count_star()`), so every tie went unseen there and spider-dev on PostgreSQL called 14 tied picks `success` that
 * DuckDB called `unsure`; on MariaDB the backquoted SQL did not even parse. Real PostgreSQL and MariaDB servers, names
 * in mixed case as Spider's are.
 */
const database = scratchName('tieprobe');
let admin: pg.Client;
let connector: Connector;

beforeAll(async () => {
  admin = await connectPostgresAdmin();
  await admin.query(`CREATE DATABASE ${database}`);
  const scratch = new pg.Client({ connectionString: withDatabase(POSTGRES_ADMIN_URL, database) });
  await scratch.connect();
  await scratch.query(`
    CREATE TABLE "Customers" ("Cust_ID" int PRIMARY KEY, "Full_Name" text);
    CREATE TABLE rentals (rental_id int PRIMARY KEY, "Cust_ID" int, "Out_Date" date, "Fee" numeric);
    CREATE TABLE course (id int, "Course" text);
    INSERT INTO "Customers" VALUES (1, 'Bram'), (2, 'Ines'), (3, 'Olu');
    INSERT INTO rentals VALUES (1, 1, '2026-03-01', 10), (2, 1, '2026-03-02', 12), (3, 2, '2026-03-02', 9), (4, 2, '2026-03-01', 20), (5, 3, '2026-01-05', 7);
    INSERT INTO course VALUES (1, 'Art'), (2, 'Art'), (3, 'Maths');
  `);
  await scratch.end();
  connector = await openPostgresConnector({ type: 'postgres', url: withDatabase(POSTGRES_ADMIN_URL, database) });
});

afterAll(async () => {
  await connector?.close();
  if (admin) {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
});

describe('the probe of the row after LIMIT 1, on a real PostgreSQL with mixed-case names', () => {
  it.each([
    ['tied counts, names quoted', 'SELECT c."Full_Name" FROM rentals r JOIN "Customers" c ON r."Cust_ID" = c."Cust_ID" GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1', '2'],
    ['tied by an output alias', 'SELECT "Cust_ID", COUNT(*) AS n FROM rentals GROUP BY 1 ORDER BY n DESC LIMIT 1', '2'],
    ['tied dates', 'SELECT "Cust_ID" FROM rentals ORDER BY "Out_Date" DESC LIMIT 1', '2026-03-02'],
    ['tied on a cast to double', 'SELECT "Cust_ID" FROM rentals GROUP BY 1 ORDER BY CAST(COUNT(*) AS double precision) DESC LIMIT 1', '2'],
  ])('%s: a tie', async (_why, sql, key) => {
    expect(await probeTieAtLimit(connector, sql)).toEqual({ key });
  });

  it.each([
    ['one row ranks first', 'SELECT c."Full_Name" FROM rentals r JOIN "Customers" c ON r."Cust_ID" = c."Cust_ID" GROUP BY 1 ORDER BY SUM(r."Fee") DESC LIMIT 1'],
    ['tied rows showing the same value', 'SELECT "Out_Date" FROM rentals ORDER BY "Out_Date" DESC LIMIT 1'],
  ])('%s: no tie', async (_why, sql) => {
    expect(await probeTieAtLimit(connector, sql)).toBeUndefined();
  });
});

describe("the bench's tie groups of an ordered gold, on a real PostgreSQL", () => {
  it('finds the tied rows of a gold ordered by a count, where a table and a column share a name in another case', async () => {
    const parser = await sharedParser();
    const gold = 'SELECT "Course", COUNT(*) FROM course GROUP BY "Course" ORDER BY COUNT(*) DESC, "Course" LIMIT 1';
    const parsed = await serializeSql(parser, gold);
    expect(parsed.ok).toBe(true);
    const statement = (parsed as { statement: TreeNode }).statement;
    expect(await goldTieGroups(statement, connector, parser, gold)).toBeUndefined();
    const tiedGold = 'SELECT r."Cust_ID" FROM rentals r GROUP BY 1 ORDER BY COUNT(*) DESC LIMIT 1';
    const tied = await serializeSql(parser, tiedGold);
    const groups = await goldTieGroups((tied as { statement: TreeNode }).statement, connector, parser, tiedGold);
    expect(groups?.cut?.map((row) => Number(row[0])).sort()).toEqual([1, 2]);
  });
});

const mysqlDatabase = scratchName('tieprobemy');
let mysqlAdmin: mysql.Connection;
let mariadb: Connector;

describe('the probe of the row after LIMIT 1, on a real MariaDB with mixed-case names', () => {
  beforeAll(async () => {
    try {
      mysqlAdmin = await mysql.createConnection({ uri: MYSQL_ADMIN_URL, multipleStatements: true });
    } catch (error) {
      throw new Error(missingServerMessage('MariaDB', MYSQL_ADMIN_URL, error));
    }
    await mysqlAdmin.query(`CREATE DATABASE \`${mysqlDatabase}\`; USE \`${mysqlDatabase}\`;
      CREATE TABLE Customers (Cust_ID int PRIMARY KEY, Full_Name varchar(40));
      CREATE TABLE rentals (rental_id int PRIMARY KEY, Cust_ID int, Out_Date date, Note varchar(40));
      INSERT INTO Customers VALUES (1, 'Bram'), (2, 'Ines'), (3, 'Olu');
      INSERT INTO rentals VALUES (1, 1, '2026-03-01', 'a\\\\b'), (2, 1, '2026-03-02', 'x'), (3, 2, '2026-03-02', 'x'), (4, 2, '2026-03-01', 'y'), (5, 3, '2026-01-05', 'z');`);
    mariadb = await openMysqlConnector({ type: 'mysql', url: withDatabase(MYSQL_ADMIN_URL, mysqlDatabase) });
  });

  afterAll(async () => {
    await mariadb?.close();
    if (mysqlAdmin) {
      await mysqlAdmin.query(`DROP DATABASE IF EXISTS \`${mysqlDatabase}\``);
      await mysqlAdmin.end();
    }
  });

  it.each([
    ['tied counts, names backquoted', 'SELECT c.`Full_Name` FROM rentals r JOIN `Customers` c ON r.`Cust_ID` = c.`Cust_ID` GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1', '2'],
    ['tied by an output alias', 'SELECT `Cust_ID`, COUNT(*) AS n FROM rentals GROUP BY 1 ORDER BY n DESC LIMIT 1', '2'],
    ['tied dates', 'SELECT `Cust_ID` FROM rentals ORDER BY `Out_Date` DESC LIMIT 1', '2026-03-02'],
    ['tied only if a string with a backslash is read as MySQL reads it', "SELECT `Cust_ID` FROM rentals WHERE Note IN ('a\\\\b', 'y') ORDER BY `Out_Date` LIMIT 1", '2026-03-01'],
  ])('%s: a tie', async (_why, sql, key) => {
    expect(await probeTieAtLimit(mariadb, sql)).toEqual({ key });
  });

  it('one row ranks first: no tie', async () => {
    expect(await probeTieAtLimit(mariadb, 'SELECT `Cust_ID` FROM rentals ORDER BY `Out_Date` LIMIT 1')).toBeUndefined();
  });
});

describe('DuckDB rendering adapted for another engine', () => {
  it.each([
    ['a bare name spelled as a quoted one gets its quotes back', 'SELECT t.Cust_ID FROM rentals AS t', 'SELECT t."Cust_ID" FROM rentals', 'SELECT t."Cust_ID" FROM rentals AS t'],
    ['a name in another case than a quoted one stays bare', 'SELECT T2.Course FROM course AS T2', 'SELECT T2."Course" FROM course AS T2', 'SELECT T2."Course" FROM course AS T2'],
    ["DuckDB's count_star() is count(*)", 'SELECT x FROM t ORDER BY count_star() DESC', 'SELECT x FROM t ORDER BY COUNT(*) DESC', 'SELECT x FROM t ORDER BY count(*) DESC'],
    ['DOUBLE in a cast is DOUBLE PRECISION', 'SELECT CAST(x AS DOUBLE) FROM t', 'SELECT CAST(x AS double precision) FROM t', 'SELECT CAST(x AS DOUBLE PRECISION) FROM t'],
    ['strings and calls are left alone', "SELECT Fee('Cust_ID') FROM t WHERE n = 'count_star()'", 'SELECT "Cust_ID", "Fee" FROM t', "SELECT Fee('Cust_ID') FROM t WHERE n = 'count_star()'"],
  ])('%s', (_why, rendered, original, expected) => {
    expect(adaptRendering(rendered, original)).toBe(expected);
  });

  it("reads MySQL's quotes and escapes as DuckDB's, and back", () => {
    const original = "SELECT t.`Cust_ID` FROM `Rentals` AS t WHERE t.note = 'a\\\\b' AND t.who <> 'O\\'Hara'";
    expect(withDuckDbQuotes(original)).toBe(`SELECT t."Cust_ID" FROM "Rentals" AS t WHERE t.note = 'a\\b' AND t.who <> 'O''Hara'`);
    expect(adaptRendering(`SELECT t.Cust_ID, count_star() FROM "Rentals" AS t WHERE (t.note = 'a\\b')`, original, 'mysql')).toBe(
      "SELECT t.`Cust_ID`, count(*) FROM `Rentals` AS t WHERE (t.note = 'a\\\\b')",
    );
  });
});
