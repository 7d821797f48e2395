import fs from 'node:fs';

const DUCKDB_MAGIC = Buffer.from('DUCK');
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0');

/** What a path that is not a regular file is (a pipe would block the read of its first bytes), or undefined. */
function notAFileKind(info: fs.Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return 'a folder';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'something other than a regular file';
}

/**
 * Why the file at `location` cannot be a `type` database, read from its first bytes (DuckDB writes `DUCK` at byte 8,
 * SQLite starts with `SQLite format 3\0`), or undefined when it may be one. A wrong file in sluice.yml is a
 * configuration error to say in one line before any run starts, as a missing file is, not a node failure found by
 * the engine halfway through schema linking. A 0-byte file is SQLite's empty database, but pointed at by a
 * namespace it is almost always a path typo or a failed copy, and it holds no table to answer from.
 */
export function databaseFileProblem(location: string, type: 'duckdb' | 'sqlite'): string | undefined {
  let fd: number | undefined;
  try {
    const info = fs.statSync(location);
    const engine = type === 'duckdb' ? 'DuckDB' : 'SQLite';
    const kind = notAFileKind(info);
    if (kind !== undefined) return `${location} is ${kind}, not a ${engine} database file`;
    if (info.size === 0) return `${location} is empty (0 bytes), not a ${engine} database`;
    fd = fs.openSync(location, 'r');
    const head = Buffer.alloc(16);
    const read = fs.readSync(fd, head, 0, 16, 0);
    if (type === 'duckdb') {
      if (read >= 12 && head.subarray(8, 12).equals(DUCKDB_MAGIC)) return undefined;
      if (read === 16 && head.equals(SQLITE_MAGIC)) return `${location} is a SQLite database, not a DuckDB one: use type: sqlite`;
      return `${location} is not a DuckDB database file (its first bytes are not DuckDB's header)`;
    }
    if (read === 16 && head.equals(SQLITE_MAGIC)) return undefined;
    if (read >= 12 && head.subarray(8, 12).equals(DUCKDB_MAGIC)) return `${location} is a DuckDB database, not a SQLite one: use type: duckdb`;
    return `${location} is not a SQLite database file (its first bytes are not SQLite's header)`;
  } catch (error) {
    // Unreadable (permissions): the connector's own open says so with the system's reason.
    return (error as NodeJS.ErrnoException).code === 'EACCES' ? `${location} cannot be read (permission denied)` : undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
