import type { TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { findTable } from '../models/offline/schema-lookup.js';
import { aggregateOf, columnOf, type OuterSelectTree } from '../sql-tree/outer-select-tree.js';
import { constantInteger, type TreeNode } from '../sql-tree/statement-tree.js';

/** What the outer query's COUNT counts: the rows of its tables (COUNT(*)) or the values of a column. */
export interface CountedThings {
  /** Tables whose rows or column values are counted (bare lower-case names). */
  tables: string[];
  /** The column counted by COUNT(col) / COUNT(DISTINCT col), when one is. */
  columns: string[];
}

/** The COUNT calls of a select list, outside subqueries. */
function countCalls(node: unknown, found: TreeNode[] = []): TreeNode[] {
  if (Array.isArray(node)) node.forEach((item) => countCalls(item, found));
  else if (node && typeof node === 'object' && (node as TreeNode).class !== 'SUBQUERY') {
    if (aggregateOf(node as TreeNode)?.name === 'count') found.push(node as TreeNode);
    else Object.values(node).forEach((value) => countCalls(value, found));
  }
  return found;
}

/**
 * The tables whose rows COUNT(*) over the outer FROM counts: a join along references repeats the referenced row for
 * each row that refers to it, so the rows are those of the joined tables no other joined table refers to (app_comments
 * in `app_comments JOIN applications`, enrollments between students and courses); every table when each is referred to.
 */
function manySide(tree: OuterSelectTree, schemas: readonly TableSchema[]): string[] {
  const names = [...new Set(tree.tables.map((table) => table.name))];
  const referred = new Set(
    names.flatMap((name) =>
      findTable(schemas, name)!.columns.flatMap((column) => {
        const target = column.references ? bareName(column.references.split('.').slice(0, -1).join('.')) : undefined;
        return target && target !== name && names.includes(target) ? [target] : [];
      }),
    ),
  );
  const leaves = names.filter((name) => !referred.has(name));
  return leaves.length > 0 ? leaves : names;
}

/**
 * Reads the COUNT calls of the outer select list against the tables of the outer FROM (joins included, subqueries
 * and CTE bodies not). Undefined when the outer query counts nothing, counts an expression, or reads a subquery, a
 * CTE or a table nobody linked: then what is counted is not read from the tree.
 */
export function countedThings(tree: OuterSelectTree | undefined, schemas: readonly TableSchema[]): CountedThings | undefined {
  if (!tree || tree.fromOther || tree.tables.length === 0) return undefined;
  const calls = countCalls(tree.selectList);
  if (calls.length === 0 || tree.tables.some((table) => !findTable(schemas, table.name))) return undefined;
  const aliases = new Map(tree.tables.flatMap((table) => [[table.name, table.name] as const, [table.alias, table.name] as const]));
  const tables = new Set<string>();
  const columns = new Set<string>();
  for (const call of calls) {
    const argument = aggregateOf(call)!.argument;
    if (!argument || argument.class === 'STAR' || constantInteger(argument) === 1) {
      manySide(tree, schemas).forEach((table) => tables.add(table));
      continue;
    }
    const column = columnOf(argument);
    if (!column) return undefined;
    if (column.owner) {
      const table = aliases.get(column.owner);
      if (!table) return undefined;
      tables.add(table);
    } else {
      const holders = [...new Set(aliases.values())].filter((table) => findTable(schemas, table)?.columns.some((c) => c.name.toLowerCase() === column.column));
      if (holders.length === 0) return undefined;
      holders.forEach((table) => tables.add(table));
    }
    columns.add(column.column);
  }
  return { tables: [...tables], columns: [...columns] };
}
