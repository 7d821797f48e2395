import { registerModelProvider } from '../model-providers.js';
import { createOpenAiModel } from './openai-model.js';

export function registerOpenAiModel(): void {
  registerModelProvider('openai', (ctx) => createOpenAiModel(ctx));
}
