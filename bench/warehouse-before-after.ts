import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile } from '../src/bench/percentile.js';
import { defaultCacheDir } from '../src/engine/create-runtime.js';
import { isMainModule } from './is-main-module.js';
import { makeWarehouseDuckDb } from './make-warehouse-duckdb.js';
import { markdownTable } from './markdown-table.js';
import { runProcess } from './run-process.js';

/**
 * Two builds of sluice (each a checkout with its own dist/) asked the same question on the warehouse bench's files,
 * alternately, so load swings hit both: `node dist/bench/warehouse-before-after.js <before-checkout> <after-checkout> [pairs]`.
 * Each build has its own catalog cache: one cold run each, then `pairs` warm runs each (median and range). Whole-process
 * wall, CPU (user + system, every thread, teardown included, from GNU time) and peak RSS.
 */
const TABLE_COUNTS = [100, 10_000];
const COLUMNS = 20;
const QUESTION = 'Show the amount and status of the finance invoice daily table';

interface Timed {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
}

const loadAverage = (): string => os.loadavg().map((load) => load.toFixed(1)).join(' / ');

async function askOnce(checkout: string, config: string, dir: string): Promise<Timed> {
  const cli = path.join(checkout, 'dist', 'cli', 'sluice.js');
  const args = ['-f', '%e %U %S %M', process.execPath, cli, 'run', '--config', config, '--namespace', 'wh', '--plan', 'fixed', '--format', 'json', '--save_dir', path.join(dir, 'save'), '--task', QUESTION];
  const run = await runProcess('/usr/bin/time', args, { cwd: dir, env: { ...process.env, OPENAI_API_KEY: '' } });
  const timing = run.stderr.trim().split('\n').at(-1)!.split(' ').map(Number);
  if (run.code === null || run.code === 2 || run.code > 4 || timing.length !== 4 || timing.some(Number.isNaN)) {
    throw new Error(`run in ${checkout} exited ${run.code}:\n${run.stderr.slice(-2_000)}`);
  }
  const [wall, user, system, peakKiB] = timing as [number, number, number, number];
  return { wallMs: wall * 1000, cpuMs: (user + system) * 1000, peakMiB: peakKiB / 1024 };
}

export async function warehouseBeforeAfter(before: string, after: string, pairs: number): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-warehouse-before-after-'));
  const rows: Array<Array<string | number>> = [];
  try {
    for (const tables of TABLE_COUNTS) {
      const file = path.join(defaultCacheDir(), 'bench', `warehouse-${tables}x${COLUMNS}-v2.duckdb`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await makeWarehouseDuckDb(file, tables, COLUMNS, { storageVersion: 'v1.2.0', keys: false });
      const builds = [before, after].map((checkout, i) => {
        const config = path.join(dir, `sluice-${tables}-${i}.yml`);
        fs.writeFileSync(config, `namespaces:\n  wh:\n    type: duckdb\n    path: ${JSON.stringify(file)}\ncache_dir: ${JSON.stringify(path.join(dir, `cache-${tables}-${i}`))}\n`);
        return { checkout, config, cold: [] as Timed[], warm: [] as Timed[] };
      });
      const loadBefore = loadAverage();
      for (const build of builds) build.cold.push(await askOnce(build.checkout, build.config, dir));
      for (let pair = 0; pair < pairs; pair++) for (const build of builds) build.warm.push(await askOnce(build.checkout, build.config, dir));
      const load = `${loadBefore} → ${loadAverage()}`;
      const median = (runs: Timed[], key: keyof Timed) => Math.round(percentile(runs.map((run) => run[key]), 50));
      // The warm runs' median and range: on a shared machine one run's wall can double.
      const spread = (runs: Timed[], key: keyof Timed) => {
        const values = runs.map((run) => Math.round(run[key]));
        return `${median(runs, key)} (${Math.min(...values)}–${Math.max(...values)})`;
      };
      for (const [i, build] of builds.entries()) {
        rows.push([tables, i === 0 ? 'before' : 'after', median(build.cold, 'wallMs'), median(build.cold, 'cpuMs'), median(build.cold, 'peakMiB'), spread(build.warm, 'wallMs'), spread(build.warm, 'cpuMs'), median(build.warm, 'peakMiB'), load]);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return [
    `\`sluice run --plan fixed\` of one question, before (${before}) and after (${after}), alternating; one cold run per build, then the median (and range) of ${pairs} warm runs (catalog cache hit). Wall and CPU (user + system, all threads, exit included) in ms, peak RSS in MiB; 1-minute load average before → after each file's runs.`,
    '',
    markdownTable(['tables', 'build', 'cold wall', 'cold CPU', 'cold peak', 'warm wall', 'warm CPU', 'warm peak', 'load'], rows),
  ].join('\n');
}

if (isMainModule(import.meta.url)) {
  const [before, after, pairs] = process.argv.slice(2);
  if (!before || !after) {
    process.stderr.write('usage: node dist/bench/warehouse-before-after.js <before-checkout> <after-checkout> [pairs]\n');
    process.exit(2);
  }
  process.stdout.write(`${await warehouseBeforeAfter(path.resolve(before), path.resolve(after), Number(pairs ?? 4))}\n`);
}
