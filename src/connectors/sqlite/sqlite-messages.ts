/** What the connector asks its SQLite child process, one request at a time. */
export type SqliteRequest =
  | { type: 'open'; driver: string; path: string; allowedFunctions: string[] }
  /** `checked` statements are user SQL: they must be read-only and call only allowed functions. */
  | { type: 'query'; sql: string; maxRows: number; checked: boolean; params?: string[] };

/** A column as the statement declares it; `type` is null for expressions. */
export interface SqliteColumn {
  name: string;
  type: string | null;
}

export type SqliteReply =
  | { type: 'ready' }
  | { type: 'rows'; columns: SqliteColumn[]; rows: unknown[][] }
  | { type: 'refused'; reason: string }
  | { type: 'failed'; message: string; code?: string };
