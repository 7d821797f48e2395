import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { httpFetch } from '../src/models/openai/http-fetch.js';

/** The model client's transport (node:http with keep-alive) against a real loopback server: what fetch would do. */
let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handler: http.RequestListener): Promise<{ url: string; sockets: () => number }> {
  let sockets = 0;
  server = http.createServer(handler);
  server.on('connection', () => sockets++);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sockets: () => sockets };
}

describe('httpFetch', () => {
  it('posts the body and headers, and reuses one connection for calls in a row', async () => {
    const seen: Array<{ body: string; auth?: string; type?: string }> = [];
    const { url, sockets } = await serve((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ body, auth: request.headers.authorization, type: request.headers['content-type'] });
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ echo: body.length }));
      });
    });
    for (let i = 0; i < 3; i++) {
      const response = await httpFetch(`${url}/v1/chat/completions`, { method: 'POST', headers: { authorization: 'Bearer k', 'content-type': 'application/json' }, body: `{"n":${i}}` });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ echo: 7 });
    }
    expect(seen).toEqual([0, 1, 2].map((i) => ({ body: `{"n":${i}}`, auth: 'Bearer k', type: 'application/json' })));
    expect(sockets()).toBe(1);
  });

  it('decodes a gzip body, passes errors statuses through, follows a redirect and stops on abort', async () => {
    const { url } = await serve((request, response) => {
      request.resume();
      if (request.url === '/gzip') response.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync('{"ok":true}'));
      else if (request.url === '/moved') response.writeHead(307, { location: '/gzip' }).end();
      else if (request.url === '/hang') response.writeHead(200).write('{');
      else response.writeHead(503, { 'retry-after': '1' }).end('busy');
    });
    const gzip = await httpFetch(`${url}/gzip`, { method: 'POST', body: 'x' });
    expect(gzip.headers.get('content-encoding')).toBeNull();
    expect(await gzip.json()).toEqual({ ok: true });
    const busy = await httpFetch(`${url}/busy`);
    expect([busy.status, busy.headers.get('retry-after'), await busy.text()]).toEqual([503, '1', 'busy']);
    expect(await (await httpFetch(`${url}/moved`, { method: 'POST', body: 'x' })).json()).toEqual({ ok: true });
    const controller = new AbortController();
    const hanging = await httpFetch(`${url}/hang`, { signal: controller.signal });
    const text = hanging.text();
    controller.abort();
    await expect(text).rejects.toThrow();
    await expect(httpFetch(`${url}/busy`, { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
