import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real HTTP server on 127.0.0.1 that speaks enough of the OpenAI chat-completions protocol for tests:
 * scripted answers (as JSON, or as server-sent events when the request asks for `stream: true`), usage fields,
 * errors with headers, hangs and dropped connections. Every request is recorded with its parsed body.
 */

export interface FakeUsage {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens?: number;
}

export interface FakeRequest {
  /** 0-based, in arrival order. */
  index: number;
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (undefined for GET). */
  body: any;
  at: number;
  /** True when the client closed the connection before the answer was complete (cancel, timeout). */
  aborted: boolean;
}

export type FakeReply =
  /** A completion whose message content is `content` (objects are sent as JSON text). */
  | {
      content: string | object;
      usage?: FakeUsage | null;
      finish_reason?: 'stop' | 'length' | 'content_filter';
      /** Wait this long before answering. */
      delay_ms?: number;
      /** Characters per SSE chunk when streaming (default 8). */
      chunk_size?: number;
      /** Pause between SSE chunks when streaming. */
      chunk_delay_ms?: number;
    }
  /** An HTTP error with OpenAI's error body shape, or a raw body. */
  | {
      status: number;
      error?: { message: string; type?: string; code?: string | null; param?: string | null };
      body?: string | object;
      headers?: Record<string, string>;
    }
  /** Never answers ('headers'), or sends headers and a first chunk then stalls ('body'). */
  | { hang: 'headers' | 'body' }
  /** Destroys the connection without an answer. */
  | { drop: true }
  /** Sends a 200 with the start of a JSON body, then destroys the connection. */
  | { cut: string };

export type FakeScript = FakeReply[] | ((request: FakeRequest) => FakeReply | Promise<FakeReply>);

export interface FakeOpenAiServer {
  /**
   * Base URL including /v1, for `base_url` or OPENAI_BASE_URL. It starts with a path of this server's own, so no
   * two servers share one: a cached model answer is keyed by the URL, and the system hands out the same port again
   * (an earlier run's, or another test process's), which would serve a stale answer from the shared test cache.
   */
  url: string;
  requests: FakeRequest[];
  /** Only the POST /v1/chat/completions requests. */
  chatRequests(): FakeRequest[];
  /** Appends replies to a queue script. */
  push(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

export interface FakeOpenAiServerOptions {
  script?: FakeScript;
  /** Model ids listed by GET /v1/models. */
  models?: string[];
}

/** Ready-made replies for the usual cases. */
export const replies = {
  content: (content: string | object, usage?: FakeUsage): FakeReply => ({ content, usage }),
  rateLimited: (retryAfterSeconds: number): FakeReply => ({
    status: 429,
    error: { message: 'Rate limit reached for requests', type: 'requests', code: 'rate_limit_exceeded' },
    headers: { 'retry-after': String(retryAfterSeconds) },
  }),
  quotaExceeded: (): FakeReply => ({
    status: 429,
    error: {
      message: 'You exceeded your current quota, please check your plan and billing details.',
      type: 'insufficient_quota',
      code: 'insufficient_quota',
    },
  }),
  unauthorized: (): FakeReply => ({
    status: 401,
    error: { message: 'Incorrect API key provided: sk-wrong.', type: 'invalid_request_error', code: 'invalid_api_key' },
  }),
  serverError: (): FakeReply => ({ status: 500, error: { message: 'The server had an error while processing your request.', type: 'server_error' } }),
  jsonSchemaUnsupported: (): FakeReply => ({
    status: 400,
    error: { message: "response_format type 'json_schema' is not supported by this model", type: 'invalid_request_error', param: 'response_format' },
  }),
  hang: (where: 'headers' | 'body' = 'headers'): FakeReply => ({ hang: where }),
  drop: (): FakeReply => ({ drop: true }),
  /** A 200 whose body is `body` as is, sent as application/json (invalid JSON, wrong shapes, huge answers). */
  rawJson: (body: string): FakeReply => ({ status: 200, body, headers: { 'content-type': 'application/json' } }),
};

export async function startFakeOpenAiServer(options: FakeOpenAiServerOptions = {}): Promise<FakeOpenAiServer> {
  const queue: FakeReply[] = Array.isArray(options.script) ? [...options.script] : [];
  const scriptFn = typeof options.script === 'function' ? options.script : undefined;
  const requests: FakeRequest[] = [];
  const own = `/${randomUUID().slice(0, 8)}`;

  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const request: FakeRequest = {
      index: requests.length,
      method: req.method ?? 'GET',
      path: withoutOwnPrefix((req.url ?? '/').split('?')[0]!, own),
      headers: req.headers,
      body: text ? safeJson(text) : undefined,
      at: Date.now(),
      aborted: false,
    };
    requests.push(request);
    res.on('close', () => {
      if (!res.writableFinished) request.aborted = true;
    });

    if (request.method === 'GET' && request.path === '/v1/models') {
      return sendJson(res, 200, {
        object: 'list',
        data: (options.models ?? ['gpt-test']).map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })),
      });
    }
    if (request.method !== 'POST' || request.path !== '/v1/chat/completions') {
      return sendJson(res, 404, { error: { message: `fake-openai-server: no route ${request.method} ${request.path}`, type: 'invalid_request_error' } });
    }
    const reply = scriptFn ? await scriptFn(request) : queue.shift();
    if (!reply) {
      return sendJson(res, 418, {
        error: { message: `fake-openai-server: no scripted reply left for request #${request.index}`, type: 'invalid_request_error' },
      });
    }
    await answer(res, request, reply);
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${own}/v1`,
    requests,
    chatRequests: () => requests.filter((request) => request.path === '/v1/chat/completions'),
    push: (...more) => queue.push(...more),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function answer(res: ServerResponse, request: FakeRequest, reply: FakeReply): Promise<void> {
  if ('drop' in reply) {
    res.socket?.destroy();
    return;
  }
  if ('cut' in reply) {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(reply.cut, () => res.socket?.destroy());
    return;
  }
  if ('hang' in reply) {
    if (reply.hang === 'body') {
      res.writeHead(200, { 'content-type': request.body?.stream ? 'text/event-stream' : 'application/json' });
      res.write(request.body?.stream ? `data: ${JSON.stringify(chunk(request, { role: 'assistant', content: '{' }, null))}\n\n` : '{"id":');
    }
    return;
  }
  if ('status' in reply) {
    const body = reply.body ?? { error: { type: null, code: null, param: null, ...reply.error } };
    res.writeHead(reply.status, { 'content-type': typeof body === 'string' ? 'text/plain' : 'application/json', ...reply.headers });
    res.end(typeof body === 'string' ? body : JSON.stringify(body));
    return;
  }
  if (reply.delay_ms) await new Promise((resolve) => setTimeout(resolve, reply.delay_ms));
  if (res.destroyed) return;
  const content = typeof reply.content === 'string' ? reply.content : JSON.stringify(reply.content);
  const usage = reply.usage === null ? undefined : usageBody(reply.usage ?? defaultUsage(request, content));
  const finish = reply.finish_reason ?? 'stop';
  if (!request.body?.stream) {
    sendJson(res, 200, {
      id: `chatcmpl-fake-${request.index}`,
      object: 'chat.completion',
      created: Math.floor(request.at / 1000),
      model: request.body?.model ?? 'gpt-test',
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: finish, logprobs: null }],
      ...(usage ? { usage } : {}),
    });
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const size = Math.max(1, reply.chunk_size ?? 8);
  res.write(`data: ${JSON.stringify(chunk(request, { role: 'assistant', content: '' }, null))}\n\n`);
  for (let at = 0; at < content.length; at += size) {
    if (reply.chunk_delay_ms) await new Promise((resolve) => setTimeout(resolve, reply.chunk_delay_ms));
    if (res.destroyed) return;
    res.write(`data: ${JSON.stringify(chunk(request, { content: content.slice(at, at + size) }, null))}\n\n`);
  }
  res.write(`data: ${JSON.stringify(chunk(request, {}, finish))}\n\n`);
  if (usage && request.body?.stream_options?.include_usage) {
    res.write(`data: ${JSON.stringify({ ...chunk(request, {}, null), choices: [], usage })}\n\n`);
  }
  res.end('data: [DONE]\n\n');
}

function chunk(request: FakeRequest, delta: Record<string, unknown>, finish: string | null) {
  return {
    id: `chatcmpl-fake-${request.index}`,
    object: 'chat.completion.chunk',
    created: Math.floor(request.at / 1000),
    model: request.body?.model ?? 'gpt-test',
    choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }],
  };
}

function usageBody(usage: FakeUsage) {
  return {
    prompt_tokens: usage.prompt_tokens,
    completion_tokens: usage.completion_tokens,
    total_tokens: usage.prompt_tokens + usage.completion_tokens,
    prompt_tokens_details: { cached_tokens: usage.cached_tokens ?? 0 },
  };
}

/** About four characters a token: deterministic, close enough for tests that do not script usage. */
function defaultUsage(request: FakeRequest, content: string): FakeUsage {
  const promptChars = ((request.body?.messages ?? []) as Array<{ content?: unknown }>).reduce(
    (sum, message) => sum + (typeof message.content === 'string' ? message.content.length : 0),
    0,
  );
  return { prompt_tokens: Math.ceil(promptChars / 4), completion_tokens: Math.ceil(content.length / 4) };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function withoutOwnPrefix(path: string, own: string): string {
  return path.startsWith(`${own}/`) ? path.slice(own.length) : path;
}
