import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../errors.js';

/** What an import writes into OUT; --force removes only these, never anything else the folder holds. */
export const IMPORT_OUTPUTS = ['manifest.json', 'questions.jsonl', 'README.md', 'databases'] as const;

/** The absolute OUT folder, created if missing; refuses a non-empty one unless `force`, and the release folder itself. */
export function prepareImportFolder(src: string, out: string, force: boolean): string {
  const target = path.resolve(out);
  const relative = path.relative(target, src);
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw new UsageError(`OUT ${target} holds the release folder ${src}: write the dataset somewhere else`);
  }
  if (fs.existsSync(target)) {
    if (!fs.statSync(target).isDirectory()) throw new UsageError(`OUT ${target} is a file, not a folder`);
    const entries = fs.readdirSync(target);
    if (entries.length > 0 && !force) {
      throw new UsageError(`OUT ${target} is not empty (${entries.length} entries): choose an empty folder, or add --force to replace the dataset in it`);
    }
    for (const name of IMPORT_OUTPUTS) fs.rmSync(path.join(target, name), { recursive: true, force: true });
  }
  fs.mkdirSync(target, { recursive: true });
  return target;
}
