import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: the CLI tests run the bundled bin (dist/cli/sluice.js), so it is rebuilt here whenever a
 * source file is newer than it; a run after `tsc` alone then still tests the current source, not a stale bundle. The
 * word-vector file the bin reads (dist/word-vectors.bin) is made here too when missing.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(root, 'dist', 'cli', 'sluice.js');
const SOURCES = ['src', 'operators', 'ui', 'scripts', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(entry)) newest = Math.max(newest, newestChange(path.join(entry, name)));
  return newest;
}

export function setup(): void {
  // Returns at once when dist/word-vectors.bin is already built from the installed package.
  execFileSync(process.execPath, [path.join(root, 'scripts', 'compact-word-vectors.mjs')], { cwd: root, stdio: 'inherit', timeout: 300_000 });
  const built = fs.existsSync(BIN) ? fs.statSync(BIN).mtimeMs : 0;
  if (SOURCES.every((entry) => newestChange(path.join(root, entry)) < built)) return;
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle-cli.mjs')], { cwd: root, stdio: 'inherit', timeout: 300_000 });
}
