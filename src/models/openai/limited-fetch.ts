import { httpFetch } from './http-fetch.js';
import { ModelError } from './model-error.js';

/** What a model server may send for one answer before the call fails as the server's fault. */
export const DEFAULT_MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * fetch for the OpenAI client that stops reading a response body past `maxBytes` (plain JSON and server-sent
 * events alike), so a runaway server costs a bounded amount of memory and CPU.
 */
export function limitedFetch(maxBytes: number, tooLarge: (bytes: number) => ModelError): typeof fetch {
  return async (input, init) => {
    const response = await httpFetch(input, init);
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(declared) && declared > maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      throw tooLarge(declared);
    }
    // A body of a declared length within the limit cannot grow past it (fetch fails a body longer than its
    // content-length), so only bodies of unknown length (chunked, server-sent events) are counted as they come.
    if (!response.body || Number.isFinite(declared)) return response;
    let seen = 0;
    const counted = response.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          seen += chunk.byteLength;
          if (seen > maxBytes) controller.error(tooLarge(seen));
          else controller.enqueue(chunk);
        },
      }),
    );
    return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}
