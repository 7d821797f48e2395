import type { SluiceConfig } from '../config/config-schema.js';
import type { RuntimeSettings } from './runtime.js';

/** Runtime settings from the config's defaults, plus what only the caller knows (model, cache dir, flags). */
export function runtimeSettings(
  defaults: SluiceConfig['defaults'],
  caller: Pick<RuntimeSettings, 'defaultModel' | 'cacheDir'> & Partial<Pick<RuntimeSettings, 'debug' | 'noCache' | 'examplesDir'>>,
): RuntimeSettings {
  return {
    queryTimeoutMs: defaults.query_timeout_ms,
    maxRows: defaults.max_rows,
    promptBudgetTokens: defaults.prompt_budget_tokens,
    nodeTimeoutMs: defaults.node_timeout_ms,
    nodeRetries: defaults.node_retries,
    debug: false,
    noCache: false,
    ...caller,
  };
}
