import type { DuckDBConnection, DuckDBPreparedStatement } from '@duckdb/node-api';
import { SqlError } from './connector.js';
import { ownEntry } from '../own-entry.js';
import { parseLossless } from '../sql-tree/lossless-json.js';
import type { SerializedSqlMemo } from '../sql-tree/serialized-sql-memo.js';

interface SerializedSql {
  error: boolean;
  error_type?: string;
  error_message?: string;
  statements?: unknown[];
}

export const ONE_SELECT = 'only one read-only SELECT statement may run';

/** Functions refused by exact name, with the reason given to the model. */
const REFUSED_FUNCTIONS: Record<string, string> = {
  glob: 'lists files',
  sniff_csv: 'reads files',
  query: 'runs SQL given as text, which the sandbox cannot check,',
  query_table: 'runs SQL given as text, which the sandbox cannot check,',
  json_execute_serialized_sql: 'runs SQL given as text, which the sandbox cannot check,',
  getenv: 'reads the server environment',
  which_secret: 'reads secrets',
  duckdb_secrets: 'reads secrets',
  enable_logging: 'changes database state',
  disable_logging: 'changes database state',
  truncate_duckdb_logs: 'changes database state',
  enable_profiling: 'changes database state',
  disable_profiling: 'changes database state',
  enable_peg_parser: 'changes database state',
  disable_peg_parser: 'changes database state',
  checkpoint: 'changes database state',
  force_checkpoint: 'changes database state',
  duckdb_settings: 'reveals the host (paths, settings)',
  current_setting: 'reveals the host (paths, settings)',
  duckdb_databases: 'reveals the host (database file paths)',
  pragma_database_list: 'reveals the host (database file paths)',
  duckdb_extensions: 'reveals the host (extension paths)',
  duckdb_temporary_files: 'reveals the host (temporary file paths)',
  duckdb_logs: 'reveals the host (log records)',
  duckdb_log_contexts: 'reveals the host (log records)',
};

/** Views over the functions above, refused by name wherever they are read from. */
const REFUSED_RELATIONS: ReadonlySet<string> = new Set([
  'pg_settings',
  'duckdb_settings',
  'duckdb_databases',
  'duckdb_extensions',
  'duckdb_temporary_files',
  'duckdb_secrets',
  'duckdb_logs',
  'pragma_database_list',
]);

const FILE_READER = /^read_|^parquet_|^st_read|_scan$/;
const FOREIGN_DATABASE_READER = /^(sqlite|postgres|mysql|mssql|iceberg|delta|ducklake)_/;

/** A replacement scan: DuckDB reads `FROM 'data.csv'` or `FROM 's3://...'` as a file. */
const PATH_LIKE_TABLE =
  /[/\\]|:\/\/|^~|\.(csv|tsv|txt|parquet|json|jsonl|ndjson|xlsx?|db|duckdb|sqlite3?|arrow|feather|avro|orc|gz|zst|bz2|xz)$/i;

/**
 * The sandbox rule: exactly one statement, and it must be a SELECT (WITH, UNION, VALUES, DESCRIBE
 * included) that reads no files, URLs, secrets or environment. DuckDB's own parser decides:
 * json_serialize_sql only serialises SELECT statements, so anything else comes back as an error.
 */
export async function assertReadOnlySql(sql: string, parser: DuckDBConnection, memo?: SerializedSqlMemo): Promise<void> {
  const serialized = await serialize(sql, parser, memo);
  if (serialized.error) {
    if (serialized.error_type === 'parser') {
      throw new SqlError(`Parser Error: ${serialized.error_message ?? 'syntax error'}`, 'syntax');
    }
    const count = await countStatements(sql, parser);
    if (count > 1) throw new SqlError(`refused: multiple statements (got ${count}); ${ONE_SELECT}`, 'refused');
    throw new SqlError(`refused: ${ONE_SELECT} (got ${describeStatement(sql)})`, 'refused');
  }
  const statements = serialized.statements ?? [];
  if (statements.length === 0) throw new SqlError('refused: there is no SQL statement to run', 'refused');
  if (statements.length > 1) {
    throw new SqlError(`refused: multiple statements (got ${statements.length}); ${ONE_SELECT}`, 'refused');
  }
  forEachNode(statements[0], (node) => {
    const functionName = node.function_name;
    if (typeof functionName === 'string') assertAllowedFunction(functionName.toLowerCase());
    if (node.type === 'BASE_TABLE' && typeof node.table_name === 'string' && REFUSED_RELATIONS.has(node.table_name.toLowerCase())) {
      throw new SqlError(`refused: ${node.table_name} reveals the host (paths, settings) and is not allowed`, 'refused');
    }
    if (node.type === 'BASE_TABLE' && typeof node.table_name === 'string' && PATH_LIKE_TABLE.test(node.table_name)) {
      throw new SqlError(
        `refused: '${node.table_name}' looks like a file path or URL; only tables of the database may be queried`,
        'refused',
      );
    }
  });
}

/**
 * The parsing statement, prepared once per parser connection rather than per check (it cost as much as the check).
 * A connection is used by one query at a time (the connector's pool), so its statement is never bound twice at once.
 */
const serializers = new WeakMap<DuckDBConnection, Promise<DuckDBPreparedStatement>>();

function serializerOf(parser: DuckDBConnection): Promise<DuckDBPreparedStatement> {
  let serializer = serializers.get(parser);
  if (!serializer) {
    serializer = parser.prepare('SELECT json_serialize_sql(?::VARCHAR)');
    serializers.set(parser, serializer);
    serializer.catch(() => serializers.delete(parser));
  }
  return serializer;
}

async function serialize(sql: string, parser: DuckDBConnection, memo?: SerializedSqlMemo): Promise<SerializedSql> {
  const serializer = await serializerOf(parser);
  serializer.bindVarchar(1, sql);
  // Materialised by run(): its one row is read here, not fetched chunk by chunk (one trip to DuckDB's thread, not three).
  const result = await serializer.run();
  const text = result.chunkCount > 0 ? result.getChunk(0).getRows()[0]?.[0] : undefined;
  if (typeof text !== 'string') throw new SqlError('refused: the SQL could not be checked by the parser', 'refused');
  // Read losslessly (only read here): the answer checks parse the same SQL again (parseAnswerSql) and take this tree
  // instead of reading the text a second time.
  const parsed = parseLossless(text) as SerializedSql;
  memo?.remember(sql, text, parsed);
  return parsed;
}

async function countStatements(sql: string, parser: DuckDBConnection): Promise<number> {
  try {
    return (await parser.extractStatements(sql)).count;
  } catch {
    return 1;
  }
}

/** The statement's leading keyword, for the refusal message only; the decision itself is the parser's. */
function describeStatement(sql: string): string {
  const withoutComments = sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
  const keyword = /^[\s(]*([A-Za-z_]+)/.exec(withoutComments)?.[1]?.toUpperCase();
  if (!keyword) return 'a statement that is not a SELECT';
  if (['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE'].includes(keyword)) {
    return `a ${keyword} statement that is not a plain SELECT, e.g. it uses PIVOT or modifies data`;
  }
  return keyword;
}

function assertAllowedFunction(name: string): void {
  const reason =
    ownEntry(REFUSED_FUNCTIONS, name) ??
    (FOREIGN_DATABASE_READER.test(name) ? 'reads other databases or files' : undefined) ??
    (FILE_READER.test(name) ? 'reads files' : undefined);
  if (reason) throw new SqlError(`refused: ${name} ${reason} and is not allowed`, 'refused');
}

/**
 * Every object in a parsed statement, depth first, each before what it holds, in the order its keys and items come:
 * with an explicit stack, not a generator per node (a generator per node of every statement checked was ~3% of what
 * a batch allocates).
 */
function forEachNode(value: unknown, visit: (node: Record<string, unknown>) => void): void {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const next = stack.pop();
    if (Array.isArray(next)) {
      for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]);
    } else if (next !== null && typeof next === 'object') {
      const node = next as Record<string, unknown>;
      visit(node);
      const children = Object.values(node);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    }
  }
}
