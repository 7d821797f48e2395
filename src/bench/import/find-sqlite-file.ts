import fs from 'node:fs';
import path from 'node:path';
import { databaseFileProblem } from '../../connectors/database-file-problem.js';
import { UsageError } from '../../errors.js';
import { sqliteTableNames } from './check-gold-sql.js';

/**
 * <databasesDir>/<db_id>/<db_id>.sqlite, as both releases lay their databases out. A file that is missing, is not
 * SQLite's, or that SQLite cannot read (a truncated download) is one line naming the file, found before OUT is
 * written, so a failed import leaves no half-made dataset behind.
 */
export function findSqliteFile(databasesDir: string, dbId: string, usedBy: string): string {
  const file = path.join(databasesDir, dbId, `${dbId}.sqlite`);
  const database = `database "${dbId}" (used by ${usedBy})`;
  if (!fs.existsSync(file)) throw new UsageError(`${database} has no SQLite file: ${file} is missing`);
  const problem = databaseFileProblem(file, 'sqlite');
  if (problem !== undefined) throw new UsageError(`${database}: ${problem}`);
  try {
    sqliteTableNames(file);
  } catch (error) {
    throw new UsageError(`${database}: SQLite cannot read ${file}: ${(error as Error).message} (a partial download or copy? fetch the release again)`);
  }
  return file;
}
