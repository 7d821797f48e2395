import fs from 'node:fs';
import path from 'node:path';

/**
 * mkdir -p, one level at a time: Node 20's recursive mkdirSync never returns for some
 * unwritable trees (/proc), so a bad --save_dir would hang instead of failing.
 */
export function makeDirectory(target: string): void {
  const absolute = path.resolve(target);
  const missing: string[] = [];
  let current = absolute;
  while (!fs.existsSync(current)) {
    missing.unshift(current);
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const dir of missing) {
    try {
      fs.mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  if (!fs.statSync(absolute).isDirectory()) {
    throw Object.assign(new Error(`${absolute} is not a directory`), { code: 'ENOTDIR' });
  }
}
