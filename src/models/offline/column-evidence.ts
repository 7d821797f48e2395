import type { TableSchema } from '../../context/context-schema.js';

/** What the context says about a column's contents: its comment and its sample values. */
export function columnEvidence(table: TableSchema, columnName: string): string {
  const index = table.columns.findIndex((c) => c.name === columnName);
  const column = table.columns[index];
  const samples = index >= 0 ? table.sample_rows.map((row) => row[index]).filter((v) => v !== null && v !== undefined) : [];
  return [column?.comment ?? '', ...samples.map(String)].join('\n');
}
