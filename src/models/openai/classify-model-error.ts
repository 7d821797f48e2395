import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { ModelError } from './model-error.js';
import type { OpenAiEndpoint } from './openai-endpoint.js';

/** Turns whatever the client threw into a ModelError whose message names the setting to change. */
export function classifyModelError(error: unknown, endpoint: OpenAiEndpoint, timeoutMs: number): ModelError {
  if (error instanceof ModelError) return error;
  const where = `${endpoint.baseUrl} (models.${endpoint.name}, model ${endpoint.model})`;
  if (error instanceof APIConnectionTimeoutError) return timeoutError(endpoint, timeoutMs, error);
  if (error instanceof APIConnectionError) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}${causeCode(error.cause)}` : '';
    return new ModelError('connection', `could not reach ${where}${cause}; check ${endpoint.baseUrlSource} and that the server is up`, {
      cause: error,
    });
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const detail = serverMessage(error);
    const details = { status, cause: error };
    if (status === 429 && (error.code === 'insufficient_quota' || error.type === 'insufficient_quota')) {
      return new ModelError(
        'quota',
        `the account behind models.${endpoint.name} has no quota left at ${endpoint.baseUrl} (insufficient_quota: ${detail}); add credit to the account or set another api_key`,
        details,
      );
    }
    if (status === 429) {
      return new ModelError('rate_limit', `rate limited by ${where}: ${detail}`, { ...details, retryAfterMs: retryAfterMs(error.headers) });
    }
    if (status === 401 || status === 403) {
      return new ModelError(
        'auth',
        `the API key was refused by ${endpoint.baseUrl} (${status}: ${detail}); set OPENAI_API_KEY or models.${endpoint.name}.api_key in sluice.yml`,
        details,
      );
    }
    if (status === 404) {
      return new ModelError(
        'bad_request',
        `${where} answered 404 (${detail}); check models.${endpoint.name}.model ("${endpoint.model}") and ${endpoint.baseUrlSource} (the URL usually ends in /v1)`,
        details,
      );
    }
    if (status === 408 || status === 409 || status >= 500) {
      return new ModelError('server', `${where} failed with ${status}: ${detail}`, { ...details, retryAfterMs: retryAfterMs(error.headers) });
    }
    return new ModelError(
      'bad_request',
      `${where} rejected the request (${status}: ${detail}); check models.${endpoint.name} in sluice.yml (model, temperature, max_output_tokens, structured_output)`,
      details,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new ModelError('connection', `the request to ${where} failed: ${message}`, { cause: error });
}

export function timeoutError(endpoint: OpenAiEndpoint, timeoutMs: number, cause?: unknown): ModelError {
  return new ModelError(
    'timeout',
    `no complete answer from ${endpoint.baseUrl} (models.${endpoint.name}) within ${timeoutMs} ms; raise models.${endpoint.name}.timeout_ms in sluice.yml or check the server`,
    { cause },
  );
}

/** True for a 400 that says the server cannot do response_format json_schema, so JSON mode should be tried. */
export function isJsonSchemaUnsupported(error: ModelError): boolean {
  const cause = error.details.cause;
  if (error.kind !== 'bad_request' || !(cause instanceof APIError) || (cause.status !== 400 && cause.status !== 422)) return false;
  const said = serverMessage(cause);
  const aboutFormat = cause.param === 'response_format' || /response_format|json_schema|structured output/i.test(said);
  return aboutFormat && /support|unknown|invalid|unrecogni|not allowed|unavailable|extra/i.test(said);
}

function serverMessage(error: APIError): string {
  const body = error.error as { message?: unknown } | undefined;
  if (body && typeof body.message === 'string') return body.message;
  return error.message.replace(/^\d{3}\s*/, '') || 'no message';
}

/** undici hides the useful part (ECONNREFUSED, ENOTFOUND, bad port) one cause further down. */
function causeCode(cause: Error): string {
  const nested = (cause as { cause?: { code?: string; message?: string } }).cause;
  const detail = nested?.code ?? nested?.message;
  return detail ? ` (${detail})` : '';
}

/** retry-after-ms, or retry-after in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined): number | undefined {
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number.parseFloat(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
