import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeRequest } from './helpers/fake-openai-server.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * The real CLI against a real OpenAI-protocol server on loopback: every plan of the README, with an LLM
 * that first writes a misspelled column so the reflection loop has to send a fix.
 */
let server: FakeOpenAiServer;
let reflectCalls = 0;

function userText(request: FakeRequest): string {
  return (request.body?.messages ?? []).map((m: { content: string }) => m.content).join('\n');
}

function answer(request: FakeRequest) {
  const schema: string = request.body?.response_format?.json_schema?.name ?? '';
  const text = userText(request);
  // The question comes last in the prompt; schema comments elsewhere mention California too.
  const question = (request.body?.messages?.at(-1)?.content ?? '').slice(-300);
  const usage = { prompt_tokens: 1000, completion_tokens: 50, cached_tokens: 200 };
  if (schema === 'sql_answer') {
    if (/California/.test(question)) return { content: { sql: 'SELECT customer_id, first_name, stat FROM customers', explanation: 'CA customers', tables_used: ['customers'] }, usage };
    if (/monthly active users/i.test(question)) {
      const sql = "SELECT date_trunc('month', event_date) AS month, COUNT(DISTINCT customer_id) AS mau FROM user_activity WHERE event_date >= DATE '2026-07-01' AND event_date < DATE '2026-10-01' GROUP BY 1 ORDER BY 1";
      return { content: { sql, explanation: 'MAU per month', tables_used: ['user_activity'] }, usage };
    }
    return { content: { sql: "SELECT COUNT(*) AS cancelled FROM orders WHERE status = 'cancelled'", explanation: 'count', tables_used: ['orders'] }, usage };
  }
  if (schema === 'sql_fix') {
    return { content: { sql: "SELECT customer_id, first_name, last_name, state FROM customers WHERE state = 'CA'", explanation: 'stat is state; filter CA', tables_used: ['customers'] }, usage };
  }
  if (schema === 'reflection_decision') {
    reflectCalls += 1;
    const failed = /not found/i.test(text) && reflectCalls % 2 === 1;
    return { content: { strategy: failed ? 'fix' : 'success', reason: failed ? 'column stat not found' : 'answers the question', unaddressed: [] }, usage };
  }
  return { content: { matches: true, differences: [] }, usage };
}

function project(): string {
  const cwd = tempDir('sluice-llm-');
  fs.writeFileSync(
    path.join(cwd, 'sluice.yml'),
    `models:\n  local:\n    provider: openai\n    model: fake-coder\n    base_url: ${server.url}\n    api_key: \${FAKE_KEY:-none}\n    retries: 1\nprices:\n  fake-coder: {prompt_per_million: 1, completion_per_million: 2}\ndefaults:\n  model: local\n`,
  );
  return cwd;
}

beforeAll(async () => {
  server = await startFakeOpenAiServer({ script: answer, models: ['fake-coder'] });
});
afterAll(async () => server.close());

const run = (cwd: string, plan: string, task: string, extra: string[] = []) =>
  runCli(['run', '--plan', plan, '--task', task, '--format', 'json', '--current_date', '2026-11-25', ...extra], { cwd });

describe('sluice with an OpenAI-compatible model', () => {
  it('reflection: a bad first SQL is fixed by the model, with usage and cost per run', async () => {
    const cwd = project();
    const result = await run(cwd, 'reflection', 'List all customers from California', ['--no-cache']);
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.nodes).toEqual(['schema_linking', 'search_metrics', 'generate_sql', 'execute_sql', 'reflect', 'fix', 'execute_sql', 'reflect', 'output']);
    expect(json.rows.length).toBeGreaterThan(100);
    expect(json.usage).toMatchObject({ calls: 4, prompt_tokens: 4000, completion_tokens: 200, cached_tokens: 800 });
    expect(json.usage.cost_usd).toBeCloseTo((3200 + 800) / 1e6 + 400 / 1e6, 9);
    expect(result.stderr).toMatch(/success after \d+ ms, 1 reflection round\(s\), 4200 tokens in 4 model call\(s\) \(\$0\.0044\)/);
    const generate = server.chatRequests().find((r) => r.body.response_format?.json_schema?.name === 'sql_answer')!;
    expect(userText(generate)).toMatch(/CREATE TABLE customers/);
    expect(userText(generate)).toMatch(/duckdb/i);
    expect(generate.body.model).toBe('fake-coder');
  });

  it('fixed, metric_to_sql, custom_analytics and data_exploration all answer through the model', async () => {
    const cwd = project();
    const cases: Array<[string, string]> = [
      ['fixed', 'How many orders were cancelled?'],
      ['metric_to_sql', 'Show monthly active users for the last quarter'],
      ['custom_analytics', 'How many orders were cancelled? I expect about 1800'],
      ['data_exploration', 'How many orders were cancelled?'],
    ];
    for (const [plan, task] of cases) {
      const result = await run(cwd, plan, task, ['--no-cache']);
      expect(result.code, `${plan}: ${result.stderr}`).toBe(0);
      const json = JSON.parse(result.stdout);
      expect(json.usage.calls, plan).toBeGreaterThan(0);
      if (plan === 'metric_to_sql') expect(json.row_count).toBe(3);
    }
  });

  it('a second identical run is answered from the response cache; --no-cache asks again', async () => {
    const cwd = project();
    const task = 'Show monthly active users for the last quarter';
    await run(cwd, 'fixed', task);
    const before = server.chatRequests().length;
    const cached = await run(cwd, 'fixed', task);
    expect(cached.code, cached.stderr).toBe(0);
    expect(server.chatRequests().length).toBe(before);
    expect(JSON.parse(cached.stdout).usage.calls).toBe(0);
    await run(cwd, 'fixed', task, ['--no-cache']);
    expect(server.chatRequests().length).toBe(before + 1);
  });

  it('reflect is offered only the strategies the namespace supports (no doc_search without docs)', async () => {
    const cwd = project();
    fs.mkdirSync(path.join(cwd, 'no-docs'));
    fs.appendFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  bare: {type: demo, docs: ./no-docs}\n');
    const before = server.chatRequests().length;
    const result = await run(cwd, 'reflection', 'How many orders were cancelled?', ['--no-cache', '--namespace', 'bare']);
    expect(result.code, result.stderr).toBe(0);
    const reflect = server.chatRequests().slice(before).find((r) => r.body.response_format?.json_schema?.name === 'reflection_decision')!;
    const strategies: string[] = reflect.body.response_format.json_schema.schema.properties.strategy.enum;
    expect(strategies).toContain('fix');
    expect(strategies).not.toContain('doc_search');
    expect(userText(reflect)).toMatch(/Not available in this namespace: doc_search\./);
  });

  it('sluice models lists the configured models and pings each', async () => {
    const result = await runCli(['models'], { cwd: project() });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/local\s.*openai.*fake-coder/);
    expect(result.stdout).toMatch(/offline/);
    expect(result.stdout).toMatch(/ok/i);
  });

  it('a refused API key fails fast with a message that says what to fix', async () => {
    const cwd = tempDir('sluice-llm-');
    const refusing = await startFakeOpenAiServer({ script: () => ({ status: 401, error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } }) });
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), `models:\n  gpt:\n    provider: openai\n    model: gpt-4o-mini\n    base_url: ${refusing.url}\n    api_key: sk-wrong\ndefaults:\n  model: gpt\n`);
    const result = await run(cwd, 'fixed', 'How many orders were cancelled?', ['--no-cache']);
    await refusing.close();
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/API key was refused/);
    expect(result.stderr).toMatch(/OPENAI_API_KEY|api_key/);
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(refusing.requests.length).toBeLessThanOrEqual(2);
  });
});
