import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANSWER_KIND_DATABASES } from './helpers/answer-kind-databases.js';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeRequest } from './helpers/fake-openai-server.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * The kind of answer a question asks for, judged after execution on the LLM path as on the offline one: through the real
 * CLI and a real OpenAI-protocol server on loopback whose model writes the SQL and calls it a success. Where no table
 * the question is about holds the kind, the run ends unanswerable (exit 4); where one does but the SQL neither shows
 * nor uses it, unsure (exit 3); where the SQL shows it, success (exit 0).
 */
const SQL_FOR: [RegExp, string][] = [
  [/How old is Rex/i, "SELECT * FROM dogs WHERE dog_name = 'Rex'"],
  [/Were any dogs walked after 10 pm/i, 'SELECT COUNT(*) AS walks FROM walks'],
  [/On what date was Rust Night held/i, "SELECT title, city FROM meetups WHERE title = 'Rust Night'"],
  [/When was Rust Night held/i, "SELECT held_on FROM meetups WHERE title = 'Rust Night'"],
  [/When was Dune borrowed/i, "SELECT title FROM books WHERE title = 'Dune'"],
  [/Which talks started after 7 pm/i, "SELECT topic FROM talks JOIN meetups USING (meetup_id) WHERE meetups.held_on >= DATE '2026-01-01'"],
];

function answer(request: FakeRequest) {
  const schema: string = request.body?.response_format?.json_schema?.name ?? '';
  const question = (request.body?.messages?.at(-1)?.content ?? '').slice(-400);
  const usage = { prompt_tokens: 400, completion_tokens: 20 };
  if (schema === 'sql_answer') {
    const sql = SQL_FOR.find(([asked]) => asked.test(question))?.[1] ?? 'SELECT 1';
    return { content: { sql, explanation: 'as asked', tables_used: [], unanswerable: null }, usage };
  }
  if (schema === 'reflection_decision') return { content: { strategy: 'success', reason: 'answers the question', unaddressed: [] }, usage };
  return { content: { sql: 'SELECT 1', explanation: 'x', tables_used: [], unanswerable: null }, usage };
}

let server: FakeOpenAiServer;
let cwd: string;

beforeAll(async () => {
  server = await startFakeOpenAiServer({ script: answer, models: ['fake-coder'] });
  cwd = tempDir('sluice-answer-kind-llm-');
  const namespaces: string[] = [];
  for (const [name, database] of Object.entries(ANSWER_KIND_DATABASES)) {
    const file = path.join(cwd, `${name}.duckdb`);
    const instance = await DuckDBInstance.create(file);
    const connection = await instance.connect();
    await connection.run(database.schema);
    for (const [table, csv] of Object.entries(database.data)) {
      const csvFile = path.join(cwd, `${name}-${table}.csv`);
      fs.writeFileSync(csvFile, csv);
      await connection.run(`COPY ${table} FROM '${csvFile}' (HEADER)`);
    }
    connection.closeSync();
    instance.closeSync();
    namespaces.push(`  ${name}: {type: duckdb, path: ${JSON.stringify(file)}}`);
  }
  fs.writeFileSync(
    path.join(cwd, 'sluice.yml'),
    `namespaces:\n${namespaces.join('\n')}\nmodels:\n  local:\n    provider: openai\n    model: fake-coder\n    base_url: ${server.url}\n    api_key: none\n    retries: 0\ndefaults:\n  model: local\n`,
  );
}, 120_000);
afterAll(async () => server.close());

interface RunJson {
  status: string;
  sql: string | null;
  reason?: string;
}

async function run(namespace: string, task: string): Promise<{ code: number | null; json: RunJson; stderr: string }> {
  const result = await runCli(['run', '--namespace', namespace, '--task', task, '--format', 'json', '--current_date', '2026-11-25'], { cwd });
  return { code: result.code, json: JSON.parse(result.stdout) as RunJson, stderr: result.stderr };
}

describe('the kind of answer a question asks for, with an OpenAI-compatible model', () => {
  it('ends unanswerable (exit 4) after the model\'s query ran when no table holds an age', async () => {
    const { code, json, stderr } = await run('kennel', 'How old is Rex?');
    expect(code, stderr).toBe(4);
    expect(json.status).toBe('unanswerable');
    expect(json.sql).toMatch(/FROM dogs/);
    expect(json.reason).toMatch(/^nothing in kennel records an age or a date of birth for 'dogs', which "How old" asks for/);
  }, 120_000);

  it('ends unanswerable when the only dates hold no time of day', async () => {
    const { code, json, stderr } = await run('kennel', 'Were any dogs walked after 10 pm?');
    expect(code, stderr).toBe(4);
    expect(json.reason).toMatch(/records a time of day .* "after 10 pm"/);
  }, 120_000);

  it('is unsure (exit 3) when a column holds the kind but the answer neither shows nor uses it', async () => {
    const { code, json, stderr } = await run('events', 'On what date was Rust Night held?');
    expect(code, stderr).toBe(3);
    expect(json.status).toBe('unsure');
    expect(json.reason).toMatch(/the question asks "what date", a date, time or year, but the answer neither shows nor uses one \(meetups\.held_on/);
  }, 120_000);

  it('is unsure when it filters on a date but the question asks a time of day a TIMESTAMP holds', async () => {
    const { code, json, stderr } = await run('events', 'Which talks started after 7 pm?');
    expect(code, stderr).toBe(3);
    expect(json.reason).toMatch(/"after 7 pm", a time of day, but the answer neither shows nor uses one \(talks\.starts_at/);
  }, 120_000);

  it('counts a table joined to the one named when another word links to it: the loans of a borrowed book hold its date', async () => {
    const { code, json, stderr } = await run('library', 'When was Dune borrowed?');
    expect(code, stderr).toBe(3);
    expect(json.reason).toMatch(/"When", a date, time or year, but the answer neither shows nor uses one \(loans\.loaned_on/);
  }, 120_000);

  it('succeeds (exit 0) when the answer shows the date asked for', async () => {
    const { code, json, stderr } = await run('events', 'When was Rust Night held?');
    expect(code, `${stderr} ${json.reason ?? ''}`).toBe(0);
    expect(json.status).toBe('success');
  }, 120_000);
});
