import type { ModelConfig, SluiceConfig } from '../config/config-schema.js';
import type { RuntimeSettings } from '../engine/runtime.js';
import type { SqlModel } from './sql-model.js';

export interface ModelProviderContext {
  /** The model's configured name (the key under `models:` in sluice.yml). */
  name: string;
  config: ModelConfig;
  sluiceConfig: SluiceConfig;
  settings: RuntimeSettings;
}

export type ModelProviderFactory = (context: ModelProviderContext) => SqlModel;

const providers = new Map<ModelConfig['provider'], ModelProviderFactory>();

/** Providers register themselves here; the runtime builds models from config through this table. */
export function registerModelProvider(provider: ModelConfig['provider'], factory: ModelProviderFactory): void {
  providers.set(provider, factory);
}

export function modelProvider(provider: ModelConfig['provider']): ModelProviderFactory | undefined {
  return providers.get(provider);
}
