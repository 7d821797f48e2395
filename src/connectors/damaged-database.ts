import { DamagedDatabaseError } from '../errors.js';

/**
 * DuckDB's messages for a file whose body is damaged: a block whose checksum does not match, or a file cut short
 * (`Could not read enough bytes`). A file with a wrong header is named before anything opens (database-file-problem.ts).
 */
const DAMAGED_DUCKDB = /Corrupt database file|Could not read enough bytes from file/i;

/** A DamagedDatabaseError naming `file` when DuckDB's `message` says the file is damaged, else undefined. */
export function damagedDuckDbFile(file: string | undefined, message: string): DamagedDatabaseError | undefined {
  if (!DAMAGED_DUCKDB.test(message)) return undefined;
  const reason = message.split('\n')[0]!.replace(/^IO Error: /, '');
  const named = file ? `the DuckDB database file ${file}` : 'the DuckDB database file';
  return new DamagedDatabaseError(`${named} is damaged (${reason}); restore it from a backup or copy it again`);
}
