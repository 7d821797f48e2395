import type { NodeDefinition } from './node-definition.js';

const builtIn = new WeakSet<NodeDefinition>();

/**
 * Marks sluice's own node definitions: their output is trusted between nodes and checked against the context
 * schema only where state is saved. Any other node (code-registered or a plugin) is checked after every run.
 * A copy of a built-in definition (`{ ...schemaLinkingNode }`) is not built in.
 */
export function markBuiltInNodes(definitions: readonly NodeDefinition[]): void {
  for (const definition of definitions) builtIn.add(definition);
}

export function isBuiltInNode(definition: NodeDefinition): boolean {
  return builtIn.has(definition);
}
