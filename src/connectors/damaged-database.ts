import { DamagedDatabaseError } from '../errors.js';

/**
 * DuckDB's messages for a file whose body is damaged: a block whose checksum does not match, or a file cut short
 * (`Could not read enough bytes`). A file with a wrong header is named before anything opens (database-file-problem.ts).
 */
const DAMAGED_DUCKDB = /Corrupt database file|Could not read enough bytes from file/i;

/**
 * SQLite's SQLITE_CORRUPT ("database disk image is malformed"). Not SQLITE_NOTADB ("file is not a database"): that is a
 * file of another kind, which the connector names as such.
 */
const DAMAGED_SQLITE = /database disk image is malformed/i;

/** A DamagedDatabaseError naming `file` when DuckDB's `message` says the file is damaged, else undefined. */
export function damagedDuckDbFile(file: string | undefined, message: string): DamagedDatabaseError | undefined {
  return DAMAGED_DUCKDB.test(message) ? damaged('DuckDB', file, message.replace(/^IO Error: /, '')) : undefined;
}

/** The same for SQLite's `message`. */
export function damagedSqliteFile(file: string | undefined, message: string): DamagedDatabaseError | undefined {
  return DAMAGED_SQLITE.test(message) ? damaged('SQLite', file, message) : undefined;
}

function damaged(engine: string, file: string | undefined, message: string): DamagedDatabaseError {
  const named = file ? `the ${engine} database file ${file}` : `the ${engine} database file`;
  return new DamagedDatabaseError(`${named} is damaged (${message.split('\n')[0]!}); restore it from a backup or copy it again`);
}
