import { SqlError, type SqlErrorKind } from '../connector.js';
import { withoutSecrets } from '../redact-url.js';

const SYNTAX = new Set([1064]);
const BINDER = new Set([1052, 1054, 1055, 1056, 1111, 1146, 1305]);
/** 1969: MariaDB max_statement_time; 3024: MySQL max_execution_time; 1317: KILL QUERY. */
const TIMEOUT = new Set([1317, 1969, 3024]);
/** 1792: write in a read-only transaction; 1142 / 1227: the user lacks the privilege. */
const REFUSED = new Set([1142, 1227, 1792]);

interface MysqlDriverError {
  errno?: number;
  sqlState?: string;
  sqlMessage?: string;
  message?: string;
}

/** The server stopped the statement at its own time limit (max_statement_time / max_execution_time). */
export function isStatementTimeLimit(error: unknown): boolean {
  const errno = (error as MysqlDriverError | undefined)?.errno;
  return errno === 1969 || errno === 3024;
}

export function mysqlErrorKind(errno: number | undefined): SqlErrorKind {
  if (errno === undefined) return 'runtime';
  if (SYNTAX.has(errno)) return 'syntax';
  if (BINDER.has(errno)) return 'binder';
  if (TIMEOUT.has(errno)) return 'timeout';
  if (REFUSED.has(errno)) return 'refused';
  return 'runtime';
}

/** The server's message on one line, the way the mysql client prints it: `error 1054 (42S22): Unknown column ...`. */
export function mysqlErrorMessage(error: unknown, secrets: readonly (string | undefined)[]): string {
  const driver = (error ?? {}) as MysqlDriverError;
  const text = driver.sqlMessage ?? driver.message ?? String(error);
  const code = driver.errno && driver.sqlState ? `error ${driver.errno} (${driver.sqlState}): ` : '';
  return withoutSecrets(`${code}${text}`.replace(/\s*\n\s*/g, ' ').trim(), secrets);
}

export function toMysqlSqlError(error: unknown, secrets: readonly (string | undefined)[]): SqlError {
  if (error instanceof SqlError) return error;
  return new SqlError(mysqlErrorMessage(error, secrets), mysqlErrorKind((error as MysqlDriverError | undefined)?.errno));
}
