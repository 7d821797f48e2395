import { lazySqlModel } from '../lazy-sql-model.js';
import { registerModelProvider } from '../model-providers.js';

/** The OpenAI SDK (~150 modules) loads only when an OpenAI-protocol model is first called. */
export function registerOpenAiModel(): void {
  registerModelProvider('openai', (ctx) =>
    lazySqlModel(ctx.name, async () => (await import('./openai-model.js')).createOpenAiModel(ctx), { judgesAnswerability: true }),
  );
}
