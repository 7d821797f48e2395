import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ConfigSchema, ModelConfigSchema } from '../src/config/config-schema.js';
import { ModelError } from '../src/models/openai/model-error.js';
import { createOpenAiModel } from '../src/models/openai/openai-model.js';
import type { ModelCallOptions } from '../src/models/sql-model.js';
import { countTokens } from '../src/prompt/count-tokens.js';
import { replies, startFakeOpenAiServer, type FakeOpenAiServer, type FakeReply } from './helpers/fake-openai-server.js';
import { californiaContext } from './helpers/prompt-contexts.js';

/**
 * Upper bounds prove that a fault ends instead of hanging (a hang would run for minutes, the old tokeniser took
 * 121 s); they are not speed goals. CI machines are shared, so a bound is several times the unloaded time.
 */
const BOUND_MS = 4000;

/**
 * Every way a model server can misbehave ends in a retry or in one line of error, within a time bound and
 * without reading an unbounded answer into memory.
 */

const servers: FakeOpenAiServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const sqlAnswer = { sql: 'SELECT 1', explanation: 'one', tables_used: [] };
const completion = (message: unknown) =>
  JSON.stringify({ id: 'x', object: 'chat.completion', choices: [{ index: 0, message, finish_reason: 'stop' }] });

async function ask(script: FakeReply[], config: Partial<z.input<typeof ModelConfigSchema>> = {}, parameters: Record<string, unknown> = {}) {
  const server = await startFakeOpenAiServer({ script });
  servers.push(server);
  const model = createOpenAiModel(
    {
      name: 'test',
      config: ModelConfigSchema.parse({ provider: 'openai', model: 'gpt-test', base_url: server.url, api_key: 'sk-test', timeout_ms: 1500, retries: 1, ...config }),
      sluiceConfig: ConfigSchema.parse({}),
      settings: {
        queryTimeoutMs: 1000,
        maxRows: 100,
        promptBudgetTokens: 6000,
        nodeTimeoutMs: 10_000,
        nodeRetries: 0,
        defaultModel: 'test',
        cacheDir: mkdtempSync(join(tmpdir(), 'sluice-fault-cache-')),
        debug: true,
        noCache: true,
      },
    },
    { retry: { baseDelayMs: 10, maxDelayMs: 40 } },
  );
  const progress: string[] = [];
  const trace: Array<Record<string, unknown>> = [];
  const options: ModelCallOptions = {
    signal: new AbortController().signal,
    dialect: 'duckdb',
    node: 'generate_sql',
    parameters,
    progress: (message) => progress.push(message),
    trace: (record) => trace.push(record),
  };
  const started = performance.now();
  const outcome = await model.generateSql(californiaContext(), options).then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  return { ...outcome, ms: performance.now() - started, server, progress, trace };
}

function oneLineModelError(error: unknown, kind: string): ModelError {
  expect(error).toBeInstanceOf(ModelError);
  const modelError = error as ModelError;
  expect(modelError.kind).toBe(kind);
  expect(modelError.message).not.toContain('\n');
  expect(modelError.message.length).toBeLessThan(600);
  expect(modelError.message).not.toMatch(/Cannot read properties|undefined \(reading/);
  return modelError;
}

describe('model-fault matrix against a loopback server', () => {
  it('429 with retry-after: waits as asked, then succeeds', async () => {
    const run = await ask([replies.rateLimited(0.2), replies.content(sqlAnswer)]);
    expect(run.error).toBeUndefined();
    expect(run.value?.sql).toBe('SELECT 1');
    expect(run.server.chatRequests()).toHaveLength(2);
    expect(run.ms).toBeGreaterThanOrEqual(200);
    expect(run.ms).toBeLessThan(BOUND_MS * 5);
  });

  it('500 then 503: retried, and the last failure is one line when retries run out', async () => {
    const run = await ask([replies.serverError(), { status: 503, error: { message: 'overloaded' } }]);
    expect(run.server.chatRequests()).toHaveLength(2);
    expect(oneLineModelError(run.error, 'server').message).toContain('503');
    expect(run.ms).toBeLessThan(BOUND_MS * 5);
  });

  it('a server that never answers: timeout_ms bounds every attempt', async () => {
    const run = await ask([replies.hang('headers'), replies.hang('body')], { timeout_ms: 400 });
    expect(oneLineModelError(run.error, 'timeout').message).toContain('within 400 ms');
    expect(run.ms).toBeLessThan(BOUND_MS * 3);
  });

  it('the socket closed mid-body: a connection fault, retried, then one line', async () => {
    const run = await ask([{ cut: '{"id":"x","choices":[{"mess' }, { cut: '{"id":' }]);
    expect(run.server.chatRequests()).toHaveLength(2);
    const error = run.error as ModelError;
    expect(error).toBeInstanceOf(ModelError);
    expect(error.retryable).toBe(true);
    expect(error.message).not.toContain('\n');
  });

  it('a body that is not JSON: the server\'s fault, not retried', async () => {
    const run = await ask([replies.rawJson('{"choices": [oops'), replies.content(sqlAnswer)]);
    expect(oneLineModelError(run.error, 'bad_response').message).toMatch(/not JSON/);
    expect(run.server.chatRequests()).toHaveLength(1);
  });

  it.each([
    ['choices without message', completion(undefined)],
    ['choices is a string', JSON.stringify({ choices: 'nope' })],
    ['content is a number', completion({ role: 'assistant', content: 42 })],
    ['no choices at all', JSON.stringify({ id: 'x' })],
    ['a JSON array', '[1,2,3]'],
  ])('schema mismatch (%s): one line naming the field, not retried', async (_name, body) => {
    const run = await ask([replies.rawJson(body), replies.content(sqlAnswer)]);
    expect(oneLineModelError(run.error, 'bad_response').message).toContain('did not answer with a chat completion');
    expect(run.server.chatRequests()).toHaveLength(1);
  });

  it('empty choices: one line', async () => {
    const run = await ask([replies.rawJson(JSON.stringify({ choices: [] }))]);
    expect(oneLineModelError(run.error, 'bad_response').message).toContain('without any choice');
  });

  it('a 10 MB body: cut at max_response_bytes with bounded memory', async () => {
    const huge = completion({ role: 'assistant', content: 'q'.repeat(10_000_000) });
    const before = process.memoryUsage().heapUsed;
    const run = await ask([replies.rawJson(huge)]);
    const error = oneLineModelError(run.error, 'bad_response');
    expect(error.message).toContain('sent more than 4 MB');
    expect(error.message).toContain('max_response_bytes');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(200 * 1024 * 1024);
    expect(run.ms).toBeLessThan(BOUND_MS * 5);
  });

  it('a streamed answer past max_response_bytes is cut too', async () => {
    const run = await ask([{ content: 'x'.repeat(300_000), chunk_size: 50_000 }], { max_response_bytes: 100_000 }, { stream: true });
    expect(oneLineModelError(run.error, 'bad_response').message).toContain('sent more than');
  });

  it('no usage: tokens are counted locally and quickly, even for a pathological answer', async () => {
    const answer = { ...sqlAnswer, explanation: 'q'.repeat(200_000) };
    const run = await ask([{ content: answer, usage: null }]);
    expect(run.error).toBeUndefined();
    const request = run.trace.find((record) => record.type === 'llm_request');
    expect(request?.usage_estimated).toBe(true);
    expect(run.ms).toBeLessThan(BOUND_MS * 3);
  });

  it('a slow stream: timeout_ms covers the whole body, not just the headers', async () => {
    const run = await ask([{ content: sqlAnswer, chunk_size: 4, chunk_delay_ms: 60 }, { content: sqlAnswer, chunk_size: 4, chunk_delay_ms: 60 }], { timeout_ms: 400 }, { stream: true });
    expect(oneLineModelError(run.error, 'timeout').message).toContain('within 400 ms');
    expect(run.ms).toBeLessThan(BOUND_MS * 3);
  });
});

describe('countTokens stays fast on any text', () => {
  it.each([
    ['one letter repeated', 'q'.repeat(40_000)],
    ['10 MB of one letter', 'q'.repeat(10_000_000)],
    ['spaces', ' '.repeat(100_000)],
    ['punctuation', '!'.repeat(100_000)],
    ['a 9,990-character task', 'qwertyuiop'.repeat(999)],
  ])('%s', (_name, text) => {
    const started = performance.now();
    const tokens = countTokens(text);
    expect(performance.now() - started).toBeLessThan(BOUND_MS / 2);
    expect(tokens).toBeGreaterThan(text.length / 20);
  });

  it('counts ordinary text exactly', () => {
    expect(countTokens('SELECT name FROM customers WHERE state = \'CA\'')).toBeLessThan(20);
  });
});
