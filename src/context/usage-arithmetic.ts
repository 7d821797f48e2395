import type { Usage } from './context-schema.js';

export const noUsage: Usage = { prompt_tokens: 0, completion_tokens: 0, cached_tokens: 0, calls: 0, cost_usd: 0 };

export function sumUsage(a: Usage, b: Usage): Usage {
  return {
    prompt_tokens: a.prompt_tokens + b.prompt_tokens,
    completion_tokens: a.completion_tokens + b.completion_tokens,
    cached_tokens: a.cached_tokens + b.cached_tokens,
    calls: a.calls + b.calls,
    cost_usd: a.cost_usd + b.cost_usd,
  };
}

/** What was spent between two snapshots of a running total. */
export function usageSince(after: Usage, before: Usage): Usage {
  return {
    prompt_tokens: after.prompt_tokens - before.prompt_tokens,
    completion_tokens: after.completion_tokens - before.completion_tokens,
    cached_tokens: after.cached_tokens - before.cached_tokens,
    calls: after.calls - before.calls,
    cost_usd: after.cost_usd - before.cost_usd,
  };
}
