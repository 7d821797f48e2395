import type { OuterSelectTree } from '../sql-tree/outer-select-tree.js';

/** alias or table name → bare table name, lower case, for the tables the outer FROM reads (joins included, subqueries not). */
export function tableAliases(tree: OuterSelectTree | undefined): Map<string, string> {
  const aliases = new Map<string, string>();
  for (const table of tree?.tables ?? []) {
    aliases.set(table.name, table.name);
    aliases.set(table.alias, table.name);
  }
  return aliases;
}
