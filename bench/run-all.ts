import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchmarksDocPath } from './append-benchmark-section.js';

/** Each benchmark runs in its own process, one after another, so none inherits another's heap, JIT state or open handles. */
const BENCHMARKS: Array<{ file: string; nodeFlags: string[] }> = [
  { file: 'engine-overhead.js', nodeFlags: [] },
  { file: 'schema-linking-scale.js', nodeFlags: ['--expose-gc'] },
  { file: 'warehouse-catalog.js', nodeFlags: [] },
  { file: 'start-up.js', nodeFlags: [] },
  { file: 'batch-throughput.js', nodeFlags: [] },
  { file: 'prompt-size.js', nodeFlags: [] },
];

const here = path.dirname(fileURLToPath(import.meta.url));
const passThrough = process.argv.slice(2);
const started = Date.now();
let failed = 0;
for (const { file, nodeFlags } of BENCHMARKS) {
  process.stdout.write(`\n== ${file}\n`);
  const child = spawn(process.execPath, [...nodeFlags, path.join(here, file), ...passThrough], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) {
    failed += 1;
    process.stderr.write(`${file} failed (exit ${code})\n`);
  }
}
const appended = passThrough.includes('--no-append') ? 'nothing appended' : `figures appended to ${benchmarksDocPath()}`;
process.stdout.write(`\n${BENCHMARKS.length - failed}/${BENCHMARKS.length} benchmarks done in ${Math.round((Date.now() - started) / 1000)} s; ${appended}\n`);
process.exitCode = failed > 0 ? 1 : 0;
