import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile } from '../src/bench/percentile.js';
import { packageRoot } from '../src/package-root.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { countLoadedModules } from './count-loaded-modules.js';
import { isMainModule } from './is-main-module.js';
import { markdownTable } from './markdown-table.js';
import { runProcess } from './run-process.js';

const REPEATS = 10;
/** The README's first example: the demo database, offline model, fixed plan. */
const SIMPLEST_RUN = ['run', '--plan', 'fixed', '--task', 'List all customers from California'];
/** Another build's CLI (dist/src/cli/main.js) to time beside this one, e.g. the commit before a change. */
const BEFORE_CLI = process.env.SLUICE_START_UP_BEFORE;

interface Case {
  name: string;
  args: string[];
}

async function wallMs(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const run = await runProcess(process.execPath, args, { env, cwd });
  if (run.code !== 0) throw new Error(`node ${args.join(' ')} exited ${run.code}:\n${run.stderr.slice(-2_000)}`);
  return run.wallMs;
}

export async function startUp(): Promise<string> {
  const cli = path.join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-start-bench-'));
  const env = { ...process.env, SLUICE_CACHE_DIR: path.join(dir, 'cache'), OPENAI_API_KEY: '' };
  const save = ['--save_dir', path.join(dir, 'save')];
  const quoted = SIMPLEST_RUN.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ');
  try {
    const builds = [{ label: '', cli }, ...(BEFORE_CLI ? [{ label: ', before', cli: path.resolve(BEFORE_CLI) }] : [])];
    // The first run builds the demo database and fills the caches; the timed runs find them there.
    for (const build of builds) await wallMs([build.cli, ...SIMPLEST_RUN, ...save], env, dir);
    const cases: Case[] = [
      { name: '`node -e ""` (baseline)', args: ['-e', ''] },
      ...builds.flatMap((build) => [
        { name: `\`sluice --help\`${build.label}`, args: [build.cli, '--help'] },
        { name: `\`sluice ${quoted}\` (offline, demo cached)${build.label}`, args: [build.cli, ...SIMPLEST_RUN, ...save] },
      ]),
    ];
    // Interleaved, so a burst of load on the shared machine falls on every case alike.
    const times = cases.map(() => [] as number[]);
    for (let i = 0; i < REPEATS; i++) {
      for (const [index, entry] of cases.entries()) times[index]!.push(await wallMs(entry.args, env, dir));
    }
    const modules: number[] = [];
    for (const entry of cases) modules.push(await countLoadedModules(entry.args, { env, cwd: dir, dir }));
    const baseline = percentile(times[0]!, 50);
    return [
      `Whole processes, spawned ${REPEATS} times each after one untimed run, the cases interleaved; wall time from spawn to exit. Load average at the end: ${os.loadavg().map((load) => load.toFixed(1)).join(', ')}. Modules: files Node loaded (ES modules and CommonJS files) in one more run.`,
      '',
      markdownTable(
        ['command', 'median ms', 'min ms', 'max ms', '× node baseline (median)', 'modules loaded'],
        cases.map(({ name }, index) => [
          name,
          Math.round(percentile(times[index]!, 50)),
          Math.round(Math.min(...times[index]!)),
          Math.round(Math.max(...times[index]!)),
          Number((percentile(times[index]!, 50) / baseline).toFixed(2)),
          modules[index]!,
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
