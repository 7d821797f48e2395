import type { TableDefinition } from './table-definition.js';
import type { WritableDialect } from './writable-dialect.js';

/**
 * A database sluice may write into, for loading data (the demo, benchmark databases). Never used to answer
 * questions: those go through the read-only connectors.
 */
export interface WritableDatabase {
  readonly dialect: WritableDialect;
  /** Where the data goes, for messages: a file path or a URL without its password. */
  readonly location: string;
  /** Runs one statement, with `$1` (postgres) or `?` (mysql, sqlite) parameters. */
  exec(sql: string, params?: readonly unknown[]): Promise<void>;
  /** Runs one query and returns its rows as objects. */
  query(sql: string, params?: readonly unknown[]): Promise<Record<string, unknown>[]>;
  /** Base tables in the target schema/database. */
  listTables(): Promise<string[]>;
  /** Creates the table with its primary key and comments (and, on SQLite, its foreign keys). */
  createTable(table: TableDefinition): Promise<void>;
  /** Adds the table's foreign keys once every referenced table has its rows; nothing on SQLite. */
  addForeignKeys(table: TableDefinition): Promise<void>;
  /** Inserts rows (values in `columns` order) in multi-row batches inside one transaction; returns the count. */
  insertRows(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<number>;
  /** Drops the tables that exist, with whatever depends on them. */
  dropTables(tables: readonly string[]): Promise<void>;
  /** Refreshes the planner statistics (and the row estimates connectors read). */
  analyze(tables: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** The database refused to be written (a read-only role or file): the message says loading needs write access. */
export class WriteAccessError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteAccessError';
  }
}
