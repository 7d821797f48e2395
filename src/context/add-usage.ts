import type { Context, Usage } from './context-schema.js';

/** Adds a model call's usage to the run's total and to the node's. */
export function addUsage(context: Context, node: string, usage: Usage | undefined): Context {
  if (!usage) return context;
  const sum = (a: Usage, b: Usage): Usage => ({
    prompt_tokens: a.prompt_tokens + b.prompt_tokens,
    completion_tokens: a.completion_tokens + b.completion_tokens,
    cached_tokens: a.cached_tokens + b.cached_tokens,
    calls: a.calls + b.calls,
    cost_usd: a.cost_usd + b.cost_usd,
  });
  const byNode = context.usage_by_node[node];
  return {
    ...context,
    usage: sum(context.usage, usage),
    usage_by_node: { ...context.usage_by_node, [node]: byNode ? sum(byNode, usage) : usage },
  };
}
