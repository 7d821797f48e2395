import mariadbParser from 'node-sql-parser/build/mariadb.js';
import mysqlParser from 'node-sql-parser/build/mysql.js';
import { SqlError } from '../connector.js';
import type { MysqlFlavour } from './mysql-flavour.js';
import { mysqlTokens, type MysqlToken } from './mysql-tokens.js';
import { parserReadableSql } from './parser-readable-sql.js';
import { refusedMysqlRelationReason } from './refused-mysql-relations.js';

const ONE_SELECT = 'only one read-only SELECT statement may run';

/** Functions refused by name wherever they appear, with the reason given to the model. */
const REFUSED_FUNCTIONS: Record<string, string> = {
  LOAD_FILE: 'reads files on the server',
  SLEEP: 'holds a connection without doing work',
  BENCHMARK: 'burns server time on purpose',
  GET_LOCK: 'takes a server-wide lock',
  RELEASE_LOCK: 'changes server-wide locks',
  RELEASE_ALL_LOCKS: 'changes server-wide locks',
  IS_FREE_LOCK: 'inspects server-wide locks',
  IS_USED_LOCK: 'inspects server-wide locks',
  MASTER_POS_WAIT: 'waits on replication',
  SOURCE_POS_WAIT: 'waits on replication',
  MASTER_GTID_WAIT: 'waits on replication',
  WAIT_FOR_EXECUTED_GTID_SET: 'waits on replication',
  WAIT_UNTIL_SQL_THREAD_AFTER_GTIDS: 'waits on replication',
  SYS_EXEC: 'runs programs on the server',
  SYS_EVAL: 'runs programs on the server',
  NEXTVAL: 'advances a sequence',
  SETVAL: 'changes a sequence',
  LASTVAL: 'reads sequence state',
};

/** Word pairs that make a SELECT write, lock or leave the query. */
const REFUSED_PHRASES: [string[], string][] = [
  [['INTO'], 'SELECT ... INTO writes files or variables'],
  [['FOR', 'UPDATE'], 'FOR UPDATE locks rows'],
  [['FOR', 'SHARE'], 'FOR SHARE locks rows'],
  [['LOCK', 'IN'], 'LOCK IN SHARE MODE locks rows'],
  [['NEXT', 'VALUE', 'FOR'], 'NEXT VALUE FOR advances a sequence'],
  [['PREVIOUS', 'VALUE', 'FOR'], 'PREVIOUS VALUE FOR reads sequence state'],
];

/** Words that open a MySQL/MariaDB statement other than SELECT; any other first word is a typo, not an attempt to write. */
const STATEMENT_KEYWORDS = new Set(
  (
    'ALTER ANALYZE BACKUP BEGIN BINLOG CACHE CALL CHANGE CHECK CHECKSUM CLONE COMMIT CREATE DEALLOCATE DECLARE DELETE ' +
    'DESC DESCRIBE DO DROP EXECUTE EXPLAIN FLUSH GET GRANT HANDLER HELP IMPORT INSERT INSTALL KILL LOAD LOCK OPTIMIZE ' +
    'PREPARE PURGE RELEASE RENAME REPAIR REPLACE RESET RESIGNAL RESTART REVOKE ROLLBACK SAVEPOINT SET SHOW SHUTDOWN ' +
    'SIGNAL START STOP TABLE TRUNCATE UNINSTALL UNLOCK UPDATE USE VALUES XA'
  ).split(' '),
);

const parsers = {
  mariadb: { parser: new mariadbParser.Parser(), database: 'MariaDB' },
  mysql: { parser: new mysqlParser.Parser(), database: 'MySQL' },
};

/**
 * The sandbox rule for MySQL and MariaDB: exactly one SELECT (WITH and UNION included) that writes nothing, locks
 * nothing, reads no files, system variables or system schemas (refusedMysqlRelationReason) and calls none of the
 * refused functions. Two views are checked: the server's (mysqlTokens, which knows MySQL's comment and escape rules)
 * and node-sql-parser's AST, which decides the statement type; SQL the parser cannot read, even in its
 * parser-readable copy (parserReadableSql), is refused.
 * `sessionDatabase` is the schema of unqualified table names. Returns the SQL without a trailing
 * semicolon.
 */
export function assertReadOnlyMysql(sql: string, flavour: MysqlFlavour, sessionDatabase?: string): string {
  const tokens = mysqlTokens(sql);
  if (tokens.length === 0) throw new SqlError('refused: there is no SQL statement to run', 'refused');
  const last = tokens[tokens.length - 1]!;
  const body = last.text === ';' && last.kind === 'symbol' ? tokens.slice(0, -1) : tokens;
  const separators = body.filter((token) => token.kind === 'symbol' && token.text === ';').length;
  if (separators > 0) throw new SqlError(`refused: multiple statements (got ${separators + 1}); ${ONE_SELECT}`, 'refused');
  const first = body[0];
  if (!first || !(first.kind === 'symbol' ? first.text === '(' : ['SELECT', 'WITH'].includes(first.text))) {
    if (first?.kind === 'word' && !STATEMENT_KEYWORDS.has(first.text)) {
      throw new SqlError(`syntax error: a query starts with SELECT or WITH, not ${first.text}`, 'syntax');
    }
    throw new SqlError(`refused: ${ONE_SELECT} (got ${first?.kind === 'word' ? first.text : 'a statement that is not a SELECT'})`, 'refused');
  }
  assertAllowedTokens(body);
  assertAllowedAst(sql, body, flavour, sessionDatabase);
  return body === tokens ? sql : sql.slice(0, last.start);
}

function assertAllowedTokens(tokens: MysqlToken[]): void {
  tokens.forEach((token, i) => {
    if (token.kind === 'system-variable') {
      throw new SqlError(`refused: system variables such as ${token.text} describe the server and are not allowed`, 'refused');
    }
    if (token.kind === 'symbol' && token.text === ':=') {
      throw new SqlError('refused: assigning variables (:=) changes session state and is not allowed', 'refused');
    }
    if ((token.kind === 'word' || token.kind === 'quoted') && tokens[i + 1]?.text === '(' && tokens[i + 1]?.kind === 'symbol') {
      assertAllowedFunction(token.text);
    }
    if (token.kind !== 'word') return;
    for (const [phrase, reason] of REFUSED_PHRASES) {
      if (phrase.every((word, offset) => tokens[i + offset]?.kind === 'word' && tokens[i + offset]?.text === word)) {
        throw new SqlError(`refused: ${reason} and is not allowed`, 'refused');
      }
    }
  });
}

/**
 * Where the parser stopped reading, as a user can find it ("it cannot read line 1, column 23 on: ('/etc/passwd')"),
 * instead of its list of every token it expected there (a 200-character wall of quoted punctuation).
 */
function parserFailure(sql: string, error: unknown): string {
  const start = (error as { location?: { start?: { offset?: number; line?: number; column?: number } } }).location?.start;
  if (start?.offset === undefined || start.line === undefined || start.column === undefined) {
    return (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 200);
  }
  const rest = sql.slice(start.offset).replace(/\s+/g, ' ').trim();
  const shown = rest.length > 40 ? `${rest.slice(0, 40)}…` : rest;
  return shown ? `it cannot read line ${start.line}, column ${start.column} on: ${shown}` : 'the statement ends too soon';
}

function assertAllowedFunction(name: string): void {
  const upper = name.toUpperCase();
  const reason = REFUSED_FUNCTIONS[upper];
  if (reason) throw new SqlError(`refused: ${upper} ${reason} and is not allowed`, 'refused');
}

function assertAllowedAst(sql: string, tokens: MysqlToken[], flavour: MysqlFlavour, sessionDatabase: string | undefined): void {
  const { parser, database } = parsers[flavour];
  let ast: unknown;
  try {
    ast = parser.astify(sql, { database });
  } catch (error) {
    const copy = parserReadableSql(sql, tokens);
    try {
      if (copy === undefined) throw error;
      ast = parser.astify(copy, { database });
    } catch {
      throw new SqlError(`refused: the SQL could not be checked by the parser: ${parserFailure(sql, error)}`, 'refused');
    }
  }
  const statements = (Array.isArray(ast) ? ast : [ast]) as Record<string, unknown>[];
  if (statements.length !== 1) {
    throw new SqlError(`refused: multiple statements (got ${statements.length}); ${ONE_SELECT}`, 'refused');
  }
  const type = String(statements[0]!.type);
  if (type !== 'select') throw new SqlError(`refused: ${ONE_SELECT} (got ${type.toUpperCase()})`, 'refused');
  for (const node of walk(statements[0])) {
    if (node.type === 'function') assertAllowedFunction(functionName(node.name));
    if (node.type === 'aggr_func' && typeof node.name === 'string') assertAllowedFunction(node.name);
    if (node.type === 'assign') throw new SqlError('refused: assigning variables changes session state and is not allowed', 'refused');
    if (node.type === 'var' && node.prefix === '@@') {
      throw new SqlError(`refused: system variables such as @@${String(node.name)} describe the server and are not allowed`, 'refused');
    }
    if (node.locking_read) throw new SqlError(`refused: ${String(node.locking_read)} locks rows and is not allowed`, 'refused');
    if (node.type === undefined && 'db' in node && typeof node.table === 'string') {
      const schema = typeof node.db === 'string' ? node.db : sessionDatabase;
      const reason = refusedMysqlRelationReason(schema, node.table);
      if (reason) throw new SqlError(`refused: ${schema}.${node.table} ${reason} and may not be read`, 'refused');
    }
    if (isRecord(node.into) && node.into.position) {
      throw new SqlError('refused: SELECT ... INTO writes files or variables and is not allowed', 'refused');
    }
  }
}

/** node-sql-parser names a function `{ name: [{ value }] }` (the last part is the function, earlier parts its schema). */
function functionName(name: unknown): string {
  if (typeof name === 'string') return name;
  if (isRecord(name) && Array.isArray(name.name)) {
    const last = name.name[name.name.length - 1] as unknown;
    if (isRecord(last) && typeof last.value === 'string') return last.value;
  }
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

function* walk(value: unknown): Generator<Record<string, unknown>> {
  if (Array.isArray(value)) {
    for (const item of value) yield* walk(item);
  } else if (isRecord(value)) {
    yield value;
    for (const child of Object.values(value)) yield* walk(child);
  }
}
