import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import type OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isJsonSchemaUnsupported } from '../src/models/openai/classify-model-error.js';
import { postChatCompletion } from '../src/models/openai/direct-chat-post.js';
import { ModelError } from '../src/models/openai/model-error.js';
import { createOpenAiClient, type OpenAiEndpoint } from '../src/models/openai/openai-endpoint.js';
import { sendChatRequest } from '../src/models/openai/send-chat-request.js';

/**
 * A non-streamed chat completion goes out without the SDK's request path (direct-chat-post.ts). Every exchange below
 * is made twice, once each way, against the same loopback server: the server must see the same request, and the
 * caller the same answer or the same error (kind, message, status, retry hint, cause's class).
 */

const completion = (content: string) =>
  JSON.stringify({ id: 'c', object: 'chat.completion', choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }], usage: { prompt_tokens: 12, completion_tokens: 3 } });

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => void;
const ROUTES: Record<string, Handler> = {
  ok: (_q, r) => r.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req-1' }).end(completion('{"sql":"SELECT 1"}')),
  bom: (_q, r) => r.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(`\uFEFF${completion('bom')}`),
  gzip: (_q, r) => r.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(zlib.gzipSync(completion('zipped'))),
  chunked: (_q, r) => {
    r.writeHead(200, { 'content-type': 'application/json' });
    const text = completion('chunked');
    r.write(text.slice(0, 20));
    setTimeout(() => r.end(text.slice(20)), 5);
  },
  text: (_q, r) => r.writeHead(200, { 'content-type': 'text/plain' }).end('hello'),
  notJson: (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('{"choices": [oops'),
  empty: (_q, r) => r.writeHead(200, { 'content-type': 'application/json', 'content-length': '0' }).end(),
  noContent: (_q, r) => r.writeHead(204).end(),
  array: (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('[1,2]'),
  noChoice: (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('{"choices":[]}'),
  server: (_q, r) => r.writeHead(500, { 'content-type': 'application/json', 'retry-after': '2' }).end('{"error":{"message":"boom","type":"server_error"}}'),
  rate: (_q, r) => r.writeHead(429, { 'content-type': 'application/json', 'retry-after-ms': '150' }).end('{"error":{"message":"slow down"}}'),
  quota: (_q, r) => r.writeHead(429, { 'content-type': 'application/json' }).end('{"error":{"message":"no money","code":"insufficient_quota"}}'),
  auth: (_q, r) => r.writeHead(401, { 'content-type': 'text/plain' }).end('bad key'),
  schema: (_q, r) =>
    r.writeHead(400, { 'content-type': 'application/json' }).end('{"error":{"message":"response_format json_schema is not supported","param":"response_format"}}'),
  missing: (_q, r) => r.writeHead(404).end(),
  gzipError: (_q, r) => r.writeHead(503, { 'content-encoding': 'gzip' }).end(zlib.gzipSync('{"error":{"message":"zipped busy"}}')),
  moved: (_q, r) => r.writeHead(307, { location: '/ok/chat/completions' }).end(),
  cut: (_q, r) => {
    r.writeHead(200, { 'content-type': 'application/json', 'content-length': '400' });
    r.write('{"id":"x","choices":[{"mess');
    setTimeout(() => r.socket?.destroy(), 5);
  },
  declaredHuge: (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(completion('x'.repeat(5_000))),
  streamedHuge: (_q, r) => {
    r.writeHead(200, { 'content-type': 'application/json' });
    for (let i = 0; i < 10; i++) r.write('x'.repeat(1_000));
    r.end();
  },
  streamedHugeError: (_q, r) => {
    r.writeHead(502, { 'content-type': 'application/json' });
    for (let i = 0; i < 10; i++) r.write('y'.repeat(1_000));
    r.end();
  },
  hang: () => {},
};

let server: http.Server;
let base = '';
const seen: Array<{ url?: string; method?: string; headers: Record<string, unknown>; body: string }> = [];

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const headers = { ...request.headers };
      delete headers.connection;
      seen.push({ url: request.url, method: request.method, headers, body });
      const route = request.url?.split('/')[1] ?? '';
      (Object.hasOwn(ROUTES, route) ? ROUTES[route]! : ROUTES.missing!)(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

const endpointAt = (baseUrl: string): OpenAiEndpoint => ({
  name: 'test',
  baseUrl,
  baseUrlSource: 'models.test.base_url in sluice.yml',
  model: 'gpt-test',
  apiKey: 'sk-test',
  tokenLimitParameter: 'max_tokens',
});

/** The SDK's path for the same client: a client that logs at `info` is left to the SDK (to a silent logger here). */
function sdkOnly(client: OpenAI): OpenAI {
  client.logger = { error() {}, warn() {}, info() {}, debug() {} };
  client.logLevel = 'info';
  return client;
}

const body = {
  model: 'gpt-test',
  messages: [{ role: 'user' as const, content: 'How many customers?' }],
  temperature: 0,
  response_format: { type: 'json_schema' as const, json_schema: { name: 'sql_answer', strict: true, schema: { type: 'object', properties: {} } } },
};

async function outcome(client: OpenAI, baseUrl: string, timeoutMs = 2_000) {
  const from = seen.length;
  const result = await sendChatRequest(client, endpointAt(baseUrl), body, { signal: new AbortController().signal, timeoutMs, stream: false }).then(
    (answer) => ({ answer: { ...answer, latency_ms: 0 } }),
    (error: unknown) => {
      expect(error).toBeInstanceOf(ModelError);
      const e = error as ModelError;
      const cause = e.details.cause as { constructor?: { name?: string }; status?: unknown } | undefined;
      return {
        error: { kind: e.kind, message: e.message, retryable: e.retryable, status: e.details.status, retryAfterMs: e.details.retryAfterMs, raw: e.details.raw },
        cause: cause?.constructor?.name,
        causeStatus: cause?.status,
        jsonSchemaUnsupported: isJsonSchemaUnsupported(e),
      };
    },
  );
  return { result, requests: seen.slice(from) };
}

describe('a chat completion sent without the SDK request path', () => {
  it('is taken for our clients only while the SDK does not log', async () => {
    const client = createOpenAiClient(endpointAt(`${base}/ok`), 2_000);
    const direct = postChatCompletion(client, body, new AbortController().signal);
    expect(direct).toBeInstanceOf(Promise);
    await direct;
    expect(postChatCompletion(sdkOnly(createOpenAiClient(endpointAt(`${base}/ok`), 2_000)), body, new AbortController().signal)).toBeUndefined();
  });

  it.each(Object.keys(ROUTES).filter((route) => route !== 'hang'))('%s: the same request, and the same answer or error, as the SDK path', async (route) => {
    const max = route.endsWith('Huge') || route.endsWith('HugeError') ? 4_000 : undefined;
    const direct = await outcome(createOpenAiClient(endpointAt(`${base}/${route}`), 2_000, max), `${base}/${route}`);
    const sdk = await outcome(sdkOnly(createOpenAiClient(endpointAt(`${base}/${route}`), 2_000, max)), `${base}/${route}`);
    expect(direct.result).toEqual(sdk.result);
    // A redirect is left to the SDK's path, which asks the redirecting URL once more before following it.
    expect(route === 'moved' ? direct.requests.slice(1) : direct.requests).toEqual(sdk.requests);
    expect(direct.requests[0]?.body).toBe(JSON.stringify({ ...body, stream: false }));
  });

  it('no server: the same connection error', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/v1`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const direct = await outcome(createOpenAiClient(endpointAt(url), 2_000), url);
    const sdk = await outcome(sdkOnly(createOpenAiClient(endpointAt(url), 2_000)), url);
    expect(direct.result).toEqual(sdk.result);
    expect((direct.result as { error: { kind: string } }).error.kind).toBe('connection');
  });

  it('a server that never answers: the same timeout', async () => {
    const direct = await outcome(createOpenAiClient(endpointAt(`${base}/hang`), 300), `${base}/hang`, 300);
    const sdk = await outcome(sdkOnly(createOpenAiClient(endpointAt(`${base}/hang`), 300)), `${base}/hang`, 300);
    expect(direct.result).toEqual(sdk.result);
    expect((direct.result as { error: { kind: string } }).error.kind).toBe('timeout');
  });

  it('reads the answer and its request id as the SDK does', async () => {
    const client = createOpenAiClient(endpointAt(`${base}/ok`), 2_000);
    const value = (await postChatCompletion(client, { ...body, stream: false }, new AbortController().signal)) as { _request_id?: string };
    expect(value._request_id).toBe('req-1');
    expect(Object.keys(value)).not.toContain('_request_id');
  });
});
