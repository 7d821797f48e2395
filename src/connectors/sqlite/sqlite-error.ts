import { SqlError, type SqlErrorKind } from '../connector.js';
import { damagedSqliteFile } from '../damaged-database.js';
import type { DamagedDatabaseError } from '../../errors.js';

/** SQLite's own wording decides the kind, as DuckDB's "Parser Error"/"Binder Error" prefixes do there. */
export function sqliteErrorKind(message: string): SqlErrorKind {
  if (/syntax error|incomplete input|unrecognized token|parameter/i.test(message)) return 'syntax';
  if (/no such (table|column|function)|ambiguous column|misuse of (aggregate|window)|wrong number of arguments|no tables specified|is not a function|has no column/i.test(message)) {
    return 'binder';
  }
  return 'runtime';
}

/** What a failed SQLite query throws: a SqlError the run records, or, for a damaged `file`, a fault that stops the run. */
export function toSqliteError(message: string, file?: string): SqlError | DamagedDatabaseError {
  const damaged = damagedSqliteFile(file, message);
  if (damaged) return damaged;
  if (/more than one statement/.test(message)) {
    return new SqlError('refused: multiple statements; only one read-only SELECT statement may run', 'refused');
  }
  if (/contains no statements/.test(message)) return new SqlError('refused: there is no SQL statement to run', 'refused');
  if (/Missing named parameters|Too few parameter values/.test(message)) {
    return new SqlError('the SQL has parameters (?, :name or $name) but none are given: write the values into the SQL', 'syntax');
  }
  return new SqlError(message, sqliteErrorKind(message));
}
