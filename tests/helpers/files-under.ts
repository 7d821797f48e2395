import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

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

/**
 * Runs a dataset's make-databases.mjs into a scratch folder and expects the committed CSVs of `generated` databases to
 * be exactly what it writes (same files, same bytes).
 */
export function expectGeneratorWritesCommitted(datasetDir: string, folder: string, generated: readonly string[], scratch: string): void {
  const out = path.join(scratch, 'generated');
  const result = spawnSync(process.execPath, [path.join(datasetDir, 'make-databases.mjs'), '--out', out], { encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  for (const dbId of generated) {
    const committed = path.join(datasetDir, 'databases', dbId, 'data');
    const written = path.join(out, 'databases', dbId, 'data');
    expect(filesUnder(committed)).toEqual(filesUnder(written));
    expect(differingFiles(committed, written), `${dbId}: run node ${folder}/make-databases.mjs and re-check the gold SQL`).toEqual([]);
  }
}
