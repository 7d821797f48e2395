/** A table as its readings see it: its name and comment, and its columns' names, types and comments. */
export interface TextOfTable {
  name: string;
  comment?: string | null;
  columns: readonly { name: string; type?: string; comment?: string | null }[];
}

const keys = new WeakMap<readonly TextOfTable[], string>();

/**
 * The names, types and comments of some tables, in order, as one string: what a reading of the tables' names and
 * comments depends on. Schema linking builds a new tables array for every question, so a reading kept per array is
 * made again question after question; kept by this key (rememberedByText), the same linked tables share one. Made once
 * per array.
 */
export function tablesTextKey(tables: readonly TextOfTable[]): string {
  let key = keys.get(tables);
  if (key === undefined) {
    const parts: string[] = [];
    for (const table of tables) {
      parts.push(table.name, table.comment ?? '');
      for (const column of table.columns) parts.push(column.name, column.type ?? '', column.comment ?? '');
      parts.push('\u0001');
    }
    key = parts.join('\u0000');
    keys.set(tables, key);
  }
  return key;
}
