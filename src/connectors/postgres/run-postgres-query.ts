import pg from 'pg';
import { SqlError, type QueryOptions, type QueryResult } from '../connector.js';
import type { PostgresTypeNames } from './postgres-type-names.js';

/** Row cap when the caller gives none, so a huge result is never materialised. */
const DEFAULT_MAX_ROWS = 10_000;

export interface PostgresQueryContext {
  /** Schemas the statement sees, first one first. */
  searchPath: readonly string[];
  typeNames: PostgresTypeNames;
  /** True once the caller aborted; the statement is being cancelled on the server. */
  cancelled: () => boolean;
}

/**
 * Runs one already-checked SELECT inside a READ ONLY transaction with a statement timeout, through a cursor
 * that fetches maxRows + 1 rows at most. The caller rolls the transaction back.
 */
export async function runPostgresQuery(
  client: pg.ClientBase,
  statement: string,
  options: QueryOptions,
  context: PostgresQueryContext,
): Promise<QueryResult> {
  const started = performance.now();
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const step = async <T>(run: () => Promise<T>): Promise<T> => {
    if (context.cancelled()) throw cancelledError();
    try {
      return await run();
    } catch (error) {
      if (context.cancelled()) throw cancelledError();
      throw error;
    }
  };

  const settings = [
    'BEGIN TRANSACTION READ ONLY',
    `SET LOCAL search_path TO ${context.searchPath.map((schema) => pg.escapeIdentifier(schema)).join(', ')}`,
    ...(options.timeoutMs === undefined ? [] : [`SET LOCAL statement_timeout = ${Math.max(1, Math.floor(options.timeoutMs))}`]),
  ];
  await step(() => client.query(settings.join('; ')));
  // The extended protocol accepts exactly one statement: a second line of defence behind the parser check.
  await step(() =>
    client.query({ text: `DECLARE sluice_cursor NO SCROLL CURSOR FOR ${statement}\n`, values: options.params ? [...options.params] : undefined, queryMode: 'extended' } as pg.QueryConfig),
  );
  const fetched = await step(() => client.query({ text: `FETCH ${maxRows + 1} FROM sluice_cursor`, rowMode: 'array' }));
  const columnTypes = await step(() => context.typeNames.namesOf(client, fetched.fields));
  const rows = fetched.rows as unknown[][];
  const truncated = rows.length > maxRows;
  if (truncated) rows.length = maxRows;
  return {
    columns: fetched.fields.map((field) => field.name),
    column_types: columnTypes,
    rows,
    row_count: rows.length,
    truncated,
    duration_ms: Math.round(performance.now() - started),
  };
}

function cancelledError(): SqlError {
  return new SqlError('query was cancelled and stopped on the server', 'timeout');
}
