import fs from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import type { CatalogTable } from '../src/connectors/connector.js';
import type { ColumnValues } from '../src/catalog/build-value-lookup.js';
import { syntheticCatalog } from './synthetic-catalog.js';

const ROWS_PER_TABLE = 6;
/** Every n-th table holds rows, the others are empty: a few-row table costs DuckDB ~0.5 MiB on disk and ~40 ms to write. */
const TABLES_PER_FILLED_TABLE = 20;
/** CREATE statements sent to DuckDB per call, so 10,000 tables take a few round trips, not 10,000. */
const STATEMENTS_PER_BATCH = 250;

const quoteName = (name: string): string => `"${name.replaceAll('"', '""')}"`;
const quoteText = (text: string): string => `'${text.replaceAll("'", "''")}'`;

function columnValue(table: CatalogTable, column: CatalogTable['columns'][number], row: number, stored: Map<string, string[]>): string {
  if (column.primary_key) return String(row);
  if (column.references) return 'NULL';
  const vocabulary = stored.get(`${table.name}.${column.name}`);
  if (vocabulary) return quoteText(vocabulary[row % vocabulary.length]!);
  const type = column.type.toUpperCase();
  if (type.startsWith('DECIMAL') || type === 'DOUBLE') return String((row * 17.25) % 900);
  if (type === 'INTEGER') return String(row * 3);
  if (type === 'BOOLEAN') return row % 2 === 0 ? 'true' : 'false';
  if (type === 'TIMESTAMP') return `TIMESTAMP '2024-0${1 + (row % 9)}-1${row % 10} 08:00:00'`;
  if (type === 'DATE') return `DATE '2024-0${1 + (row % 9)}-1${row % 10}'`;
  return quoteText(`${column.name} ${row}`);
}

function tableStatements(table: CatalogTable, filled: boolean, stored: Map<string, string[]>, keys: boolean): string {
  const columns = table.columns.map((column) => {
    const references = keys && column.references ? (() => {
      const [target, key] = column.references.split('.') as [string, string];
      return ` REFERENCES ${quoteName(target)}(${quoteName(key)})`;
    })() : '';
    return `${quoteName(column.name)} ${column.type}${keys && column.primary_key ? ' PRIMARY KEY' : ''}${references}`;
  });
  const rows = Array.from({ length: filled ? ROWS_PER_TABLE : 0 }, (_, i) => `(${table.columns.map((column) => columnValue(table, column, i + 1, stored)).join(', ')})`);
  const comment = table.comment ? `COMMENT ON TABLE ${quoteName(table.name)} IS ${quoteText(table.comment)};` : '';
  const insert = rows.length > 0 ? `INSERT INTO ${quoteName(table.name)} VALUES ${rows.join(', ')};` : '';
  return `CREATE TABLE ${quoteName(table.name)} (${columns.join(', ')}); ${insert} ${comment}`;
}

export interface WarehouseFile {
  path: string;
  tables: CatalogTable[];
  values: ColumnValues[];
}

export interface WarehouseOptions {
  /**
   * DuckDB's storage format. Up to v1.0.0 (DuckDB's default for new files) every non-boolean column's distinct-count
   * sketch is written in the legacy ~3 KiB HyperLogLog layout, so 200,000 columns are ~600 MiB of metadata that
   * every open reads; from v1.2.0 the sketch is 64 bytes.
   */
  storageVersion?: string;
  /** Declare primary and foreign keys (each key is an ART index DuckDB loads at open). */
  keys?: boolean;
}

/**
 * Writes the synthetic warehouse catalog as a real DuckDB file: every table with its comments, its keys unless
 * `keys: false`, and a few rows whose categorical columns hold the catalog's stored values. Rebuilt only when missing.
 */
export async function makeWarehouseDuckDb(path: string, tableCount: number, columnsPerTable: number, options: WarehouseOptions = {}): Promise<WarehouseFile> {
  const keys = options.keys ?? true;
  const { tables, values } = syntheticCatalog(tableCount, columnsPerTable);
  if (fs.existsSync(path)) return { path, tables, values };
  const stored = new Map(values.map((set) => [`${set.table}.${set.column}`, set.values]));
  const temporary = `${path}.${process.pid}.tmp`;
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const storage = options.storageVersion ? ` (STORAGE_VERSION ${quoteText(options.storageVersion)})` : '';
    await connection.run(`ATTACH ${quoteText(temporary)} AS warehouse${storage}; USE warehouse`);
    for (let start = 0; start < tables.length; start += STATEMENTS_PER_BATCH) {
      const batch = tables.slice(start, start + STATEMENTS_PER_BATCH).map((table, i) => tableStatements(table, (start + i) % TABLES_PER_FILLED_TABLE === 0, stored, keys));
      await connection.run(`BEGIN; ${batch.join('\n')} COMMIT;`);
    }
    await connection.run('CHECKPOINT; USE memory; DETACH warehouse');
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  fs.renameSync(temporary, path);
  return { path, tables, values };
}
