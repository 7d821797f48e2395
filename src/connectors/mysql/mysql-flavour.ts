/** The server family: they differ in how a statement's time limit is set and in some SQL the parser accepts. */
export type MysqlFlavour = 'mariadb' | 'mysql';

/** From `SELECT VERSION()`: MariaDB says so (e.g. 10.11.6-MariaDB-0+deb12u1); MySQL does not (8.0.36). */
export function mysqlFlavour(version: string): MysqlFlavour {
  return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
}

export interface StatementTimeLimit {
  /** Runs on the session before the query (MySQL). */
  setup?: string;
  /** Goes in front of the query (MariaDB). */
  prefix: string;
}

/**
 * The server-side limit that stops a query even if the client's KILL QUERY never arrives. MariaDB has
 * `max_statement_time` in seconds, set for one statement with SET STATEMENT ... FOR; MySQL 8 has
 * `max_execution_time` in milliseconds, which applies to SELECT only and is set on the session.
 */
export function statementTimeLimit(flavour: MysqlFlavour, timeoutMs: number | undefined): StatementTimeLimit {
  if (flavour === 'mysql') return { setup: `SET SESSION max_execution_time = ${Math.max(0, Math.ceil(timeoutMs ?? 0))}`, prefix: '' };
  if (timeoutMs === undefined) return { prefix: '' };
  const seconds = Math.max(0.001, timeoutMs / 1000).toFixed(3);
  return { prefix: `SET STATEMENT max_statement_time=${seconds} FOR ` };
}
