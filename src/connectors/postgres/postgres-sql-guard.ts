import { parse } from 'libpg-query';
import { SqlError } from '../connector.js';
import { refusedFunctionReason, refusedRelationReason } from './refused-postgres-names.js';

const ONE_SELECT = 'only one read-only SELECT statement may run';

const STATEMENT_NAMES: Record<string, string> = {
  TransactionStmt: 'transaction control (BEGIN, COMMIT, ROLLBACK, SAVEPOINT)',
  VariableSetStmt: 'SET or RESET',
  VariableShowStmt: 'SHOW',
  ExplainStmt: 'EXPLAIN',
  CopyStmt: 'COPY',
  DoStmt: 'DO',
  CallStmt: 'CALL',
  CreateTableAsStmt: 'CREATE TABLE AS',
  ListenStmt: 'LISTEN',
  NotifyStmt: 'NOTIFY',
  VacuumStmt: 'VACUUM or ANALYZE',
  GrantStmt: 'GRANT or REVOKE',
  DeclareCursorStmt: 'DECLARE CURSOR',
};

const WRITING_STATEMENTS = new Set(['InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

interface RawStatement {
  stmt: Record<string, unknown>;
  stmt_location?: number;
  stmt_len?: number;
}

/**
 * The sandbox rule, decided by PostgreSQL's own parser: exactly one SELECT (WITH, VALUES, TABLE and set
 * operations included) that neither writes (SELECT INTO, data-modifying WITH), nor locks rows (FOR UPDATE/SHARE),
 * nor calls a function with side effects or access to the host. Returns the statement's text without the
 * trailing semicolon, ready to be wrapped in a cursor.
 */
export async function assertReadOnlyPostgresSql(sql: string): Promise<string> {
  let statements: RawStatement[];
  try {
    statements = ((await parse(sql)) as { stmts?: RawStatement[] }).stmts ?? [];
  } catch (error) {
    throw new SqlError(error instanceof Error ? error.message : String(error), 'syntax');
  }
  if (statements.length === 0) throw new SqlError('refused: there is no SQL statement to run', 'refused');
  if (statements.length > 1) {
    throw new SqlError(`refused: multiple statements (got ${statements.length}); ${ONE_SELECT}`, 'refused');
  }
  const [statement] = statements;
  const kind = Object.keys(statement.stmt)[0] ?? 'unknown';
  if (kind !== 'SelectStmt') throw new SqlError(`refused: ${describeStatement(kind)} is not a SELECT; ${ONE_SELECT}`, 'refused');
  for (const [key, value] of walk(statement.stmt)) assertAllowedNode(key, value);
  return statementText(sql, statement);
}

function assertAllowedNode(key: string, value: unknown): void {
  if (WRITING_STATEMENTS.has(key)) {
    throw new SqlError(`refused: a ${describeStatement(key)} inside WITH changes data; ${ONE_SELECT}`, 'refused');
  }
  if (key === 'intoClause') throw new SqlError('refused: SELECT INTO creates a table; only reading is allowed', 'refused');
  if (key === 'lockingClause') throw new SqlError('refused: FOR UPDATE/SHARE locks rows; only reading is allowed', 'refused');
  const node = value as Record<string, unknown>;
  if (key === 'FuncCall') {
    const name = lastName(node.funcname);
    const reason = name === undefined ? undefined : refusedFunctionReason(name);
    if (reason) throw new SqlError(`refused: ${name} ${reason} and is not allowed`, 'refused');
  }
  if (key === 'RangeVar' && typeof node.relname === 'string') {
    const reason = refusedRelationReason(node.relname.toLowerCase());
    if (reason) throw new SqlError(`refused: ${node.relname} ${reason} and may not be read`, 'refused');
  }
}

/** The unqualified, lower-case name of a (possibly schema-qualified) function. */
function lastName(parts: unknown): string | undefined {
  if (!Array.isArray(parts) || parts.length === 0) return undefined;
  const last = parts[parts.length - 1] as { String?: { sval?: string } };
  return last.String?.sval?.toLowerCase();
}

function describeStatement(kind: string): string {
  return (
    STATEMENT_NAMES[kind] ??
    kind
      .replace(/Stmt$/, '')
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toUpperCase()
  );
}

/** The statement's own text: libpg_query reports byte offsets, so slicing happens on UTF-8 bytes. */
function statementText(sql: string, statement: RawStatement): string {
  const bytes = Buffer.from(sql, 'utf8');
  const start = statement.stmt_location ?? 0;
  const end = statement.stmt_len ? start + statement.stmt_len : bytes.length;
  return bytes.subarray(start, end).toString('utf8').replace(/;\s*$/, '');
}

/** Every [key, value] pair of the parse tree, depth first. */
function* walk(value: unknown): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    for (const item of value) yield* walk(item);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      yield [key, child];
      yield* walk(child);
    }
  }
}
