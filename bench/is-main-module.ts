import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** True when the module at `url` is the script node was started with (so a benchmark file runs on its own). */
export function isMainModule(url: string): boolean {
  const script = process.argv[1];
  return Boolean(script) && fs.realpathSync(script!) === fileURLToPath(url);
}
