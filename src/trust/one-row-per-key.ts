import type { TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import type { OuterSelectTree, TreeColumn } from '../sql-tree/outer-select-tree.js';

/**
 * Whether one row of `keyed` (one entry of the FROM) meets at most one row of every other table the SELECT reads: each
 * other table is reached through a join from a table already reached onto that table's one primary key column
 * (bookings JOIN rooms ON rooms.room_no = bookings.room_no: a booking has one room). Grouped by keyed's key, every group
 * then holds one row, whatever is counted.
 */
export function oneRowPerKey(select: OuterSelectTree, schemas: readonly TableSchema[], keyed: TableSchema): boolean {
  const schemaOf = (name: string) => schemas.find((schema) => bareName(schema.name).toLowerCase() === name);
  const own = select.tables.filter((entry) => entry.name === bareName(keyed.name).toLowerCase());
  if (own.length !== 1) return false;
  const reached = new Set([own[0]!.alias]);
  const aliasOf = (ref: TreeColumn): string | undefined => {
    if (ref.owner) return select.tables.find((entry) => entry.alias === ref.owner || entry.name === ref.owner)?.alias;
    const holders = select.tables.filter((entry) => schemaOf(entry.name)?.columns.some((column) => column.name.toLowerCase() === ref.column));
    return holders.length === 1 ? holders[0]!.alias : undefined;
  };
  const soleKey = (alias: string, column: string): boolean => {
    const table = schemaOf(select.tables.find((entry) => entry.alias === alias)!.name);
    const keys = table?.columns.filter((c) => c.primary_key) ?? [];
    return keys.length === 1 && keys[0]!.name.toLowerCase() === column;
  };
  for (let grew = true; grew; ) {
    grew = false;
    for (const join of select.joins) {
      for (const [from, to] of [[join.left, join.right], [join.right, join.left]] as const) {
        const [a, b] = [aliasOf(from), aliasOf(to)];
        if (a === undefined || b === undefined || !reached.has(a) || reached.has(b) || !soleKey(b, to.column)) continue;
        reached.add(b);
        grew = true;
      }
    }
  }
  return select.tables.every((entry) => reached.has(entry.alias));
}
