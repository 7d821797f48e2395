import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeRequest } from './helpers/fake-openai-server.js';
import { runCli } from './helpers/run-cli.js';
import { serverNamespaces, type ServerNamespaces } from './helpers/server-namespaces.js';

/**
 * The answer checks read an answer's SQL with DuckDB's parser. MariaDB syntax that parser refuses (`LIMIT 0, 50`,
 * `DIV`, `REGEXP`) left the checks without the statement's clauses, so the same answer was judged on fewer grounds on
 * MariaDB than on PostgreSQL: the heights alone for "Which players …" were success on MariaDB only. A model writes each engine's own form of the same query; the status must agree. Real
 * PostgreSQL and MariaDB servers, the real CLI.
 */
const STATEMENTS = [
  'CREATE TABLE players (player_id INTEGER PRIMARY KEY, first_name VARCHAR(40), last_name VARCHAR(40), birth_year INTEGER, height INTEGER)',
  "INSERT INTO players VALUES (1, 'Ana', 'Ruiz', 1988, 168), (2, 'Ben', 'Okafor', 1990, 181), (3, 'Cleo', 'Marsh', 1985, 175), (4, 'Dev', 'Patel', 1999, 190), (5, 'Bo', 'Lind', 1993, NULL)",
];

/** Each question's answer as MariaDB writes it and as PostgreSQL does. */
const SQL: Array<[question: RegExp, mysql: string, postgres: string]> = [
  [/second tallest/, 'SELECT first_name, last_name FROM players ORDER BY height DESC LIMIT 1, 1', 'SELECT first_name, last_name FROM players ORDER BY height DESC LIMIT 1 OFFSET 1'],
  [/each decade/, 'SELECT birth_year DIV 10 * 10 AS decade, COUNT(*) AS players FROM players GROUP BY decade', 'SELECT birth_year / 10 * 10 AS decade, COUNT(*) AS players FROM players GROUP BY decade'],
  [/starts? with A or B/, "SELECT first_name, last_name FROM players WHERE first_name REGEXP '^[AB]'", "SELECT first_name, last_name FROM players WHERE first_name ~ '^[AB]'"],
  [/taller than 180/, 'SELECT height FROM players WHERE height > 180 LIMIT 0, 50', 'SELECT height FROM players WHERE height > 180 LIMIT 50 OFFSET 0'],
  [/no recorded height/, 'SELECT first_name, last_name FROM players WHERE height <=> NULL', 'SELECT first_name, last_name FROM players WHERE height IS NOT DISTINCT FROM NULL'],
];

function answer(request: FakeRequest) {
  const schema: string = request.body?.response_format?.json_schema?.name ?? '';
  const prompt = JSON.stringify(request.body?.messages ?? []);
  const usage = { prompt_tokens: 400, completion_tokens: 20 };
  if (schema === 'sql_answer') {
    const found = SQL.find(([question]) => question.test(prompt));
    const sql = found ? (/Write SQL for mysql/i.test(prompt) ? found[1] : found[2]) : 'SELECT 1';
    return { content: { sql, explanation: 'as asked', tables_used: ['players'], unanswerable: null }, usage };
  }
  if (schema === 'reflection_decision') return { content: { strategy: 'success', reason: 'answers the question', unaddressed: [] }, usage };
  return { content: { sql: 'SELECT 1', explanation: 'x', tables_used: [], unanswerable: null }, usage };
}

interface Answer {
  status?: string;
  sql?: string;
  reason?: string;
}

describe("answers in MariaDB's own syntax are judged as the same answers in PostgreSQL's", () => {
  let servers: ServerNamespaces;
  let model: FakeOpenAiServer;

  beforeAll(async () => {
    servers = await serverNamespaces('dialectsql', STATEMENTS);
    model = await startFakeOpenAiServer({ script: answer, models: ['fake-coder'] });
    fs.appendFileSync(
      path.join(servers.cwd, 'sluice.yml'),
      `models:\n  local:\n    provider: openai\n    model: fake-coder\n    base_url: ${model.url}\n    api_key: none\n    retries: 0\n`,
    );
  }, 60_000);

  afterAll(async () => {
    await servers?.drop();
    await model?.close();
  });

  async function ask(namespace: string, task: string): Promise<Answer> {
    const run = await runCli(['run', '--namespace', namespace, '--model', 'local', '--plan', 'fixed', '--format', 'json', '--task', task], { cwd: servers.cwd, env: { SLUICE_CACHE_DIR: path.join(servers.cwd, 'cache') } });
    expect(run.stdout, run.stderr).not.toBe('');
    return JSON.parse(run.stdout) as Answer;
  }

  for (const question of ['Who is the second tallest player?', 'How many players were born in each decade?', 'Which players have a first name that starts with A or B?', 'Which players have no recorded height?', 'Which players are taller than 180?']) {
    it(question, { timeout: 90_000 }, async () => {
      const [postgres, mysql] = await Promise.all([ask(servers.names[0], question), ask(servers.names[1], question)]);
      expect(mysql.sql).toBe(SQL.find(([asked]) => asked.test(question))![1]);
      expect(postgres.sql).toBe(SQL.find(([asked]) => asked.test(question))![2]);
      expect(`${mysql.status}: ${mysql.reason ?? ''}`).toBe(`${postgres.status}: ${postgres.reason ?? ''}`);
    });
  }
});
