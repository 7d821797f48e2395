import type { Context, Usage } from './context-schema.js';
import { sumUsage } from './usage-arithmetic.js';
import { ownEntry } from '../own-entry.js';

/** Adds a model call's usage to the run's total and to the node's. */
export function addUsage(context: Context, node: string, usage: Usage | undefined): Context {
  if (!usage) return context;
  const byNode = ownEntry(context.usage_by_node, node);
  return {
    ...context,
    usage: sumUsage(context.usage, usage),
    usage_by_node: { ...context.usage_by_node, [node]: byNode ? sumUsage(byNode, usage) : usage },
  };
}
