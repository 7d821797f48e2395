import type { CatalogTable } from '../connectors/connector.js';
import type { ForeignKey, TableDefinition } from './table-definition.js';

/** A table as a connector introspected it, as a definition to create elsewhere. */
export function catalogTableDefinition(table: CatalogTable): TableDefinition {
  const foreignKeys = new Map<string, ForeignKey>();
  for (const column of table.columns) {
    if (!column.references) continue;
    const dot = column.references.lastIndexOf('.');
    const target = column.references.slice(0, dot);
    const key = foreignKeys.get(target) ?? { columns: [], table: target, references: [] };
    key.columns.push(column.name);
    key.references.push(column.references.slice(dot + 1));
    foreignKeys.set(target, key);
  }
  return {
    name: table.name,
    ...(table.comment ? { comment: table.comment } : {}),
    columns: table.columns.map((column) => ({
      name: column.name,
      type: column.type,
      nullable: column.nullable,
      ...(column.comment ? { comment: column.comment } : {}),
    })),
    primaryKey: table.columns.filter((column) => column.primary_key).map((column) => column.name),
    foreignKeys: [...foreignKeys.values()],
  };
}
