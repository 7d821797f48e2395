import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';
import { runCli } from './helpers/run-cli.js';
import { serverNamespaces, type ServerNamespaces } from './helpers/server-namespaces.js';

/**
 * The same question answered alike on every engine. DuckDB sorts NULLs last in both directions; PostgreSQL sorts them
 * first when descending, MySQL/MariaDB and SQLite first when ascending. So "the oldest player" on MariaDB was the one
 * whose birth date is unknown (spider-dev on MariaDB, 3 questions), until the offline model's ORDER BY asked for NULLs
 * last on every engine. MySQL's backquotes hid `SELECT *` from the answer checks, so an answer listing every column
 * for "what …" was called success there and unsure on DuckDB; and SQLite's number cast of a text year wrote
 * typeof(x) IN ('integer', 'real'), which the checks read as values nobody asked for, so 11 spider-dev answers were
 * unsure on SQLite only. Real PostgreSQL and MariaDB servers, a SQLite file, the real CLI.
 */
const STATEMENTS = [
  'CREATE TABLE players (player_id INTEGER PRIMARY KEY, first_name VARCHAR(40), last_name VARCHAR(40), birth_date DATE, height INTEGER)',
  "INSERT INTO players VALUES (1, 'Ana', 'Ruiz', NULL, NULL), (2, 'Ben', 'Okafor', '1990-04-02', 181), (3, 'Cleo', 'Marsh', '1985-11-20', 175), (4, 'Dev', 'Patel', '1999-01-15', 190)",
  'CREATE TABLE Addresses (address_id INTEGER PRIMARY KEY, line_1 VARCHAR(60), city VARCHAR(40), zip VARCHAR(10))',
  "INSERT INTO Addresses VALUES (1, '1 Elm St', 'Leeds', 'LS1'), (2, '9 Oak Rd', 'York', 'YO1')",
  'CREATE TABLE students (student_id INTEGER PRIMARY KEY, first_name VARCHAR(40), current_address_id INTEGER REFERENCES Addresses(address_id))',
  "INSERT INTO students VALUES (1, 'Ida', 1), (2, 'Jon', 1)",
  'CREATE TABLE concert (concert_id INTEGER PRIMARY KEY, concert_name VARCHAR(40), year VARCHAR(4))',
  "INSERT INTO concert VALUES (1, 'Spring Jam', '2014'), (2, 'Autumn Gig', '2015'), (3, 'Winter Set', '2014'), (4, 'Late Show', NULL)",
  'CREATE TABLE dishes (dish_id INTEGER PRIMARY KEY, dish_name VARCHAR(40), course VARCHAR(10), is_vegetarian BOOLEAN)',
  "INSERT INTO dishes VALUES (1, 'Risotto', 'main', TRUE), (2, 'Steak', 'main', FALSE), (3, 'Soup', 'starter', TRUE), (4, 'Lamb', 'main', FALSE), (5, 'Parmigiana', 'main', TRUE)",
];

const ORDERED: [question: string, firstName: string][] = [
  ['What is the first name of the oldest player?', 'Cleo'],
  ['What is the first name of the youngest player?', 'Dev'],
  ['What is the first name of the player with the lowest height?', 'Cleo'],
  ['What is the first name of the player with the highest height?', 'Dev'],
];

interface Answer {
  status?: string;
  sql?: string;
  rows?: unknown[][];
  columns?: string[];
}

async function ask(cwd: string, namespace: string, task: string): Promise<Answer> {
  const run = await runCli(['run', '--namespace', namespace, '--model', 'offline', '--format', 'json', '--task', task], { cwd, env: { SLUICE_CACHE_DIR: path.join(cwd, 'cache') } });
  expect(run.stdout, run.stderr).not.toBe('');
  return JSON.parse(run.stdout) as Answer;
}

const firstNameOf = (answer: Answer): unknown => answer.rows?.[0]?.[answer.columns?.indexOf('first_name') ?? 0];

describe('rankings skip unknown values on every engine, and the answer checks read MySQL SQL', () => {
  let servers: ServerNamespaces;
  let duckdb: MadeUpNamespace;

  beforeAll(async () => {
    servers = await serverNamespaces('league', STATEMENTS);
    duckdb = await madeUpNamespace('league', STATEMENTS);
  }, 60_000);

  afterAll(async () => {
    await servers?.drop();
  });

  for (const [question, expected] of ORDERED) {
    it(`DuckDB, the reference: ${question}`, { timeout: 90_000 }, async () => {
      const { answer } = await duckdb.ask(question);
      expect(firstNameOf(answer as Answer), (answer as Answer).sql).toBe(expected);
    });
    for (const namespace of ['league_pg', 'league_my', 'league_lite']) {
      it(`${namespace}: ${question} → ${expected}, not the player whose value is unknown`, { timeout: 90_000 }, async () => {
        const answer = await ask(servers.cwd, namespace, question);
        expect(firstNameOf(answer), answer.sql).toBe(expected);
        expect(answer.status, answer.sql).toBe('success');
      });
    }
  }

  it('a primary key as the tie-breaker is ordered plainly: it is never NULL', { timeout: 90_000 }, async () => {
    const answer = await ask(servers.cwd, 'league_my', ORDERED[0]![0]);
    expect(answer.sql).toMatch(/birth_date IS NULL, birth_date ASC/);
    expect(answer.sql).not.toMatch(/player_id IS NULL/);
  });

  it('a year stored as text is compared as a number, and the answer is as sure as on DuckDB, on every engine', { timeout: 90_000 }, async () => {
    const question = 'How many concerts were held in 2014?';
    const { answer: reference } = await duckdb.ask(question);
    expect((reference as Answer).status).toBe('success');
    expect(Number((reference as Answer).rows?.[0]?.[0])).toBe(2);
    for (const namespace of servers.names) {
      const answer = await ask(servers.cwd, namespace, question);
      expect(Number(answer.rows?.[0]?.[0]), answer.sql).toBe(2);
      expect(answer.status, `${namespace}: ${answer.sql}`).toBe('success');
    }
  });

  it("a flag reads alike on every engine, MySQL's BOOLEAN being TINYINT(1) holding 1 and 0", { timeout: 90_000 }, async () => {
    for (const [question, count] of [['How many vegetarian mains are there?', 2], ['How many non vegetarian mains are there?', 2]] as const) {
      const { answer: reference } = await duckdb.ask(question);
      expect(Number((reference as Answer).rows?.[0]?.[0]), (reference as Answer).sql).toBe(count);
      for (const namespace of servers.names) {
        const answer = await ask(servers.cwd, namespace, question);
        expect(answer.sql, namespace).toMatch(/is_vegetarian/);
        expect(Number(answer.rows?.[0]?.[0]), `${namespace}: ${answer.sql}`).toBe(count);
        expect(answer.status, `${namespace}: ${answer.sql}`).toBe((reference as Answer).status);
      }
    }
  });

  it('league_my: an answer showing every column of the rows for "what …" is unsure, as on DuckDB', { timeout: 90_000 }, async () => {
    const question = 'What are the different addresses that have students living there?';
    const { answer: reference } = await duckdb.ask(question);
    const answer = await ask(servers.cwd, 'league_my', question);
    expect(answer.sql).toMatch(/`Addresses`\.\*/);
    expect(answer.status, answer.sql).toBe((reference as Answer).status);
    expect(answer.status).toBe('unsure');
  });
});
