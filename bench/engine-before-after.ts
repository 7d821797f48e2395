import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { percentile } from '../src/bench/percentile.js';
import type { startRun as StartRun } from '../src/engine/start-run.js';
import { isMainModule } from './is-main-module.js';
import { markdownTable } from './markdown-table.js';
import type * as NoopWorkflow from './noop-workflow.js';

/**
 * This build's engine against another build's (its `dist` folder, e.g. main at some commit built in a scratch
 * worktree), loaded side by side in one process and timed in alternating rounds, so both meet the same load:
 * `node dist/bench/engine-before-after.js /tmp/engine-base/dist`. Prints a table; appends nothing.
 */
const ROUNDS = 9;

interface Build {
  label: string;
  once(runId: string, plan: string, nodes: number, saveDir?: string): Promise<void>;
}

async function loadBuild(label: string, dist: string): Promise<Build> {
  const { startRun } = (await import(pathToFileURL(path.join(dist, 'src/engine/start-run.js')).href)) as { startRun: typeof StartRun };
  const workflow = (await import(pathToFileURL(path.join(dist, 'bench/noop-workflow.js')).href)) as typeof NoopWorkflow;
  const sluice = workflow.noopSluice();
  return {
    label,
    once: async (runId, plan, nodes, saveDir) => {
      const handle = startRun(sluice, workflow.noopRequest(runId, saveDir, plan));
      let events = 0;
      handle.events$.subscribe(() => events++);
      const result = await handle.done;
      if (result.nodesRun.length !== nodes || events === 0) throw new Error(`${label}: the run went wrong: ${result.status} ${result.error ?? ''}`);
    },
  };
}

interface Workload {
  name: string;
  plan: string;
  nodes: number;
  runs: number;
  saveDir: boolean;
  /** Runs started together (a batch's concurrency): each group waits for its slowest. */
  together?: number;
}

const WORKLOADS: Workload[] = [
  { name: 'events on, no save dir, 10 nodes', plan: 'noop', nodes: 10, runs: 2_000, saveDir: false },
  { name: 'events on, save dir, 10 nodes', plan: 'noop', nodes: 10, runs: 30, saveDir: true },
  { name: 'events on, save dir, 50 nodes', plan: 'noop-50', nodes: 50, runs: 20, saveDir: true },
  { name: 'events on, save dir, 10 nodes, 8 runs at once', plan: 'noop', nodes: 10, runs: 48, saveDir: true, together: 8 },
];

interface Figures {
  cpu: number;
  wall: number;
}

async function time(build: Build, workload: Workload, round: number, saveDir: string): Promise<Figures> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const together = workload.together ?? 1;
  for (let i = 0; i < workload.runs; i += together) {
    const group = Array.from({ length: Math.min(together, workload.runs - i) }, (_, j) =>
      build.once(`${build.label}-${workload.plan}-${round}-${i + j}`, workload.plan, workload.nodes, workload.saveDir ? saveDir : undefined),
    );
    await Promise.all(group);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const nodes = workload.runs * workload.nodes;
  return { cpu: (cpu.user + cpu.system) / nodes, wall: Number(process.hrtime.bigint() - started) / 1_000 / nodes };
}

const figure = (value: number) => Number(value.toFixed(value < 10 ? 2 : 1));

export async function engineBeforeAfter(beforeDist: string): Promise<string> {
  const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const builds = [await loadBuild('before', path.resolve(beforeDist)), await loadBuild('after', here)];
  const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-before-after-'));
  const samples = new Map<string, Figures[]>();
  const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' / ');
  const loadBefore = load();
  try {
    for (const workload of WORKLOADS) {
      for (const build of builds) await time(build, { ...workload, runs: Math.ceil(workload.runs / 2) }, -1, saveDir);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const workload of WORKLOADS) {
        const order = round % 2 === 0 ? builds : [...builds].reverse();
        for (const build of order) {
          const key = `${workload.name}|${build.label}`;
          samples.set(key, [...(samples.get(key) ?? []), await time(build, workload, round, saveDir)]);
        }
      }
      // The save dir keeps its runs until the end, as a real one does: see clearFolder in engine-overhead.ts for
      // what emptying it between rounds costs the next round's file creation on this machine's disk.
    }
  } finally {
    fs.rmSync(saveDir, { recursive: true, force: true });
  }
  const rows = WORKLOADS.map((workload) => {
    const before = samples.get(`${workload.name}|before`)!;
    const after = samples.get(`${workload.name}|after`)!;
    const median = (figures: Figures[], key: keyof Figures) => percentile(figures.map((f) => f[key]), 50);
    const paired = (key: keyof Figures) => before.map((b, i) => after[i]![key] / b[key]);
    return [
      workload.name,
      workload.runs * ROUNDS,
      figure(median(before, 'cpu')),
      figure(median(after, 'cpu')),
      Number(percentile(paired('cpu'), 50).toFixed(3)),
      figure(median(before, 'wall')),
      figure(median(after, 'wall')),
      Number(percentile(paired('wall'), 50).toFixed(3)),
    ];
  });
  return [
    `Two builds of the engine in one process, ${ROUNDS} rounds, the order of the builds alternating by round; median over rounds, and the median of the after ÷ before ratios of the same round.`,
    `Load average (1 / 5 / 15 min) ${loadBefore} at the start, ${load()} at the end.`,
    '',
    markdownTable(
      ['workload', 'runs timed per build', 'CPU µs per node, before', 'CPU µs per node, after', 'after ÷ before, CPU (paired)', 'wall µs per node, before', 'wall µs per node, after', 'after ÷ before, wall (paired)'],
      rows,
    ),
  ].join('\n');
}

if (isMainModule(import.meta.url)) {
  const before = process.argv[2];
  if (!before) {
    process.stderr.write('usage: node dist/bench/engine-before-after.js <dist folder of the build to compare with>\n');
    process.exit(2);
  }
  process.stdout.write(`${await engineBeforeAfter(before)}\n`);
}
