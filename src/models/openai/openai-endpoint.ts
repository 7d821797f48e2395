import OpenAI from 'openai';
import type { ModelConfig } from '../../config/config-schema.js';
import { allowDirectPosts } from './direct-chat-post.js';
import { DEFAULT_MAX_RESPONSE_BYTES, limitedFetch } from './limited-fetch.js';
import { ModelError } from './model-error.js';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Where one configured model is reached, with names ready for error messages. */
export interface OpenAiEndpoint {
  /** The model's name under `models:` in sluice.yml. */
  name: string;
  baseUrl: string;
  /** Where baseUrl came from, as the setting a user would change: models.X.base_url, OPENAI_BASE_URL or the default. */
  baseUrlSource: string;
  model: string;
  apiKey: string;
  /** OpenAI's own API takes max_completion_tokens; compatible servers mostly still take max_tokens. */
  tokenLimitParameter: 'max_tokens' | 'max_completion_tokens';
}

/**
 * Reads base_url, api_key and model from the config, expanding `${VAR}` references, with OPENAI_BASE_URL and
 * OPENAI_API_KEY as fallbacks. A missing key is only an error for OpenAI's own API: local servers need none.
 */
export function resolveOpenAiEndpoint(
  name: string,
  config: ModelConfig,
  env: NodeJS.ProcessEnv = process.env,
  /** False for the model OPENAI_API_KEY makes, whose base_url was copied from OPENAI_BASE_URL. */
  inConfigFile = true,
): OpenAiEndpoint {
  const baseUrl = resolveBaseUrl(config, env);
  const model = expandEnv(config.model, env);
  if (!model) {
    throw new ModelError('bad_request', `models.${name}.model is not set in sluice.yml: name the model to ask, e.g. gpt-4o-mini`);
  }
  const apiKey = config.api_key !== undefined ? expandEnv(config.api_key, env) : env.OPENAI_API_KEY;
  const official = isOfficialOpenAi(baseUrl);
  if (!apiKey && official) {
    const source =
      config.api_key !== undefined
        ? `models.${name}.api_key is "${config.api_key}", which is empty here${referencedVariables(config.api_key).map((v) => ` (${v} is not set)`).join('')}`
        : 'no API key is configured';
    throw new ModelError('auth', `${source}: set OPENAI_API_KEY or models.${name}.api_key in sluice.yml`);
  }
  return {
    name,
    baseUrl,
    baseUrlSource: baseUrlSource(name, config, env, inConfigFile),
    model,
    apiKey: apiKey || 'no-key',
    tokenLimitParameter: official ? 'max_completion_tokens' : 'max_tokens',
  };
}

function baseUrlSource(name: string, config: ModelConfig, env: NodeJS.ProcessEnv, inConfigFile: boolean): string {
  if (expandEnv(config.base_url, env)) return inConfigFile ? `models.${name}.base_url in sluice.yml` : 'OPENAI_BASE_URL';
  if (env.OPENAI_BASE_URL) return 'OPENAI_BASE_URL';
  return `the default base URL (OPENAI_BASE_URL or models.${name}.base_url picks another server)`;
}

export function resolveBaseUrl(config: ModelConfig, env: NodeJS.ProcessEnv = process.env): string {
  return (expandEnv(config.base_url, env) || env.OPENAI_BASE_URL || OPENAI_BASE_URL).replace(/\/+$/, '');
}

/** Our own loop retries (so every retry is reported) and our own timer bounds the whole answer, body included. */
export function createOpenAiClient(endpoint: OpenAiEndpoint, timeoutMs: number, maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES): OpenAI {
  const tooLarge = (bytes: number) =>
    new ModelError(
      'bad_response',
      `${endpoint.baseUrl} (models.${endpoint.name}) sent more than ${formatBytes(maxResponseBytes)} (${bytes > maxResponseBytes * 2 ? 'at least ' : ''}${formatBytes(bytes)}) for one answer; raise models.${endpoint.name}.max_response_bytes or check the server`,
    );
  const client = new OpenAI({
    apiKey: endpoint.apiKey,
    baseURL: endpoint.baseUrl,
    maxRetries: 0,
    timeout: timeoutMs,
    fetch: limitedFetch(maxResponseBytes, tooLarge),
  });
  allowDirectPosts(client, maxResponseBytes, tooLarge);
  return client;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Number((bytes / 1024 / 1024).toFixed(1))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function isOfficialOpenAi(baseUrl: string): boolean {
  try {
    return new URL(baseUrl).hostname === 'api.openai.com';
  } catch {
    return false;
  }
}

function expandEnv(value: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  return value?.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_match, variable: string) => env[variable] ?? '').trim();
}

function referencedVariables(value: string): string[] {
  return [...value.matchAll(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g)].map((match) => match[1]!);
}
