import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';

/** <databasesDir>/<db_id>/<db_id>.sqlite, as both releases lay their databases out; a clear line naming the file when it is missing. */
export function findSqliteFile(databasesDir: string, dbId: string, usedBy: string): string {
  const file = path.join(databasesDir, dbId, `${dbId}.sqlite`);
  if (!fs.existsSync(file)) throw new UsageError(`database "${dbId}" (used by ${usedBy}) has no SQLite file: ${file} is missing`);
  return file;
}
