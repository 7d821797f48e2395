import { createHash } from 'node:crypto';
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

/** Every file below a folder with the SHA-256 of its bytes, to show that nothing was written, changed or removed. */
export function fileHashesUnder(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((file) => [file, createHash('sha256').update(fs.readFileSync(path.join(dir, file))).digest('hex')]));
}
