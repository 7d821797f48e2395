import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeRequest } from './helpers/fake-openai-server.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * Abstention on the LLM path (issue 14), through the real CLI and a real OpenAI-protocol server on loopback: the model
 * declines in its structured answer, the prompt says when, and reflect ends a run whose only link to the data is a
 * table name.
 */
let server: FakeOpenAiServer;

const DECLINE = 'The database holds retail orders and customers, nothing about national animals or Canada.';

function answer(request: FakeRequest) {
  const schema: string = request.body?.response_format?.json_schema?.name ?? '';
  const question = (request.body?.messages?.at(-1)?.content ?? '').slice(-300);
  const usage = { prompt_tokens: 500, completion_tokens: 20 };
  if (schema === 'sql_answer') {
    if (/national animal/i.test(question)) return { content: { sql: '', explanation: '', tables_used: [], unanswerable: DECLINE }, usage };
    if (/happiest/i.test(question)) return { content: { sql: 'SELECT customer_id, first_name FROM customers LIMIT 5', explanation: 'customers', tables_used: ['customers'], unanswerable: null }, usage };
    // "SKUs" is spelled nowhere in the demo: word grounding would decline it, the model knows it means products.
    const sql = 'SELECT c.name AS category, COUNT(*) AS skus FROM products p JOIN categories c ON c.category_id = p.category_id GROUP BY c.name';
    return { content: { sql, explanation: 'one SKU per product', tables_used: ['products', 'categories'], unanswerable: null }, usage };
  }
  if (schema === 'reflection_decision') return { content: { strategy: 'success', reason: 'answers the question', unaddressed: [] }, usage };
  return { content: { sql: 'SELECT 1', explanation: 'x', tables_used: [], unanswerable: null }, usage };
}

let cwd: string;

beforeAll(async () => {
  server = await startFakeOpenAiServer({ script: answer, models: ['fake-coder'] });
  cwd = tempDir('sluice-abstention-llm-');
  fs.writeFileSync(
    path.join(cwd, 'sluice.yml'),
    `models:\n  local:\n    provider: openai\n    model: fake-coder\n    base_url: ${server.url}\n    api_key: none\n    retries: 0\ndefaults:\n  model: local\n`,
  );
});
afterAll(async () => server.close());

const run = (task: string) => runCli(['run', '--task', task, '--format', 'json', '--current_date', '2026-11-25'], { cwd });

describe('abstention with an OpenAI-compatible model', () => {
  it('asks for the decline in the structured output and says in the prompt when to decline', async () => {
    const result = await run('How many SKUs does each category have?');
    expect([0, 3], result.stderr).toContain(result.code);
    const json = JSON.parse(result.stdout) as { status: string; sql: string };
    expect(['success', 'unsure']).toContain(json.status);
    expect(json.sql).toMatch(/FROM products/);
    const request = server.chatRequests().find((r) => r.body.response_format?.json_schema?.name === 'sql_answer')!;
    const schema = request.body.response_format.json_schema.schema as { properties: Record<string, unknown>; required: string[] };
    expect(schema.properties).toHaveProperty('unanswerable');
    expect(schema.required).toContain('unanswerable');
    const system = (request.body.messages as { role: string; content: string }[]).find((m) => m.role === 'system')!.content;
    expect(system).toMatch(/set "unanswerable" to one sentence naming the parts of the question the data\s+lacks/);
  }, 120_000);

  it('a decline ends the run unanswerable, exit 4, with the model\'s reason and no SQL run', async () => {
    // "customers" links to the data, so grounding leaves the judgement to the model, which declines.
    const result = await run('What is the national animal of the country our customers live in?');
    expect(result.code, result.stderr).toBe(4);
    const json = JSON.parse(result.stdout) as { status: string; sql: string | null; reason: string; row_count: number };
    expect(json.status).toBe('unanswerable');
    expect(json.sql).toBeNull();
    expect(json.row_count).toBe(0);
    expect(json.reason).toBe(DECLINE);
    expect(result.stderr).toContain(`unanswerable: ${DECLINE}`);
  }, 120_000);

  it('a question that links to nothing is declined before any model call', async () => {
    const before = server.chatRequests().length;
    const result = await run('Who won the 2018 World Cup?');
    expect(result.code, result.stderr).toBe(4);
    expect(JSON.parse(result.stdout).reason).toMatch(/nothing in demo .* matches 'World Cup'/);
    expect(server.chatRequests().length).toBe(before);
  }, 120_000);

  it('reflect ends a run unanswerable after execution when only a table name links the question to the data', async () => {
    const result = await run('Which customers are the happiest?');
    expect(result.code, result.stderr).toBe(4);
    const json = JSON.parse(result.stdout) as { status: string; reason: string };
    expect(json.status).toBe('unanswerable');
    expect(json.reason).toMatch(/^only 'customers' links to demo, as a table; nothing in it matches 'happiest'/);
  }, 120_000);
});
