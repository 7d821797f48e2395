import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { VERSION } from 'openai/version';
import { DECODERS, keepAliveAgents, REDIRECT_STATUS } from './http-fetch.js';
import type { ModelError } from './model-error.js';
import type { OpenAiEndpoint } from './openai-endpoint.js';

/** What the direct path sends besides the body; the OpenAI client reads the organisation and project from the same variables. */
export interface DirectPostOptions {
  signal: AbortSignal;
  maxResponseBytes: number;
  tooLarge: (bytes: number) => ModelError;
  env?: NodeJS.ProcessEnv;
}

/** The answer of a redirecting server, which only the OpenAI client's fetch follows. */
export const REDIRECTED = Symbol('redirected');

/**
 * One non-streamed chat completion posted over node:http(s) with keep-alive, its JSON body returned as the OpenAI
 * client would return it: a 2xx JSON body parsed (`undefined` for an empty one, null for 204), any other body as text,
 * and a failed status or connection thrown as the client's own APIError / APIConnectionError, so error handling
 * downstream is the same. It costs a third of the client's CPU per call (request options, headers, logging, a web
 * Response and its streams), which a batch of thousands of calls on one thread feels. A redirect returns REDIRECTED
 * (the caller then asks through the client, whose fetch follows it).
 */
export function postChatCompletion(endpoint: OpenAiEndpoint, body: string, options: DirectPostOptions): Promise<unknown> {
  const url = new URL(`${endpoint.baseUrl}/chat/completions`);
  const agent = keepAliveAgents[url.protocol as keyof typeof keepAliveAgents];
  if (!agent) return Promise.resolve(REDIRECTED);
  const env = options.env ?? process.env;
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/json',
    authorization: `Bearer ${endpoint.apiKey}`,
    // Servers and proxies that look at the client see the one they would have seen.
    'user-agent': `OpenAI/JS ${VERSION}`,
    ...(env.OPENAI_ORG_ID ? { 'openai-organization': env.OPENAI_ORG_ID } : {}),
    ...(env.OPENAI_PROJECT_ID ? { 'openai-project': env.OPENAI_PROJECT_ID } : {}),
  };
  return new Promise<unknown>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, { method: 'POST', headers, agent, signal: options.signal }, (incoming) => {
      const status = incoming.statusCode ?? 500;
      if (REDIRECT_STATUS.has(status)) {
        incoming.resume();
        resolve(REDIRECTED);
        return;
      }
      readBody(incoming, options).then((bytes) => {
        const text = new TextDecoder().decode(bytes);
        if (status < 200 || status >= 300) {
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          reject(APIError.generate(status, json as object | undefined, json ? undefined : text, webHeaders(incoming)));
          return;
        }
        if (status === 204) return resolve(null);
        const mediaType = incoming.headers['content-type']?.split(';')[0]?.trim();
        if (!(mediaType?.includes('application/json') || mediaType?.endsWith('+json'))) return resolve(text);
        if (incoming.headers['content-length'] === '0') return resolve(undefined);
        resolve(JSON.parse(text));
      }).catch(reject);
    });
    // As the client does with what fetch throws: a failed connection is its APIConnectionError.
    request.on('error', (error) => {
      if (options.signal.aborted) reject(error);
      else if (/timed? ?out/i.test(String(error) + String((error as { cause?: unknown }).cause ?? ''))) reject(new APIConnectionTimeoutError());
      else reject(new APIConnectionError({ cause: error }));
    });
    request.end(body);
  });
}

/** The body, decoded, read no further than `maxResponseBytes` (declared or counted). */
async function readBody(incoming: http.IncomingMessage, options: DirectPostOptions): Promise<Uint8Array> {
  const declared = Number(incoming.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxResponseBytes) {
    incoming.destroy();
    throw options.tooLarge(declared);
  }
  const decode = DECODERS[(incoming.headers['content-encoding'] ?? '').trim().toLowerCase()];
  let stream: Readable = incoming;
  if (decode) {
    stream = incoming.pipe(decode()) as unknown as Readable;
    incoming.on('error', (error) => stream.destroy(error));
  }
  const chunks: Buffer[] = [];
  let seen = 0;
  for await (const chunk of stream) {
    seen += (chunk as Buffer).byteLength;
    if (seen > options.maxResponseBytes) {
      stream.destroy();
      incoming.destroy();
      throw options.tooLarge(seen);
    }
    chunks.push(chunk as Buffer);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
}

function webHeaders(incoming: http.IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < incoming.rawHeaders.length; i += 2) headers.append(incoming.rawHeaders[i]!, incoming.rawHeaders[i + 1]!);
  return headers;
}
