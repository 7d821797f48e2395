import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { ownEntry } from '../../own-entry.js';

/** Connections to the model server stay open between calls, as fetch's do. */
const agents = { 'http:': new http.Agent({ keepAlive: true }), 'https:': new https.Agent({ keepAlive: true }) };
const NO_BODY_STATUS = new Set([101, 204, 205, 304]);
const REDIRECT_STATUS = new Set([301, 302, 303, 307, 308]);
const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: () => zlib.createGunzip(),
  'x-gzip': () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/**
 * fetch for the model client over node:http(s) with keep-alive: about half the CPU per call of the built-in fetch on
 * loopback, which a batch of thousands of calls on one thread feels. What it does not cover (a Request object, a
 * streamed or form body, a redirect) goes to the built-in fetch.
 */
export function httpFetch(input: string | URL | Request, init: RequestInit = {}): Promise<Response> {
  const body = init.body;
  if (input instanceof Request || !(body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array)) return fetch(input, init);
  const url = new URL(input);
  const transport = transportFor(url);
  if (!transport) return fetch(input, init);
  return send(url, init, body ?? undefined, transport).then((response) => response ?? fetch(input, init));
}

/** The keep-alive agent and module for an http: or https: URL; undefined for any other scheme. */
export function transportFor(url: URL): { agent: http.Agent; module: typeof http | typeof https } | undefined {
  const agent = ownEntry(agents, url.protocol);
  return agent ? { agent, module: url.protocol === 'https:' ? https : http } : undefined;
}

/** One request over the keep-alive transport: the response once its headers are in, or the request's error. */
export function sendRequest(
  url: URL,
  method: string,
  headers: Record<string, string>,
  body: string | Uint8Array | undefined,
  signal: AbortSignal | undefined,
  transport: { agent: http.Agent; module: typeof http | typeof https },
): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = transport.module.request(url, { method, headers, agent: transport.agent, signal }, resolve);
    // Like fetch, no resend: a kept-alive connection is dropped before the server's keep-alive hint runs out.
    request.on('error', reject);
    request.end(body);
  });
}

/** The body as fetch gives it (decoded, so without its content-encoding and declared length) and the headers to match. */
export function decodedBody(incoming: http.IncomingMessage): { stream: Readable; headers: Headers } {
  const headers = new Headers();
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
  const decode = ownEntry(DECODERS, (incoming.headers['content-encoding'] ?? '').trim().toLowerCase());
  if (!decode) return { stream: incoming, headers };
  const stream = incoming.pipe(decode()) as unknown as Readable;
  incoming.on('error', (error) => stream.destroy(error));
  headers.delete('content-encoding');
  headers.delete('content-length');
  return { stream, headers };
}

async function send(
  url: URL,
  init: RequestInit,
  body: string | Uint8Array | undefined,
  transport: { agent: http.Agent; module: typeof http | typeof https },
): Promise<Response | undefined> {
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => (headers[name] = value));
  const method = init.method ?? 'GET';
  const incoming = await sendRequest(url, method, headers, body, init.signal ?? undefined, transport);
  const status = incoming.statusCode ?? 500;
  if (REDIRECT_STATUS.has(status)) {
    incoming.resume();
    return undefined;
  }
  const { stream, headers: responseHeaders } = decodedBody(incoming);
  const hasBody = method !== 'HEAD' && !NO_BODY_STATUS.has(status);
  if (!hasBody) incoming.resume();
  return new Response(hasBody ? (Readable.toWeb(stream) as ReadableStream<Uint8Array>) : null, { status, statusText: incoming.statusMessage, headers: responseHeaders });
}
