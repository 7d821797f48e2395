import Database from 'better-sqlite3';
import { SQLITE_ALLOWED_FUNCTIONS } from '../../connectors/sqlite/sqlite-allowed-functions.js';

/** A gold query as sluice's SQLite connector will run it, or why it cannot. */
export interface GoldSqlCheck {
  sql: string;
  /** Double-quoted string literals were rewritten to single quotes (see readStringLiterals). */
  requoted: boolean;
  /** Why SQLite (or the connector's function allow-list) rejects it; undefined when it compiles. */
  rejected?: string;
}

const CALL_OPCODES = new Set(['Function', 'PureFunc', 'AggStep', 'AggStep1', 'AggFinal', 'AggValue', 'AggInverse']);
const DOUBLE_QUOTED_LITERAL = /^no such column: ("(?:[^"]|"")*") - should this be a string literal in single-quotes\?$/;
const ALLOWED = new Set(SQLITE_ALLOWED_FUNCTIONS);

/** Replaces the double-quoted token `quoted` by the same text in single quotes, outside single-quoted strings and comments. */
function requote(sql: string, quoted: string): string {
  const literal = `'${quoted.slice(1, -1).replaceAll('""', '"').replaceAll("'", "''")}'`;
  let result = '';
  for (let i = 0; i < sql.length; ) {
    if (sql[i] === "'") {
      const end = sql.indexOf("'", i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      result += sql.slice(i, stop);
      i = stop;
    } else if (sql.startsWith(quoted, i)) {
      result += literal;
      i += quoted.length;
    } else if (sql[i] === '"') {
      const end = sql.indexOf('"', i + 1);
      const stop = end < 0 ? sql.length : end + 1;
      result += sql.slice(i, stop);
      i = stop;
    } else {
      result += sql[i++];
    }
  }
  return result;
}

/**
 * Compiles gold queries against a SQLite file opened read-only, without running them: a syntax error, an unknown
 * table or column, more than one statement, or a function the connector refuses is caught in milliseconds even on
 * BIRD's large databases. The published golds were written for a SQLite that reads an unresolvable "text" as the
 * string 'text' (legacy DQS); sluice's driver is built without it, so such tokens are rewritten to single quotes,
 * one at a time and only where SQLite itself says the token is no column.
 */
export function openGoldSqlCheck(file: string): { check(sql: string): GoldSqlCheck; close(): void } {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  const compile = (sql: string): string | undefined => {
    const statement = database.prepare(sql);
    if (!statement.reader || !statement.readonly) return 'not a read-only query';
    for (const step of database.prepare(`EXPLAIN ${sql}`).all() as { opcode: string; p4: unknown }[]) {
      if (!CALL_OPCODES.has(step.opcode) || typeof step.p4 !== 'string') continue;
      const name = step.p4.replace(/\(.*$/, '').toLowerCase();
      if (!ALLOWED.has(name)) return `${name}() is not one of the SQLite functions sluice runs`;
    }
    return undefined;
  };
  return {
    check(original) {
      let sql = original;
      for (let attempt = 0; ; attempt++) {
        try {
          const rejected = compile(sql);
          return { sql, requoted: sql !== original, ...(rejected ? { rejected } : {}) };
        } catch (error) {
          const message = (error as Error).message;
          const literal = DOUBLE_QUOTED_LITERAL.exec(message)?.[1];
          const next = literal && attempt < 100 ? requote(sql, literal) : sql;
          if (next === sql) return { sql: original, requoted: false, rejected: message };
          sql = next;
        }
      }
    },
    close: () => database.close(),
  };
}

/** The table names of a SQLite file, in the order the file defines them. */
export function sqliteTableNames(file: string): string[] {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = database.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid`).all();
    return (rows as { name: string }[]).map((row) => row.name);
  } finally {
    database.close();
  }
}
