import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lastValueFrom, map, of } from 'rxjs';
import type { Context } from '../src/context/context-schema.js';
import { startRun } from '../src/engine/start-run.js';
import type { Sluice } from '../src/engine/sluice.js';
import { percentile } from '../src/bench/percentile.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { isMainModule } from './is-main-module.js';
import { langGraphNoop } from './langgraph-noop.js';
import { markdownTable } from './markdown-table.js';
import { NOOP_NODES, noopRequest, noopSluice, noopState } from './noop-workflow.js';

/** Contenders take turns for this many rounds; each figure is the median over the rounds, so a noisy moment hits one round. */
const ROUNDS = 5;
/** Workflow runs per contender per round, in memory (3,000 in all) and with the save dir on (which writes files after every node). */
const RUNS_IN_MEMORY = 600;
const RUNS_PERSISTED = 100;
const WARM_UP_RUNS = 200;

interface Contender {
  name: string;
  runs: number;
  /** Runs the ten-node workflow once. */
  once(index: number): Promise<void>;
}

async function sluiceOnce(sluice: Sluice, runId: string, saveDir?: string): Promise<void> {
  const handle = startRun(sluice, noopRequest(runId, saveDir));
  let events = 0;
  handle.events$.subscribe(() => events++);
  const result = await handle.done;
  if (result.nodesRun.length !== NOOP_NODES || events === 0) throw new Error(`the sluice run went wrong: ${result.status} ${result.error ?? ''}`);
}

function rxjsFloor(state: Context): Promise<unknown> {
  const step = map((context: Context) => context);
  return lastValueFrom(of(state).pipe(step, step, step, step, step, step, step, step, step, step));
}

async function microsecondsPerNode(contender: Contender, round: number): Promise<number> {
  const started = process.hrtime.bigint();
  for (let i = 0; i < contender.runs; i++) await contender.once(round * contender.runs + i);
  return Number(process.hrtime.bigint() - started) / 1_000 / (contender.runs * NOOP_NODES);
}

export async function engineOverhead(): Promise<string> {
  const sluice = noopSluice();
  const state = noopState(sluice);
  const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-engine-bench-'));
  const graph = langGraphNoop(state);
  const checkpointed = langGraphNoop(state, { checkpointer: true });
  const contenders: Contender[] = [
    { name: 'RxJS pipe of 10 maps (floor)', runs: RUNS_IN_MEMORY, once: () => rxjsFloor(state).then(() => {}) },
    { name: 'sluice engine, events on, persistence off', runs: RUNS_IN_MEMORY, once: (i) => sluiceOnce(sluice, `mem-${i}`) },
    { name: 'sluice engine, events on, save dir (state + event log on disk, fsynced at the end)', runs: RUNS_PERSISTED, once: (i) => sluiceOnce(sluice, `disk-${i}`, saveDir) },
    { name: 'LangGraph.js StateGraph, no checkpointer', runs: RUNS_IN_MEMORY, once: (i) => graph.invoke(state, `t-${i}`).then(() => {}) },
    { name: 'LangGraph.js StateGraph, MemorySaver checkpointer (in memory only)', runs: RUNS_PERSISTED, once: (i) => checkpointed.invoke(state, `t-${i}`).then(() => {}) },
  ];
  try {
    for (const contender of contenders) {
      for (let i = 0; i < Math.min(WARM_UP_RUNS, contender.runs); i++) await contender.once(-1 - i);
    }
    const samples = new Map(contenders.map((contender) => [contender.name, [] as number[]]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const contender of contenders) samples.get(contender.name)!.push(await microsecondsPerNode(contender, round));
      fs.rmSync(saveDir, { recursive: true, force: true });
      fs.mkdirSync(saveDir);
    }
    const median = (name: string) => percentile(samples.get(name)!, 50);
    const langGraph = median(contenders[3]!.name);
    const floor = median(contenders[0]!.name);
    const rows = contenders.map((contender) => {
      const us = median(contender.name);
      const spread = samples.get(contender.name)!;
      return [
        contender.name,
        contender.runs * ROUNDS,
        Number(us.toFixed(2)),
        `${Math.min(...spread).toFixed(2)}–${Math.max(...spread).toFixed(2)}`,
        Number((us / langGraph).toFixed(3)),
        Number((us / floor).toFixed(1)),
      ];
    });
    return [
      `The same workflow of ${NOOP_NODES} no-op nodes over sluice's initial context, run in one process; ${ROUNDS} interleaved rounds, median shown.`,
      '',
      markdownTable(['engine', 'runs', 'µs per node', 'range over rounds', '× LangGraph (no checkpointer)', '× RxJS floor'], rows),
    ].join('\n');
  } finally {
    fs.rmSync(saveDir, { recursive: true, force: true });
  }
}

if (isMainModule(import.meta.url)) {
  appendBenchmarkSection('Engine overhead against LangGraph.js', await engineOverhead());
}
