import { registerOfflineModel } from './offline/register-offline-model.js';
import { registerOpenAiModel } from './openai/register-openai-model.js';

let registered = false;

export function registerBuiltinModelProviders(): void {
  if (registered) return;
  registered = true;
  registerOfflineModel();
  registerOpenAiModel();
}
