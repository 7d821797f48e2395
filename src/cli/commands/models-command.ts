import type { ModelConfig, SluiceConfig } from '../../config/config-schema.js';
import type { RuntimeSettings } from '../../engine/runtime.js';
import { pingOpenAiModel } from '../../models/openai/openai-model.js';
import { resolveBaseUrl } from '../../models/openai/openai-endpoint.js';
import { resolveEnvModel } from '../../models/resolve-env-model.js';
import { formatPath } from '../../config/yaml-document.js';
import { ownEntry } from '../../own-entry.js';

interface ModelStatus {
  name: string;
  provider: string;
  model: string;
  base_url: string;
  ok: boolean;
  status: string;
}

/** `sluice models`: every configured model (and the one OPENAI_API_KEY makes), each pinged with a one-token request. */
export async function listModels(
  config: SluiceConfig,
  settings: RuntimeSettings,
  out: NodeJS.WritableStream,
  env: NodeJS.ProcessEnv = process.env,
  unsetVariables: Readonly<Record<string, string>> = {},
): Promise<number> {
  const models: Record<string, ModelConfig> = { offline: { ...offlineConfig }, ...config.models };
  const envModel = Object.keys(config.models).length === 0 ? resolveEnvModel(env) : undefined;
  if (envModel && !models[envModel.name]) models[envModel.name] = envModel.config;

  const statuses = await Promise.all(Object.entries(models).map(([name, model]) => modelStatus(name, model, config, settings, env, unsetVariables)));
  const rows = [
    ['NAME', 'PROVIDER', 'MODEL', 'BASE_URL', 'STATUS'],
    ...statuses.map((status) => [
      status.name === settings.defaultModel ? `${status.name} *` : status.name,
      status.provider,
      status.model,
      status.base_url,
      status.status,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) out.write(row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ') + '\n');
  out.write(`* default model (${settings.defaultModel})\n`);
  return statuses.every((status) => status.ok) ? 0 : 1;
}

const offlineConfig: ModelConfig = {
  provider: 'offline',
  temperature: 0,
  max_output_tokens: 1024,
  context_window: 128_000,
  timeout_ms: 60_000,
  retries: 0,
  structured_output: 'auto',
};

async function modelStatus(
  name: string,
  model: ModelConfig,
  config: SluiceConfig,
  settings: RuntimeSettings,
  env: NodeJS.ProcessEnv,
  unsetVariables: Readonly<Record<string, string>>,
): Promise<ModelStatus> {
  const unset = ownEntry(unsetVariables, formatPath(['models', name]));
  if (unset) return { name, provider: model.provider, model: model.model ?? '-', base_url: '-', ok: false, status: `error: ${unset}` };
  if (model.provider !== 'openai') {
    return { name, provider: model.provider, model: model.model ?? '-', base_url: '-', ok: true, status: 'ok (local, no network)' };
  }
  const row = { name, provider: model.provider, model: model.model ?? '-', base_url: resolveBaseUrl(model, env) };
  try {
    const latency = await pingOpenAiModel({ name, config: model, sluiceConfig: config, settings }, new AbortController().signal, { env });
    return { ...row, ok: true, status: `ok ${latency} ms` };
  } catch (error) {
    return { ...row, ok: false, status: `error: ${error instanceof Error ? error.message : String(error)}` };
  }
}
