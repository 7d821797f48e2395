import type { TreeNode } from './statement-tree.js';

/** The text of a string constant node (`'Hazmat'`, or one cast: `'2026-01-01'::DATE`); undefined for anything else. */
export function stringConstant(node: unknown): string | undefined {
  const tree = node as TreeNode | null;
  if (tree?.class === 'CAST') return stringConstant(tree.child);
  if (tree?.class !== 'CONSTANT') return undefined;
  const value = tree.value as { value?: unknown; is_null?: boolean } | undefined;
  return !value?.is_null && typeof value?.value === 'string' ? value.value : undefined;
}

/** Every string constant under a node, subqueries included. */
export function stringConstantsUnder(node: unknown): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const text = stringConstant(value);
      if (text !== undefined) found.push(text);
      else Object.values(value).forEach(visit);
    }
  };
  visit(node);
  return found;
}

/** The conjuncts of a condition's top-level AND (the condition itself when it is no AND). */
export function conjuncts(condition: TreeNode | undefined): TreeNode[] {
  if (!condition) return [];
  if (condition.type === 'CONJUNCTION_AND') return ((condition.children as TreeNode[]) ?? []).flatMap(conjuncts);
  return [condition];
}
