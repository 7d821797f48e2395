import type { TableSchema } from '../context/context-schema.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';
import { rootsOf } from './sql-shape.js';

/** Every object of a parsed statement, subqueries and CTE bodies included. */
function forEachObject(value: unknown, visit: (node: TreeNode) => void): void {
  if (Array.isArray(value)) value.forEach((item) => forEachObject(item, visit));
  else if (value && typeof value === 'object') {
    visit(value as TreeNode);
    Object.values(value).forEach((item) => forEachObject(item, visit));
  }
}

/**
 * Word roots of what a grouped or windowed statement groups by, read from its parse tree: each SELECT's GROUP BY keys
 * and select list and each window's PARTITION BY keys (their column names, function names, string constants such as
 * date_trunc's 'month', and output aliases), plus the names of the tables those columns come from (through their
 * alias, or the linked table that holds a bare column). Empty when there is no tree: nothing is read as grouped.
 */
export function groupRoots(statement: TreeNode | undefined, tables: readonly TableSchema[]): Set<string> {
  const words = new Set<string>();
  if (!statement) return words;
  const parts: unknown[] = [];
  const aliases = new Map<string, string>();
  forEachObject(statement.node, (node) => {
    if (node.type === 'SELECT_NODE') parts.push(node.select_list, node.group_expressions);
    else if (node.class === 'WINDOW') parts.push(node.partitions);
    else if (node.type === 'BASE_TABLE') {
      const name = String(node.table_name);
      aliases.set(name.toLowerCase(), name);
      if (node.alias) aliases.set(String(node.alias).toLowerCase(), name);
    }
  });
  const add = (text: string) => rootsOf(text).forEach((word) => words.add(word));
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const node = value as TreeNode;
      // A subquery's own select list and grouping are parts of their own.
      if (node.class === 'SUBQUERY') return;
      if (typeof node.alias === 'string' && node.alias !== '') add(node.alias);
      if (node.class === 'FUNCTION' || node.class === 'WINDOW') add(String(node.function_name));
      if (node.class === 'CONSTANT') {
        const constant = (node.value as { value?: unknown } | undefined)?.value;
        if (typeof constant === 'string') add(constant);
      }
      if (node.class === 'COLUMN_REF') {
        const names = node.column_names as string[];
        names.forEach(add);
        const owner = names.length > 1 ? aliases.get(names.at(-2)!.toLowerCase()) : undefined;
        if (owner) add(owner);
        const column = names.at(-1)!.toLowerCase();
        for (const table of tables) if (table.columns.some((c) => c.name.toLowerCase() === column)) add(table.name);
        return;
      }
      Object.values(node).forEach(visit);
    }
  };
  parts.forEach(visit);
  return words;
}
