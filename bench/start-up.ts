import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile } from '../src/bench/percentile.js';
import { packageRoot } from '../src/package-root.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { isMainModule } from './is-main-module.js';
import { markdownTable } from './markdown-table.js';
import { runProcess, type ProcessRun } from './run-process.js';

const REPEATS = 10;
/** The README's first example: the demo database, offline model, fixed plan. */
const SIMPLEST_RUN = ['run', '--plan', 'fixed', '--task', 'List all customers from California'];

interface Case {
  name: string;
  args: string[];
}

async function timeIt(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const run: ProcessRun = await runProcess(process.execPath, args, { env, cwd });
    if (run.code !== 0) throw new Error(`node ${args.join(' ')} exited ${run.code}:\n${run.stderr.slice(-2_000)}`);
    times.push(run.wallMs);
  }
  return times;
}

export async function startUp(): Promise<string> {
  const cli = path.join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-start-bench-'));
  const env = { ...process.env, SLUICE_CACHE_DIR: path.join(dir, 'cache'), OPENAI_API_KEY: '' };
  const save = ['--save_dir', path.join(dir, 'save')];
  try {
    // The first run builds the demo database into the cache; the timed runs find it there.
    await timeIt([cli, ...SIMPLEST_RUN, ...save], env, dir);
    const cases: Case[] = [
      { name: '`node -e ""` (baseline)', args: ['-e', ''] },
      { name: '`sluice --help`', args: [cli, '--help'] },
      { name: `\`sluice ${SIMPLEST_RUN.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ')}\` (offline, demo cached)`, args: [cli, ...SIMPLEST_RUN, ...save] },
    ];
    const results: Array<{ name: string; times: number[] }> = [];
    for (const entry of cases) results.push({ name: entry.name, times: await timeIt(entry.args, env, dir) });
    const baseline = percentile(results[0]!.times, 50);
    return [
      `Whole processes, spawned ${REPEATS} times each after one untimed run; wall time from spawn to exit.`,
      '',
      markdownTable(
        ['command', 'median ms', 'min ms', 'max ms', '× node baseline'],
        results.map(({ name, times }) => [
          name,
          Math.round(percentile(times, 50)),
          Math.round(Math.min(...times)),
          Math.round(Math.max(...times)),
          Number((percentile(times, 50) / baseline).toFixed(1)),
        ]),
      ),
    ].join('\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (isMainModule(import.meta.url)) {
  appendBenchmarkSection('Start-up', await startUp());
}
