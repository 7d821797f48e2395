import fs from 'node:fs';
import path from 'node:path';

/** Every file below a folder, as sorted paths relative to it. */
export function filesUnder(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** The files of `written` whose bytes differ from the same file in `committed`. */
export function differingFiles(committed: string, written: string): string[] {
  return filesUnder(written).filter((file) => !fs.readFileSync(path.join(written, file)).equals(fs.readFileSync(path.join(committed, file))));
}
