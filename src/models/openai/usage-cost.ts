import type { SluiceConfig } from '../../config/config-schema.js';
import type { Usage } from '../../context/context-schema.js';
import { countTokens } from '../../prompt/count-tokens.js';
import type { ChatRequestBody } from './send-chat-request.js';
import { ownEntry } from '../../own-entry.js';

export { noUsage, sumUsage } from '../../context/usage-arithmetic.js';

/** What the server reports per call (chat-completions `usage`). */
export interface ReportedUsage {
  prompt_tokens?: number;
  completion_tokens?: number;
  prompt_tokens_details?: { cached_tokens?: number } | null;
}

/** One call's usage priced from `prices:` in sluice.yml (looked up by model id, then by configured name). */
export function callUsage(
  reported: ReportedUsage,
  prices: SluiceConfig['prices'],
  modelIds: readonly string[],
): Usage {
  const prompt = reported.prompt_tokens ?? 0;
  const completion = reported.completion_tokens ?? 0;
  const cached = Math.min(prompt, reported.prompt_tokens_details?.cached_tokens ?? 0);
  const price = modelIds.map((id) => ownEntry(prices, id)).find((entry) => entry !== undefined);
  const cost = price
    ? ((prompt - cached) * price.prompt_per_million +
        cached * (price.cached_per_million ?? price.prompt_per_million) +
        completion * price.completion_per_million) /
      1_000_000
    : 0;
  return { prompt_tokens: prompt, completion_tokens: completion, cached_tokens: cached, calls: 1, cost_usd: cost };
}

/** For servers that send no usage: counted locally, so budgets and costs still add up. */
export function estimatedUsage(body: ChatRequestBody, answer: string): ReportedUsage {
  const prompt = body.messages.reduce(
    (sum, message) => sum + countTokens(typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? '')) + 4,
    3,
  );
  return { prompt_tokens: prompt, completion_tokens: countTokens(answer) };
}
