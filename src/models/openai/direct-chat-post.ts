import type http from 'node:http';
import type { Readable } from 'node:stream';
import type OpenAI from 'openai';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { decodedBody, sendRequest, transportFor } from './http-fetch.js';
import type { ModelError } from './model-error.js';

/** What a client made by `createOpenAiClient` may send directly: its body limit and the error for a body past it. */
interface DirectSpec {
  maxBytes: number;
  tooLarge: (bytes: number) => ModelError;
  /** The SDK's own request for a chat completion, with its headers, taken once (see `route`). */
  route?: Promise<Route | undefined>;
}

interface Route {
  url: URL;
  headers: Record<string, string>;
  transport: ReturnType<typeof transportFor> & object;
}

const specs = new WeakMap<OpenAI, DirectSpec>();

/** Marks a client whose non-streamed chat completions `postChatCompletion` may send without the SDK's request path. */
export function allowDirectPosts(client: OpenAI, maxBytes: number, tooLarge: (bytes: number) => ModelError): void {
  specs.set(client, { maxBytes, tooLarge });
}

/** The SDK logs requests and responses at `info` and `debug` (OPENAI_LOG): such a client keeps the SDK's path. */
const QUIET_LEVELS = new Set(['off', 'error', 'warn']);

/** Not sent: the server redirected, which the SDK's path follows (through the built-in fetch) instead. */
export const REDIRECTED = Symbol('redirected');

/**
 * One non-streamed chat completion, sent as `client.chat.completions.create` sends it (the same URL, headers and
 * JSON body, over the same keep-alive transport) and read as the SDK reads it, without the SDK's per-call request
 * building, logging objects and web streams: ~1.1 → ~0.3 ms of CPU per call on loopback, two calls per question.
 * Every outcome is what the SDK path gives: a parsed body (with its non-enumerable `_request_id`), or the same error
 * class built from the same parts (`APIError.generate` for a status, `APIConnectionError`/`APIConnectionTimeoutError`
 * for a failed exchange, the body reader's own error mid-body, the client's `tooLarge` past max_response_bytes);
 * tests/openai-direct-post.test.ts holds both paths to the same answers and errors. Undefined when the client is not
 * one of ours, logs, or points at a URL the transport does not cover: the caller then takes the SDK's path.
 */
export function postChatCompletion(client: OpenAI, body: object, signal: AbortSignal): Promise<unknown> | undefined {
  const spec = specs.get(client);
  if (!spec || !QUIET_LEVELS.has(client.logLevel ?? 'off')) return undefined;
  spec.route ??= routeOf(client);
  return spec.route.then((route) => (route ? exchange(route, spec, JSON.stringify(body), signal) : undefined));
}

/** The URL and headers the SDK builds for a chat completion: the same for every call of a client (no retries of its own, one timeout). */
async function routeOf(client: OpenAI): Promise<Route | undefined> {
  const { req, url } = await client.buildRequest({ method: 'post', path: '/chat/completions', body: {}, stream: false, __security: { bearerAuth: true } });
  const target = new URL(url);
  const transport = transportFor(target);
  if (!transport || req.body !== '{}') return undefined;
  const headers: Record<string, string> = {};
  new Headers(req.headers).forEach((value, name) => (headers[name] = value));
  return { url: target, headers, transport };
}

async function exchange(route: Route, spec: DirectSpec, text: string, signal: AbortSignal): Promise<unknown> {
  let incoming: http.IncomingMessage | undefined;
  try {
    incoming = await sendRequest(route.url, 'POST', route.headers, text, signal, route.transport);
  } catch (error) {
    throw signal.aborted ? new APIUserAbortError() : connectionError(error);
  }
  const status = incoming.statusCode ?? 500;
  if (status === 301 || status === 302 || status === 303 || status === 307 || status === 308) {
    incoming.resume();
    return REDIRECTED;
  }
  const { stream, headers } = decodedBody(incoming);
  const declared = Number(headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > spec.maxBytes) {
    stream.destroy();
    throw connectionError(spec.tooLarge(declared));
  }
  const limit = Number.isFinite(declared) ? Number.POSITIVE_INFINITY : spec.maxBytes;
  if (status < 200 || status > 299) {
    const errorText = await readText(stream, limit, spec).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
    const errorJson = safeJson(errorText);
    throw APIError.generate(status, errorJson as object | undefined, errorJson ? undefined : errorText, headers);
  }
  if (status === 204) {
    stream.resume();
    return null;
  }
  const mediaType = headers.get('content-type')?.split(';')[0]?.trim();
  const isJson = mediaType?.includes('application/json') || mediaType?.endsWith('+json');
  if (!isJson) return readText(stream, limit, spec);
  if (headers.get('content-length') === '0') {
    stream.resume();
    return undefined;
  }
  const value: unknown = JSON.parse(await readText(stream, limit, spec));
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.defineProperty(value, '_request_id', { value: headers.get('x-request-id'), enumerable: false });
}

/** The body as text, as `Response.text()` decodes it (UTF-8, a leading byte-order mark dropped), stopped past `limit` bytes. */
function readText(stream: Readable, limit: number, spec: DirectSpec): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let seen = 0;
    stream.on('data', (chunk: Buffer) => {
      seen += chunk.byteLength;
      if (seen > limit) {
        stream.destroy();
        reject(spec.tooLarge(seen));
      } else chunks.push(chunk);
    });
    stream.on('error', reject);
    stream.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      resolve(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    });
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** What the SDK throws when its fetch fails before an answer (`makeRequest`): a timeout by name or wording, else a connection error. */
function connectionError(error: unknown): APIError {
  const cause = error instanceof Error ? error : new Error(String(error));
  const isTimeout = cause.name === 'AbortError' || /timed? ?out/i.test(String(cause) + ('cause' in cause ? String(cause.cause) : ''));
  return isTimeout ? new APIConnectionTimeoutError() : new APIConnectionError({ cause });
}
