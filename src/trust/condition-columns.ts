import { columnOf, type OuterSelectTree, type TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';

/** A column the outer query's WHERE compares with a constant: `status = 'x'`, `died >= DATE '2026-01-01'`, `age > 20`. */
export interface ConditionColumn {
  /** The table or alias written before it, if any (lower case). */
  owner?: string;
  column: string;
  /** Compared only for equality with one constant: whatever the answer shows of it, the question already said. */
  fixed: boolean;
}

/** LIKE, ILIKE and their negations as DuckDB's parser names them. */
const PATTERN_MATCHES = new Set(['~~', '!~~', '~~*', '!~~*', 'like', 'ilike', 'not_like', 'not_ilike']);

/** A constant, `DATE '…'` (a cast constant) or a negated number. */
function isConstant(node: TreeNode | undefined): boolean {
  if (node?.class === 'CONSTANT') return (node.value as { is_null?: boolean } | undefined)?.is_null !== true;
  if (node?.class === 'CAST') return isConstant(node.child as TreeNode);
  return false;
}

/** The column a side of a comparison names, through a CAST of it. */
function comparedColumn(node: TreeNode | undefined): TreeColumn | undefined {
  return node?.class === 'CAST' ? comparedColumn(node.child as TreeNode) : columnOf(node);
}

/**
 * The columns the outer WHERE holds to constants, keyed by bare column name. A column is `fixed` only when every
 * comparison of it is `=` with a constant on the WHERE's top-level AND; under OR or NOT it may hold several values.
 * A subquery's conditions are its own rows', not the outer query's, and are not read.
 */
export function conditionColumns(tree: OuterSelectTree | undefined): Map<string, ConditionColumn[]> {
  const found = new Map<string, ConditionColumn[]>();
  const record = (ref: TreeColumn | undefined, fixed: boolean): void => {
    if (!ref) return;
    const list = found.get(ref.column) ?? [];
    const same = list.find((entry) => entry.owner === ref.owner);
    if (same) same.fixed &&= fixed;
    else list.push({ ...(ref.owner ? { owner: ref.owner } : {}), column: ref.column, fixed });
    found.set(ref.column, list);
  };
  const visit = (node: TreeNode | undefined, sole: boolean): void => {
    if (!node || node.class === 'SUBQUERY') return;
    if (node.type === 'CONJUNCTION_AND') for (const child of (node.children as TreeNode[]) ?? []) visit(child, sole);
    else if (node.class === 'CONJUNCTION' || node.class === 'OPERATOR' && node.type === 'OPERATOR_NOT') {
      for (const child of (node.children as TreeNode[]) ?? []) visit(child, false);
    } else if (node.class === 'COMPARISON') {
      const left = node.left as TreeNode;
      const right = node.right as TreeNode;
      const fixed = sole && node.type === 'COMPARE_EQUAL';
      if (isConstant(right)) record(comparedColumn(left), fixed);
      else if (isConstant(left)) record(comparedColumn(right), fixed);
    } else if (node.class === 'BETWEEN') {
      if (isConstant(node.lower as TreeNode) && isConstant(node.upper as TreeNode)) record(comparedColumn(node.input as TreeNode), false);
    } else if (node.type === 'COMPARE_IN' || node.type === 'COMPARE_NOT_IN') {
      const [input, ...values] = (node.children as TreeNode[]) ?? [];
      if (values.length > 0 && values.every(isConstant)) record(comparedColumn(input), false);
    } else if (node.class === 'FUNCTION' && PATTERN_MATCHES.has(String(node.function_name).toLowerCase())) {
      const [input, pattern] = (node.children as TreeNode[]) ?? [];
      if (isConstant(pattern)) record(comparedColumn(input), false);
    }
  };
  visit(tree?.where, true);
  return found;
}

/** The outer select list's bare column references (owner, column), or undefined when any item is more than a column. */
export function shownColumns(tree: OuterSelectTree | undefined): TreeColumn[] | undefined {
  if (!tree || tree.selectList.length === 0) return undefined;
  const shown = tree.selectList.map(columnOf);
  return shown.every((column) => column !== undefined) ? shown : undefined;
}
