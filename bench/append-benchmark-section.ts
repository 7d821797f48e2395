import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../src/package-root.js';
import { describeMachine } from './machine-info.js';

const RUNS_HEADING = '## Performance runs';

export function benchmarksDocPath(): string {
  return process.env.SLUICE_BENCHMARKS_DOC ?? path.join(packageRoot(), 'docs', 'benchmarks.md');
}

/** `--no-append` (or SLUICE_BENCH_NO_APPEND=1) prints the figures without touching docs/benchmarks.md. */
export function appendWanted(argv: readonly string[] = process.argv): boolean {
  return !argv.includes('--no-append') && process.env.SLUICE_BENCH_NO_APPEND !== '1';
}

/**
 * Prints a benchmark's figures and appends them to docs/benchmarks.md under "Performance runs",
 * headed by the date and the machine they were measured on.
 */
export function appendBenchmarkSection(title: string, body: string, argv: readonly string[] = process.argv): void {
  const stamp = new Date().toISOString().replace('T', ' ').slice(0, 16);
  const section = `### ${title}: ${stamp} UTC\n\n${describeMachine()}.\n\n${body.trim()}\n`;
  process.stdout.write(`\n${section}`);
  if (!appendWanted(argv)) return;
  const file = benchmarksDocPath();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const head = existing.includes(RUNS_HEADING) ? existing : `${existing.trimEnd()}\n\n${RUNS_HEADING}\n\nAppended by \`npm run bench\`, newest last.\n`;
  fs.writeFileSync(file, `${head.trimEnd()}\n\n${section}`);
  process.stdout.write(`(appended to ${file})\n`);
}
