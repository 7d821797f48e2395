import { openDuckDbConnector, openReadOnlyDuckDb } from '../connectors/duckdb-connector.js';
import { jsonSafeValue } from '../connectors/json-safe-value.js';
import { catalogTableDefinition } from './catalog-table-definition.js';
import { quoteName } from './quote-name.js';
import type { TableDefinition } from './table-definition.js';
import { tablesInLoadOrder } from './tables-in-load-order.js';
import type { WritableDatabase } from './writable-database.js';

export interface CopyOptions {
  /** Drop tables of the same name first; without it, existing tables are refused. */
  replace?: boolean;
  /** Called after each table with its row count and how long it took. */
  onTable?: (table: string, rows: number, ms: number) => void;
}

export interface CopiedTable {
  table: string;
  rows: number;
}

/** Thrown when the target already has tables of the same names and replace was not asked for. */
export class TablesExistError extends Error {
  constructor(readonly tables: string[]) {
    super(`the target already has ${tables.join(', ')}`);
    this.name = 'TablesExistError';
  }
}

/** Rows read from DuckDB per chunk before they are inserted. */
const ROWS_PER_INSERT = 10_000;

/**
 * Copies every table of a DuckDB file (columns, primary and foreign keys, comments, rows) into a writable
 * database. Decimals, dates and timestamps travel as text so no engine rounds or shifts them.
 */
export async function copyDuckDbDatabase(file: string, target: WritableDatabase, options: CopyOptions = {}): Promise<CopiedTable[]> {
  const connector = await openDuckDbConnector(file);
  let tables: TableDefinition[];
  try {
    tables = tablesInLoadOrder((await connector.introspect()).map(catalogTableDefinition));
  } finally {
    await connector.close();
  }
  const existing = new Set((await target.listTables()).map((name) => name.toLowerCase()));
  const clashing = tables.map((t) => t.name).filter((name) => existing.has(name.toLowerCase()));
  if (clashing.length > 0) {
    if (!options.replace) throw new TablesExistError(clashing);
    await target.dropTables([...tables].reverse().map((t) => t.name).filter((name) => existing.has(name.toLowerCase())));
  }

  const instance = await openReadOnlyDuckDb(file);
  const connection = await instance.connect();
  const copied: CopiedTable[] = [];
  try {
    for (const table of tables) {
      const started = performance.now();
      await target.createTable(table);
      const columns = table.columns.map((c) => c.name);
      const select = table.columns
        .map((c) => (/^(DECIMAL|DATE|TIME|TIMESTAMP)/i.test(c.type) ? `CAST(${quoteName(c.name, 'duckdb')} AS VARCHAR)` : quoteName(c.name, 'duckdb')))
        .join(', ');
      const result = await connection.stream(`SELECT ${select} FROM ${quoteName(table.name, 'duckdb')}`);
      let count = 0;
      let pending: unknown[][] = [];
      for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk && chunk.rowCount > 0) pending.push(...chunk.convertRows(jsonSafeValue));
        const done = !chunk || chunk.rowCount === 0;
        if (pending.length >= ROWS_PER_INSERT || (done && pending.length > 0)) {
          count += await target.insertRows(table.name, columns, pending);
          pending = [];
        }
        if (done) break;
      }
      copied.push({ table: table.name, rows: count });
      options.onTable?.(table.name, count, Math.round(performance.now() - started));
    }
    for (const table of tables) await target.addForeignKeys(table);
    await target.analyze(tables.map((t) => t.name));
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return copied;
}
