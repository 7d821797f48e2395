import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { errorMessage } from '../errors.js';

/**
 * Why a plugin listed under `plugins:` would not load, in words a plugin author can act on: a missing file or a folder
 * is named as such (not as an import failure from inside sluice), and a syntax error gets its line, which Node's
 * dynamic import leaves out of the error.
 */
export function pluginLoadProblem(target: string, error: unknown): string {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return `plugin file not found: ${target} (paths under plugins: are relative to the folder of the sluice.yml that lists them)`;
  if (stat.isDirectory()) return `plugin ${target} is a folder; plugins: lists module files (.mjs or .js)`;
  const at = error instanceof SyntaxError ? syntaxErrorLine(target) : undefined;
  return `plugin ${target} could not be loaded: ${errorMessage(error)}${at ? ` (${at})` : ''}`;
}

/** "line 3: run() { return 1 +; }" from `node --check`, which prints the file's line where the parse stopped. */
function syntaxErrorLine(target: string): string | undefined {
  const check = spawnSync(process.execPath, ['--check', target], { encoding: 'utf8', timeout: 10_000 });
  const [where, source] = (check.stderr ?? '').split('\n');
  const line = where?.startsWith(target) ? /:(\d+)$/.exec(where)?.[1] : undefined;
  return line ? `line ${line}: ${source?.trim() ?? ''}` : undefined;
}
