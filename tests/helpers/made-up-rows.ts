import type { MadeUpDatabase } from './ask-bench-databases.js';
import { inMemoryRows } from './in-memory-rows.js';

/** Each table's CSV header and its rows; null is a missing value (NULL in the CSV file and in the copy). */
export type TableRows = Record<string, [header: string, rows: (string | number | null)[][]]>;

const quoted = (value: string | number | null): string => (value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`);

/**
 * A made-up database twice over: as the CLI reads it (its schema and a CSV file per table) and as an in-memory DuckDB
 * copy for the test file (see inMemoryRows), on which a hand-written query gives the rows an answer must equal.
 * Call it at a test file's top level: the copy opens before the file's tests and closes after them.
 */
export function madeUpRows(schema: string, tables: TableRows): { database: MadeUpDatabase; rows: ReturnType<typeof inMemoryRows> } {
  const data = Object.fromEntries(Object.entries(tables).map(([table, [header, rows]]) => [table, `${header}\n${rows.map((row) => row.map((value) => value ?? 'NULL').join(',')).join('\n')}\n`]));
  const inserts = Object.entries(tables).map(([table, [, rows]]) => `INSERT INTO ${table} VALUES ${rows.map((row) => `(${row.map(quoted).join(', ')})`).join(', ')}`);
  return { database: { schema, data }, rows: inMemoryRows([...schema.split(';').filter((statement) => statement.trim()), ...inserts]) };
}
