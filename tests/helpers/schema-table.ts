import type { ColumnSchema, TableSchema } from '../../src/context/context-schema.js';

export type ColumnSpec = [name: string, type: string, extra?: Partial<ColumnSchema>];

/** A linked table's schema as schema_linking hands it on, built from [name, type, extra] column specs. */
export function schemaTable(name: string, columns: ColumnSpec[], comment = ''): TableSchema {
  const cols = columns.map(([columnName, type, extra]) => ({ name: columnName, type, nullable: false, primary_key: false, ...extra }));
  return { name, comment, columns: cols, ddl: `CREATE TABLE ${name} (${cols.map((c) => `${c.name} ${c.type}`).join(', ')})`, sample_rows: [], score: 1, reason: 'ranked' };
}
