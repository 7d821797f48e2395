import fs from 'node:fs';
import path from 'node:path';
import { dataFileFormat } from './data-file-format.js';

export const noDataFilesMessage = (where: string) => `no CSV, TSV, Parquet or JSON files in ${where}`;

/**
 * Whether a folder holds a file a files namespace reads, at any depth outside dot-entries (where findDataSources looks:
 * its own files and its partitioned sub-folders); stops at the first one found.
 */
export function holdsDataFiles(folder: string): boolean {
  const pending = [folder];
  while (pending.length > 0) {
    const dir = pending.pop()!;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) pending.push(path.join(dir, entry.name));
      else if (entry.isFile() && dataFileFormat(entry.name)) return true;
    }
  }
  return false;
}
