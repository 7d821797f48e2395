import { ModelConfigSchema, type ModelConfig } from '../config/config-schema.js';

export const DEFAULT_ENV_MODEL = 'gpt-4o-mini';

/**
 * With no OpenAI model in sluice.yml, OPENAI_API_KEY (with OPENAI_BASE_URL and SLUICE_MODEL, default gpt-4o-mini)
 * makes one, named "openai".
 */
export function resolveEnvModel(
  env: NodeJS.ProcessEnv,
  configured: Record<string, ModelConfig> = {},
): { name: string; config: ModelConfig } | undefined {
  const apiKey = env.OPENAI_API_KEY?.trim();
  if (!apiKey) return undefined;
  if (Object.values(configured).some((model) => model.provider === 'openai')) return undefined;
  return {
    name: 'openai',
    config: ModelConfigSchema.parse({
      provider: 'openai',
      model: env.SLUICE_MODEL?.trim() || DEFAULT_ENV_MODEL,
      api_key: apiKey,
      ...(env.OPENAI_BASE_URL?.trim() ? { base_url: env.OPENAI_BASE_URL.trim() } : {}),
    }),
  };
}
