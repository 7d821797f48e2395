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
  const agent = agents[url.protocol as keyof typeof agents];
  if (!agent) return fetch(input, init);
  return send(url, init, body ?? undefined, agent).then((response) => response ?? fetch(input, init));
}

function send(url: URL, init: RequestInit, body: string | Uint8Array | undefined, agent: http.Agent): Promise<Response | undefined> {
  const headers: Record<string, string> = {};
  new Headers(init.headers).forEach((value, name) => (headers[name] = value));
  const method = init.method ?? 'GET';
  return new Promise((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, { method, headers, agent, signal: init.signal ?? undefined }, (incoming) => {
      const status = incoming.statusCode ?? 500;
      if (REDIRECT_STATUS.has(status)) {
        incoming.resume();
        return resolve(undefined);
      }
      const responseHeaders = new Headers();
      for (let i = 0; i < incoming.rawHeaders.length; i += 2) responseHeaders.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
      const decode = ownEntry(DECODERS, (incoming.headers['content-encoding'] ?? '').trim().toLowerCase());
      let stream: Readable = incoming;
      if (decode) {
        // As fetch does: the body comes decoded, so its length is no longer the declared one.
        stream = incoming.pipe(decode()) as unknown as Readable;
        incoming.on('error', (error) => stream.destroy(error));
        responseHeaders.delete('content-encoding');
        responseHeaders.delete('content-length');
      }
      const hasBody = method !== 'HEAD' && !NO_BODY_STATUS.has(status);
      if (!hasBody) incoming.resume();
      resolve(new Response(hasBody ? (Readable.toWeb(stream) as ReadableStream<Uint8Array>) : null, { status, statusText: incoming.statusMessage, headers: responseHeaders }));
    });
    // Like fetch, no resend: a kept-alive connection is dropped before the server's keep-alive hint runs out.
    request.on('error', reject);
    request.end(body);
  });
}
