import path from 'node:path';
import { ConfigSchema, ModelConfigSchema, type ModelConfig, type NamespaceConfig } from '../config/config-schema.js';
import { createRuntime } from '../engine/create-runtime.js';
import type { Sluice } from '../engine/sluice.js';
import { registerGoldModel } from '../models/gold/register-gold-model.js';
import { resolveEnvModel } from '../models/resolve-env-model.js';
import { openSluice } from '../open-sluice.js';
import { BENCH_MAX_ROWS } from './bench-max-rows.js';

export interface BenchSluiceOptions {
  cwd?: string;
  configPath?: string;
  workflowPath?: string;
  /** --model; "gold" replays the dataset's gold SQL. */
  model?: string;
  noCache?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface BenchSluice {
  /** The user's sluice, opened as the CLI opens it: config, plugins, plans. */
  base: Sluice & { configFile?: string };
  model: string;
  cacheDir: string;
  /** The same sluice with one namespace per benchmark database added (namespace name → its namespace entry). */
  withDatabases(databases: Record<string, NamespaceConfig>): Sluice;
}

/**
 * Opens sluice for a benchmark: the user's config, models and plans, plus the gold model; databases
 * are added as namespaces once they are built into the cache folder the config names.
 */
export async function openBenchSluice(options: BenchSluiceOptions): Promise<BenchSluice> {
  registerGoldModel();
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const gold: Record<string, ModelConfig> = { gold: ModelConfigSchema.parse({ provider: 'gold', retries: 0 }) };
  const base = await openSluice({ cwd, configPath: options.configPath, workflowPath: options.workflowPath, noCache: options.noCache, env });
  const { config, settings } = base.runtime;
  const model = options.model ?? settings.defaultModel;
  const envModel = Object.keys(config.models).length === 0 ? resolveEnvModel(env) : undefined;
  const extraModels = { ...(envModel ? { [envModel.name]: envModel.config } : {}), ...gold };
  await base.runtime.close();
  // Validates --model before any database is built.
  createRuntime({ config, baseDir: cwd, extraModels, model, env, unsetVariables: base.runtime.unsetVariables });

  return {
    base,
    model,
    cacheDir: settings.cacheDir,
    withDatabases(databases) {
      const runtime = createRuntime({
        config: ConfigSchema.parse({
          ...config,
          namespaces: { ...config.namespaces, ...databases },
          defaults: { ...config.defaults, max_rows: BENCH_MAX_ROWS },
          cache_dir: settings.cacheDir,
        }),
        baseDir: base.configFile ? path.dirname(base.configFile) : cwd,
        extraModels,
        model,
        noCache: options.noCache,
        env,
        // A confirmed example could carry a dataset's gold SQL into a scored run.
        examples: false,
        unsetVariables: base.runtime.unsetVariables,
      });
      return { runtime, registry: base.registry, workflows: base.workflows };
    },
  };
}
