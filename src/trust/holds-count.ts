import { aggregateOf } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';

/** A COUNT call anywhere under the node, outside a subquery. */
export function holdsCount(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(holdsCount);
  if (!node || typeof node !== 'object' || (node as TreeNode).class === 'SUBQUERY') return false;
  if (aggregateOf(node as TreeNode)?.name === 'count') return true;
  return Object.values(node).some(holdsCount);
}
