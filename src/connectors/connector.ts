import type { DialectName } from '../dialects/dialect-name.js';
import type { SerializedSqlMemo } from '../sql-tree/serialized-sql-memo.js';

/** What a database engine must offer sluice. DuckDB is the embedded default; others plug in here. */
export interface CatalogColumn {
  name: string;
  type: string;
  nullable: boolean;
  primary_key: boolean;
  /** "table.column" this column references, when it is a foreign key. */
  references?: string;
  /** `references` was inferred from the data (infer-join-keys.ts), not declared. */
  references_inferred?: boolean;
  comment?: string;
}

export interface CatalogTable {
  name: string;
  columns: CatalogColumn[];
  comment?: string;
  row_count: number;
}

export interface QueryOptions {
  /** The query is interrupted when it runs longer. */
  timeoutMs?: number;
  /** At most this many rows are returned; the result is marked truncated when there were more. */
  maxRows?: number;
  signal?: AbortSignal;
  /**
   * Values bound to the statement's placeholders (the dialect's `parameter(n)`), in order: a value a question wrote
   * reaches the database as data, never as SQL text.
   */
  params?: readonly string[];
}

export interface QueryResult {
  columns: string[];
  column_types: string[];
  /** JSON-safe values: numbers (decimals too), strings (dates and timestamps as DuckDB text, unsafe big ints), booleans, null. */
  rows: unknown[][];
  row_count: number;
  truncated: boolean;
  duration_ms: number;
}

export type SqlErrorKind = 'syntax' | 'binder' | 'timeout' | 'refused' | 'runtime';

/** A query that failed: bad SQL, refused by the sandbox, or interrupted. Nodes record it; they do not crash on it. */
export class SqlError extends Error {
  constructor(
    message: string,
    readonly kind: SqlErrorKind,
  ) {
    super(message);
    this.name = 'SqlError';
  }
}

/** What `sluice check` reports about the role sluice connects with. */
export interface AccessReport {
  /** True when the role could change data or schema if the sandbox let a statement through. */
  canWrite: boolean;
  /** One line each: what was checked and what was found. */
  findings: string[];
}

export interface Connector {
  /** The SQL dialect the engine speaks, for prompts and the offline model. */
  readonly dialect: DialectName;
  /** Where the data is, for messages: a file path or a URL with any password removed. */
  readonly location: string;
  /** The parser's text of SQL the sandbox checked lately (DuckDB's), so the answer checks need not parse it again. */
  readonly parsedSql?: SerializedSqlMemo;
  /** Whether the connected role could write; the sandbox refuses writes either way. */
  checkAccess?(signal?: AbortSignal): Promise<AccessReport>;
  introspect(signal?: AbortSignal): Promise<CatalogTable[]>;
  /** Runs one read-only statement through the sandbox. Throws SqlError for anything the database or the sandbox refuses. */
  execute(sql: string, options?: QueryOptions): Promise<QueryResult>;
  close(options?: CloseOptions): Promise<void>;
}

export interface CloseOptions {
  /**
   * The process ends right after this close (a one-shot CLI command): a connector with nothing to flush may leave
   * its resources for the process's end instead of releasing them one by one.
   */
  exiting?: boolean;
}
