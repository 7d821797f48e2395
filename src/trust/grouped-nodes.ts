import type { OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';

/** GROUP BY's expressions, a position (`GROUP BY 1`) read as the select-list item it points at. */
export function groupedNodes(select: OuterSelectTree): TreeNode[] {
  return select.groupBy.map((node) => {
    const value = (node.value as { value?: unknown } | undefined)?.value;
    if (node.class === 'CONSTANT' && typeof value === 'number' && Number.isInteger(value)) return select.selectList[value - 1] ?? node;
    return node;
  });
}
