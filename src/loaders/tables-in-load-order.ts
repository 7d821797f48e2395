import type { TableDefinition } from './table-definition.js';

/** Tables ordered so each comes after the tables its foreign keys reference (cycles keep their given order). */
export function tablesInLoadOrder<T extends TableDefinition>(tables: readonly T[]): T[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const ordered: T[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (table: T): void => {
    if (state.has(table.name)) return;
    state.set(table.name, 'visiting');
    for (const fk of table.foreignKeys ?? []) {
      const target = byName.get(fk.table);
      if (target && target !== table) visit(target);
    }
    state.set(table.name, 'done');
    ordered.push(table);
  };
  tables.forEach(visit);
  return ordered;
}
