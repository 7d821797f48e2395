import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile } from '../src/bench/percentile.js';
import { packageRoot } from '../src/package-root.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { countLoadedModules, type LoadedModules } from './count-loaded-modules.js';
import { isMainModule } from './is-main-module.js';
import { markdownTable } from './markdown-table.js';
import { runProcess } from './run-process.js';
import { timeProcess } from './time-process.js';

const REPEATS = Number(process.env.SLUICE_START_UP_REPEATS ?? 15);
/** The README's first example: the demo database, offline model, fixed plan. */
const SIMPLEST_RUN = ['run', '--plan', 'fixed', '--task', 'List all customers from California'];
/** Another build's CLI (its bin, e.g. dist/cli/sluice.js, or dist/src/cli/main.js before the bundle) to time beside this one. */
const BEFORE_CLI = process.env.SLUICE_START_UP_BEFORE;

interface Case {
  name: string;
  args: string[];
  /** Added to the environment of this case's runs. */
  env?: NodeJS.ProcessEnv;
}

async function mustRun(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<void> {
  const run = await runProcess(process.execPath, args, { env, cwd });
  if (run.code !== 0) throw new Error(`node ${args.join(' ')} exited ${run.code}:\n${run.stderr.slice(-2_000)}`);
}

const median = (values: number[]) => percentile(values, 50);
const loadAverage = () => os.loadavg().map((load) => load.toFixed(1)).join(', ');
const ratio = (value: number, baseline: number) => Number((value / baseline).toFixed(2));

export async function startUp(): Promise<string> {
  const cli = path.join(packageRoot(), 'dist', 'cli', 'sluice.js');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-start-bench-'));
  const env = { ...process.env, SLUICE_CACHE_DIR: path.join(dir, 'cache'), OPENAI_API_KEY: '' };
  const save = ['--save_dir', path.join(dir, 'save')];
  const quoted = SIMPLEST_RUN.map((a) => (a.includes(' ') ? `"${a}"` : a)).join(' ');
  try {
    const builds = [{ label: '', cli }, ...(BEFORE_CLI ? [{ label: ', before', cli: path.resolve(BEFORE_CLI) }] : [])];
    // The first run builds the demo database and fills the caches; the timed runs find them there.
    for (const build of builds) await mustRun([build.cli, ...SIMPLEST_RUN, ...save], env, dir);
    const cases: Case[] = [
      { name: '`node -e ""` (baseline)', args: ['-e', ''] },
      ...builds.flatMap((build) => [
        { name: `\`sluice --help\`${build.label}`, args: [build.cli, '--help'] },
        { name: `\`sluice run --help\`${build.label}`, args: [build.cli, 'run', '--help'] },
        { name: `\`sluice ${quoted}\` (offline, demo cached)${build.label}`, args: [build.cli, ...SIMPLEST_RUN, ...save] },
      ]),
      // This build's run with V8's code cache left off: what the cache alone is worth.
      { name: `\`sluice ${quoted}\`, SLUICE_CODE_CACHE=0`, args: [cli, ...SIMPLEST_RUN, ...save], env: { SLUICE_CODE_CACHE: '0' } },
    ];
    const envOf = (entry: Case) => ({ ...env, ...entry.env });
    const loadAtStart = loadAverage();
    // Untimed: the code cache of every build is written by its first start.
    for (const entry of cases) await mustRun(entry.args, envOf(entry), dir);
    // Interleaved, so a burst of load on the shared machine falls on every case alike.
    const wall = cases.map(() => [] as number[]);
    const cpu = cases.map(() => [] as number[]);
    for (let i = 0; i < REPEATS; i++) {
      for (const [index, entry] of cases.entries()) {
        const times = await timeProcess(process.execPath, entry.args, { env: envOf(entry), cwd: dir });
        if (times.code !== 0) throw new Error(`node ${entry.args.join(' ')} exited ${times.code}`);
        wall[index]!.push(times.wallMs);
        cpu[index]!.push(times.cpuMs);
      }
    }
    const loaded: LoadedModules[] = [];
    for (const entry of cases) loaded.push(await countLoadedModules(entry.args, { env: envOf(entry), cwd: dir, dir }));
    const [wallBase, cpuBase] = [median(wall[0]!), median(cpu[0]!)];
    return [
      `Whole processes, spawned ${REPEATS} times each after one untimed run, the cases interleaved; wall and CPU (user + system) from bash's \`time\`. Load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${loadAverage()}. Files: what Node loaded (ES modules and CommonJS files; a bundle chunk is one file); source modules: what those files hold, read from their source maps.`,
      '',
      markdownTable(
        ['command', 'wall median ms', 'wall min–max ms', 'CPU median ms', '× node (wall)', '× node (CPU)', 'files loaded', 'source modules'],
        cases.map(({ name }, index) => [
          name,
          Math.round(median(wall[index]!)),
          `${Math.round(Math.min(...wall[index]!))}–${Math.round(Math.max(...wall[index]!))}`,
          Math.round(median(cpu[index]!)),
          ratio(median(wall[index]!), wallBase),
          ratio(median(cpu[index]!), cpuBase),
          loaded[index]!.files,
          loaded[index]!.sources,
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
