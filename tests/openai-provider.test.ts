import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { listModels } from '../src/cli/commands/models-command.js';
import { ConfigSchema, ModelConfigSchema } from '../src/config/config-schema.js';
import type { RuntimeSettings } from '../src/engine/runtime.js';
import { ModelError } from '../src/models/openai/model-error.js';
import { createOpenAiModel } from '../src/models/openai/openai-model.js';
import { resolveEnvModel } from '../src/models/resolve-env-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { ReflectionAnswerSchema, SqlAnswerSchema } from '../src/prompt/answer-schemas.js';
import { replies, startFakeOpenAiServer, type FakeOpenAiServer, type FakeScript } from './helpers/fake-openai-server.js';
import { californiaContext, quarterlyRevenueContext } from './helpers/prompt-contexts.js';

const servers: FakeOpenAiServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(script: FakeScript = []): Promise<FakeOpenAiServer> {
  const server = await startFakeOpenAiServer({ script });
  servers.push(server);
  return server;
}

const sqlAnswer = {
  sql: "SELECT * FROM customers WHERE state = 'CA';",
  explanation: 'Customers whose state is CA.',
  tables_used: ['customers'],
};

function settings(overrides: Partial<RuntimeSettings> = {}): RuntimeSettings {
  return {
    queryTimeoutMs: 1000,
    maxRows: 100,
    promptBudgetTokens: 6000,
    nodeTimeoutMs: 10_000,
    nodeRetries: 0,
    defaultModel: 'test',
    cacheDir: mkdtempSync(join(tmpdir(), 'sluice-llm-cache-')),
    debug: true,
    noCache: true,
    ...overrides,
  };
}

function model(
  server: FakeOpenAiServer,
  config: Partial<z.input<typeof ModelConfigSchema>> = {},
  runtime: Partial<RuntimeSettings> = {},
  sluice: z.input<typeof ConfigSchema> = {},
) {
  return createOpenAiModel(
    {
      name: 'test',
      config: ModelConfigSchema.parse({
        provider: 'openai',
        model: 'gpt-test',
        base_url: server.url,
        api_key: 'sk-test',
        timeout_ms: 2000,
        retries: 2,
        ...config,
      }),
      sluiceConfig: ConfigSchema.parse(sluice),
      settings: settings(runtime),
    },
    { retry: { baseDelayMs: 10, maxDelayMs: 40 } },
  );
}

function call(extra: Partial<ModelCallOptions> = {}) {
  const progress: Array<{ message: string; data?: Record<string, unknown> }> = [];
  const trace: Array<Record<string, any>> = [];
  const options: ModelCallOptions = {
    signal: new AbortController().signal,
    dialect: 'duckdb',
    node: 'generate_sql',
    progress: (message, data) => progress.push({ message, data }),
    trace: (record) => trace.push(record),
    ...extra,
  };
  return { options, progress, trace };
}

const retries = (progress: Array<{ data?: Record<string, unknown> }>) =>
  progress.map((entry) => entry.data?.retry as { attempt: number; delay_ms: number; error: string } | undefined).filter(Boolean);

function jsonSchemaOf(schema: z.ZodType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema) as Record<string, unknown>;
  return rest;
}

async function rejection(promise: Promise<unknown>): Promise<ModelError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ModelError);
  return error as ModelError;
}

describe('OpenAI-compatible provider: what goes over the wire', () => {
  it('sends the linked tables, matched values and dialect, with the zod schema as strict json_schema output', async () => {
    const server = await serve([replies.content(sqlAnswer, { prompt_tokens: 900, completion_tokens: 40, cached_tokens: 512 })]);
    const { options } = call();
    const result = await model(server).generateSql(californiaContext(), options);

    expect(result).toMatchObject({ sql: "SELECT * FROM customers WHERE state = 'CA'", tables_used: ['customers'] });
    const [request] = server.chatRequests();
    expect(request!.headers.authorization).toBe('Bearer sk-test');
    const body = request!.body;
    expect(body.model).toBe('gpt-test');
    expect(body.temperature).toBe(0);
    expect(body.max_tokens).toBe(1024);
    expect(body.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'sql_answer', schema: jsonSchemaOf(SqlAnswerSchema), strict: true },
    });
    const [system, user] = body.messages;
    expect(system.role).toBe('system');
    expect(system.content).toContain(JSON.stringify(jsonSchemaOf(SqlAnswerSchema)));
    expect(user.role).toBe('user');
    expect(user.content).toContain('Write SQL for duckdb.');
    expect(user.content).toContain('CREATE TABLE customers (');
    expect(user.content).toContain('  state VARCHAR, -- two-letter US state code');
    expect(user.content).toContain('CREATE TABLE orders (');
    expect(user.content).toContain("customers.state = 'CA' (the question says \"California\")");
    expect(user.content.indexOf('CREATE TABLE customers')).toBeLessThan(user.content.indexOf('CREATE TABLE orders'));
    expect(user.content).toMatch(/## Question\nList all customers from California\n\(Today is 2024-05-15\.\)$/);
    expect(result.usage).toEqual({ prompt_tokens: 900, completion_tokens: 40, cached_tokens: 512, calls: 1, cost_usd: 0 });
  });

  it('streams when the node asks for it and reads usage from the final chunk', async () => {
    const server = await serve([{ content: sqlAnswer, usage: { prompt_tokens: 300, completion_tokens: 25 }, chunk_size: 5 }]);
    const { options } = call({ parameters: { stream: true } });
    const result = await model(server).generateSql(californiaContext(), options);
    const body = server.chatRequests()[0]!.body;
    expect(body.stream).toBe(true);
    expect(body.stream_options).toEqual({ include_usage: true });
    expect(result.sql).toBe("SELECT * FROM customers WHERE state = 'CA'");
    expect(result.usage).toMatchObject({ prompt_tokens: 300, completion_tokens: 25, calls: 1 });
  });

  it('sums usage over calls and prices it from the price table, cached tokens at their own price', async () => {
    const server = await serve([
      replies.content({ strategy: 'fix', reason: 'returns are not subtracted', unaddressed: ['excluding returns'] }, { prompt_tokens: 2000, completion_tokens: 100, cached_tokens: 1000 }),
      replies.content(sqlAnswer, { prompt_tokens: 1000, completion_tokens: 200 }),
    ]);
    const prices = { 'gpt-test': { prompt_per_million: 1, completion_per_million: 4, cached_per_million: 0.5 } };
    const llm = model(server, {}, {}, { prices });
    const context = quarterlyRevenueContext();
    const decision = await llm.reflect(context, call({ node: 'reflect' }).options);
    const fixed = await llm.fix(context, call({ node: 'fix' }).options);

    expect(decision).toMatchObject({ strategy: 'fix', reason: 'returns are not subtracted', unaddressed: ['excluding returns'] });
    expect(server.chatRequests()[0]!.body.response_format.json_schema).toMatchObject({ name: 'reflection_decision', schema: jsonSchemaOf(ReflectionAnswerSchema) });
    expect(decision.usage).toEqual({ prompt_tokens: 2000, completion_tokens: 100, cached_tokens: 1000, calls: 1, cost_usd: (1000 * 1 + 1000 * 0.5 + 100 * 4) / 1e6 });
    expect(fixed.usage).toEqual({ prompt_tokens: 1000, completion_tokens: 200, cached_tokens: 0, calls: 1, cost_usd: (1000 * 1 + 200 * 4) / 1e6 });
    const fixPrompt = server.chatRequests()[1]!.body.messages[1].content as string;
    expect(fixPrompt).toContain('reflect (round 1): fix - returns are not subtracted');
    expect(fixPrompt).toContain("date_trunc('quarter', o.order_date)");
  });

  it('compares against expected_sql from the node parameters', async () => {
    const server = await serve([replies.content({ matches: false, differences: ['returns are not excluded'] })]);
    const judgement = await model(server).compare(
      quarterlyRevenueContext(),
      call({ node: 'compare', parameters: { against: 'gold', expected_sql: 'SELECT 42 AS gold_answer' } }).options,
    );
    expect(judgement).toMatchObject({ against: 'gold', matches: false, differences: ['returns are not excluded'] });
    expect(server.chatRequests()[0]!.body.messages[1].content).toContain('## Reference: gold\n```sql\nSELECT 42 AS gold_answer\n```');
  });

  it('shrinks the prompt to the budget and says so', async () => {
    const server = await serve([replies.content(sqlAnswer)]);
    const { options, progress } = call();
    await model(server, {}, { promptBudgetTokens: 300 }).generateSql(quarterlyRevenueContext(), options);
    const prompt = server.chatRequests()[0]!.body.messages[1].content as string;
    const report = progress.find((entry) => entry.message.startsWith('prompt fitted to the budget'))?.data?.prompt as { dropped: string[] };
    expect(report.dropped[0]).toBe('sample rows per table: 3 -> 1');
    expect(prompt).toContain('CREATE TABLE orders (');
    expect(prompt).not.toContain('CREATE TABLE returns (');
    expect(prompt).toContain('## Question\nShow me quarterly revenue trends');
  });
});

describe('OpenAI-compatible provider: faults', () => {
  it('retries a 429 after the server-given retry-after and reports each retry', async () => {
    const server = await serve([replies.rateLimited(1), replies.content(sqlAnswer)]);
    const { options, progress } = call();
    const started = Date.now();
    const result = await model(server).generateSql(californiaContext(), options);
    expect(result.sql).toContain('customers');
    expect(server.chatRequests()).toHaveLength(2);
    expect(server.chatRequests()[1]!.at - server.chatRequests()[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    const [retry] = retries(progress);
    expect(retry).toMatchObject({ attempt: 1 });
    expect(retry!.delay_ms).toBeGreaterThanOrEqual(1000);
    expect(retry!.error).toMatch(/rate limited by http:\/\/127\.0\.0\.1:\d+\/\w+\/v1/);
    expect(progress.find((entry) => entry.data?.retry)!.message).toMatch(/^retry 1\/2 in \d+ ms: rate limited/);
  });

  it('retries 5xx and dropped connections with backoff, then gives up with the last error', async () => {
    const server = await serve([replies.serverError(), replies.drop(), replies.content(sqlAnswer)]);
    const { options, progress } = call();
    await model(server).generateSql(californiaContext(), options);
    expect(retries(progress).map((retry) => retry!.attempt)).toEqual([1, 2]);
    expect(retries(progress)[1]!.error).toMatch(/could not reach|failed/);

    const failing = await serve([replies.serverError(), replies.serverError(), replies.serverError()]);
    const error = await rejection(model(failing).generateSql(californiaContext(), call().options));
    expect(error.kind).toBe('server');
    expect(error.retryable).toBe(true);
    expect(error.message).toContain('failed with 500');
    expect(failing.chatRequests()).toHaveLength(3);
  });

  it('times out a hung request (before or after the headers) and retries it', async () => {
    const server = await serve([replies.hang('headers'), replies.hang('body')]);
    const { options, progress } = call();
    const started = Date.now();
    const error = await rejection(model(server, { timeout_ms: 300, retries: 1 }).generateSql(californiaContext(), options));
    expect(error.kind).toBe('timeout');
    expect(error.message).toContain('within 300 ms; raise models.test.timeout_ms in sluice.yml');
    expect(server.chatRequests()).toHaveLength(2);
    expect(retries(progress)).toHaveLength(1);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out a stream that stalls mid-answer', async () => {
    const server = await serve([replies.hang('body')]);
    const error = await rejection(
      model(server, { timeout_ms: 300, retries: 0 }).generateSql(californiaContext(), call({ parameters: { stream: true } }).options),
    );
    expect(error.kind).toBe('timeout');
    expect(server.chatRequests()[0]!.body.stream).toBe(true);
  });

  it('fails fast on a refused API key with a message that says what to set', async () => {
    const server = await serve([replies.unauthorized()]);
    const { options, progress } = call();
    const error = await rejection(model(server).generateSql(californiaContext(), options));
    expect(error.kind).toBe('auth');
    expect(error.retryable).toBe(false);
    expect(error.message).toBe(
      `the API key was refused by ${server.url} (401: Incorrect API key provided: sk-wrong.); set OPENAI_API_KEY or models.test.api_key in sluice.yml`,
    );
    expect(server.chatRequests()).toHaveLength(1);
    expect(retries(progress)).toHaveLength(0);
  });

  it('fails fast on insufficient_quota, unlike a plain rate limit', async () => {
    const server = await serve([replies.quotaExceeded()]);
    const error = await rejection(model(server).generateSql(californiaContext(), call().options));
    expect(error.kind).toBe('quota');
    expect(error.message).toContain('has no quota left');
    expect(error.message).toContain('add credit to the account or set another api_key');
    expect(server.chatRequests()).toHaveLength(1);
  });

  it('names the missing key before sending anything to OpenAI itself', async () => {
    const llm = createOpenAiModel(
      {
        name: 'gpt',
        config: ModelConfigSchema.parse({ provider: 'openai', model: 'gpt-4o-mini', api_key: '${SLUICE_TEST_UNSET_KEY}' }),
        sluiceConfig: ConfigSchema.parse({}),
        settings: settings(),
      },
      { env: {} },
    );
    const error = await rejection(llm.generateSql(californiaContext(), call().options));
    expect(error.kind).toBe('auth');
    expect(error.message).toContain('SLUICE_TEST_UNSET_KEY is not set');
    expect(error.message).toContain('set OPENAI_API_KEY or models.gpt.api_key in sluice.yml');
  });

  it.each([
    ['waiting for headers', replies.hang('headers'), false],
    ['in the middle of a stream', replies.hang('body'), true],
  ] as const)('aborts the request in flight when the run is cancelled (%s)', async (_label, reply, stream) => {
    const server = await serve([reply]);
    const controller = new AbortController();
    const { options } = call({ signal: controller.signal, parameters: { stream } });
    const started = Date.now();
    const pending = model(server, { timeout_ms: 30_000 }).generateSql(californiaContext(), options);
    await new Promise((resolve) => setTimeout(resolve, 150));
    controller.abort(new Error('run cancelled'));
    await expect(pending).rejects.toThrow('run cancelled');
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.chatRequests()).toHaveLength(1);
    expect(server.chatRequests()[0]!.aborted).toBe(true);
  });
});

describe('OpenAI-compatible provider: structured output', () => {
  it('falls back to JSON mode when the server refuses json_schema, and remembers it', async () => {
    const server = await serve([replies.jsonSchemaUnsupported(), replies.content(sqlAnswer), replies.content(sqlAnswer)]);
    const llm = model(server);
    const { options, progress } = call();
    await llm.generateSql(californiaContext(), options);
    await llm.generateSql(californiaContext(), call().options);
    const formats = server.chatRequests().map((request) => request.body.response_format.type);
    expect(formats).toEqual(['json_schema', 'json_object', 'json_object']);
    expect(progress.some((entry) => entry.data?.structured_output === 'json_object')).toBe(true);
  });

  it('asks once to repair an answer that is not JSON', async () => {
    const server = await serve([
      replies.content('Sure! Here is the query: SELECT * FROM customers', { prompt_tokens: 500, completion_tokens: 10 }),
      replies.content(sqlAnswer, { prompt_tokens: 520, completion_tokens: 30 }),
    ]);
    const { options } = call();
    const result = await model(server).generateSql(californiaContext(), options);
    expect(result.sql).toBe("SELECT * FROM customers WHERE state = 'CA'");
    expect(result.usage).toMatchObject({ prompt_tokens: 1020, completion_tokens: 40, calls: 2 });
    const repair = server.chatRequests()[1]!.body.messages;
    expect(repair.map((message: { role: string }) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(repair[2].content).toBe('Sure! Here is the query: SELECT * FROM customers');
    expect(repair[3].content).toMatch(/^That answer is not valid: it is not JSON/);
  });

  it('writes trace records only with --debug', async () => {
    const server = await serve([replies.content(sqlAnswer)]);
    const { options, trace } = call();
    await model(server, {}, { debug: false }).generateSql(californiaContext(), options);
    expect(trace).toEqual([]);
  });

  it('fails with invalid_output and the raw text in the trace when the repair does not validate either', async () => {
    const wrong = { query: 'SELECT 1', tables: 'customers' };
    const server = await serve([replies.content(wrong), replies.content(wrong)]);
    const { options, trace } = call();
    const error = await rejection(model(server).generateSql(californiaContext(), options));
    expect(error.kind).toBe('invalid_output');
    expect(error.retryable).toBe(false);
    expect(error.message).toContain('does not match the sql_answer schema, even after one repair request');
    expect(error.details.raw).toBe(JSON.stringify(wrong));
    expect(error.usage?.calls).toBe(2);
    expect(server.chatRequests()).toHaveLength(2);
    const results = trace.filter((record) => record.type === 'llm_result');
    expect(results.map((record) => record.step)).toEqual(['answer', 'repair']);
    expect(results[1]!.raw).toBe(JSON.stringify(wrong));
    expect(results[1]!.validation_error).toMatch(/sql/);
    const requests = trace.filter((record) => record.type === 'llm_request');
    expect(requests[0]).toMatchObject({ request: { model: 'gpt-test' }, response: { raw: JSON.stringify(wrong), finish_reason: 'stop' } });
    expect(requests[0]!.latency_ms).toBeGreaterThanOrEqual(0);
  });
});

describe('OpenAI-compatible provider: response cache', () => {
  it('answers an identical temperature-0 call from disk without asking the server', async () => {
    const server = await serve([replies.content(sqlAnswer, { prompt_tokens: 700, completion_tokens: 30 })]);
    const cacheDir = mkdtempSync(join(tmpdir(), 'sluice-cache-'));
    const first = await model(server, {}, { noCache: false, cacheDir }).generateSql(californiaContext(), call().options);
    const { options, progress } = call();
    // A fresh model instance, as in a re-run or a resume.
    const second = await model(server, {}, { noCache: false, cacheDir }).generateSql(californiaContext(), options);

    expect(server.chatRequests()).toHaveLength(1);
    expect(second.sql).toBe(first.sql);
    expect(first.usage).toMatchObject({ prompt_tokens: 700, calls: 1 });
    expect(second.usage).toEqual({ prompt_tokens: 0, completion_tokens: 0, cached_tokens: 0, calls: 0, cost_usd: 0 });
    expect(progress.some((entry) => entry.data?.cache === 'hit')).toBe(true);
    const files = readdirSync(join(cacheDir, 'llm'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f]{64}\.json$/);
  });

  it('skips the cache with --no-cache and for temperature above 0', async () => {
    const server = await serve([replies.content(sqlAnswer), replies.content(sqlAnswer), replies.content(sqlAnswer), replies.content(sqlAnswer)]);
    const cacheDir = mkdtempSync(join(tmpdir(), 'sluice-cache-'));
    for (let i = 0; i < 2; i++) await model(server, {}, { noCache: true, cacheDir }).generateSql(californiaContext(), call().options);
    for (let i = 0; i < 2; i++) await model(server, { temperature: 0.7 }, { noCache: false, cacheDir }).generateSql(californiaContext(), call().options);
    expect(server.chatRequests()).toHaveLength(4);
    expect(existsSync(join(cacheDir, 'llm'))).toBe(false);
  });
});

describe('model configuration', () => {
  it('makes an "openai" model from OPENAI_API_KEY, OPENAI_BASE_URL and SLUICE_MODEL', () => {
    expect(resolveEnvModel({})).toBeUndefined();
    expect(resolveEnvModel({ OPENAI_API_KEY: 'sk-1' })).toMatchObject({
      name: 'openai',
      config: { provider: 'openai', model: 'gpt-4o-mini', api_key: 'sk-1', temperature: 0 },
    });
    expect(resolveEnvModel({ OPENAI_API_KEY: 'sk-1', OPENAI_BASE_URL: 'http://localhost:8000/v1', SLUICE_MODEL: 'qwen' })?.config).toMatchObject({
      model: 'qwen',
      base_url: 'http://localhost:8000/v1',
    });
  });

  it('lists configured models and whether each answers', async () => {
    const server = await serve([replies.content('ok')]);
    const closed = await startFakeOpenAiServer();
    const closedUrl = closed.url;
    await closed.close();
    const config = ConfigSchema.parse({
      models: {
        good: { provider: 'openai', model: 'gpt-test', base_url: server.url, api_key: 'sk-test' },
        down: { provider: 'openai', model: 'gpt-test', base_url: closedUrl, api_key: 'sk-test', timeout_ms: 2000 },
      },
    });
    const out = new PassThrough();
    let text = '';
    out.on('data', (chunk) => (text += chunk));
    const code = await listModels(config, settings({ defaultModel: 'good' }), out, {});
    expect(code).toBe(1);
    const lines = text.trim().split('\n');
    expect(lines[0]).toMatch(/^NAME\s+PROVIDER\s+MODEL\s+BASE_URL\s+STATUS$/);
    expect(lines.find((line) => line.startsWith('offline'))).toMatch(/ok \(local, no network\)/);
    expect(lines.find((line) => line.startsWith('good *'))).toMatch(new RegExp(`gpt-test\\s+${server.url.replace(/\./g, '\\.')}\\s+ok \\d+ ms$`));
    expect(lines.find((line) => line.startsWith('down'))).toMatch(/error: could not reach/);
    const ping = server.chatRequests()[0]!.body;
    expect(ping.max_tokens).toBe(1);
    expect(ping.response_format).toBeUndefined();
  });
});
