import type { SqlAttempt } from '../../context/context-schema.js';
import type { SqlRepair } from './fix-unknown-identifier.js';
import { topLevelKeyword } from './sql-text.js';

const NARROW_LIMIT = 1000;

/** A query that timed out, made cheaper: a LIMIT when it has none, else a smaller LIMIT. */
export function narrowQuery(attempt: SqlAttempt, maxRows = NARROW_LIMIT): SqlRepair {
  const sql = attempt.sql.replace(/;\s*$/, '').trimEnd();
  const limitAt = topLevelKeyword(sql, /^limit\s+\d+/i).at(-1);
  if (limitAt === undefined) {
    return { sql: `${sql}\nLIMIT ${maxRows}`, explanation: `The query timed out; limited it to ${maxRows} rows.` };
  }
  const current = Number(/^limit\s+(\d+)/i.exec(sql.slice(limitAt))![1]);
  const smaller = Math.max(1, Math.min(Math.floor(current / 10), maxRows));
  return {
    sql: `${sql.slice(0, limitAt)}LIMIT ${smaller}${sql.slice(limitAt).replace(/^limit\s+\d+/i, '')}`,
    explanation: `The query timed out; lowered its LIMIT from ${current} to ${smaller}.`,
  };
}
