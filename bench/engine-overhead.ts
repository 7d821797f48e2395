import fs from 'node:fs';
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lastValueFrom, map, of } from 'rxjs';
import type { Context } from '../src/context/context-schema.js';
import { startRun } from '../src/engine/start-run.js';
import type { Sluice } from '../src/engine/sluice.js';
import { percentile } from '../src/bench/percentile.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { isMainModule } from './is-main-module.js';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { langGraphNoop, MemorySaver } from './langgraph-noop.js';
import { markdownTable } from './markdown-table.js';
import { NOOP_NODES, noopRequest, noopSluice, noopState } from './noop-workflow.js';

/** Contenders take turns for this many rounds; each figure is the median over the rounds, so a noisy moment hits one round. */
const ROUNDS = 5;
/** Workflow runs per contender per round, in memory (3,000 in all) and with the save dir on (which writes files after every node). */
const RUNS_IN_MEMORY = 600;
const RUNS_PERSISTED = 100;
/** LangGraph's SQLite checkpointer commits every checkpoint to disk: fewer runs keep the round short. */
const RUNS_SQLITE = 30;
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

/**
 * What the disk alone costs a durable run, with no engine: a new run folder holding one state-sized file, written
 * to a temp name and renamed, then the file, the folder and the save dir fsynced at once, as sluice's writer does.
 */
async function diskFloorOnce(saveDir: string, runId: string, stateJson: string): Promise<void> {
  const dir = path.join(saveDir, runId);
  await mkdir(dir);
  const target = path.join(dir, 'state.json');
  await writeFile(`${target}.tmp`, stateJson);
  await rename(`${target}.tmp`, target);
  await Promise.all([target, dir, saveDir].map(async (file) => {
    const handle = await open(file, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }));
}

function rxjsFloor(state: Context): Promise<unknown> {
  const step = map((context: Context) => context);
  return lastValueFrom(of(state).pipe(step, step, step, step, step, step, step, step, step, step));
}

/** SQLite's names for its `synchronous` levels: FULL syncs the WAL on every commit, NORMAL only at checkpoints. */
function sqliteSynchronous(saver: SqliteSaver): string {
  const level = saver.db.pragma('synchronous', { simple: true }) as number;
  return ['OFF', 'NORMAL', 'FULL', 'EXTRA'][level] ?? String(level);
}

interface RoundFigures {
  wall: number;
  /** CPU time of the whole process (every thread), which the other processes on a shared machine do not inflate. */
  cpu: number;
}

async function microsecondsPerNode(contender: Contender, round: number): Promise<RoundFigures> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < contender.runs; i++) await contender.once(round * contender.runs + i);
  const cpu = process.cpuUsage(cpuBefore);
  const nodes = contender.runs * NOOP_NODES;
  return { wall: Number(process.hrtime.bigint() - started) / 1_000 / nodes, cpu: (cpu.user + cpu.system) / nodes };
}

export async function engineOverhead(): Promise<string> {
  const sluice = noopSluice();
  const state = noopState(sluice);
  const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-engine-bench-'));
  const graph = langGraphNoop(state);
  const checkpointed = langGraphNoop(state, { checkpointer: new MemorySaver() });
  const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-engine-bench-sqlite-'));
  const sqlite = SqliteSaver.fromConnString(path.join(sqliteDir, 'checkpoints.sqlite'));
  const onSqlite = langGraphNoop(state, { checkpointer: sqlite });
  const stateJson = JSON.stringify(state);
  await onSqlite.invoke(state, 'setup'); // the checkpointer creates its tables and turns WAL on at first use
  const contenders: Contender[] = [
    { name: 'RxJS pipe of 10 maps (floor)', runs: RUNS_IN_MEMORY, once: () => rxjsFloor(state).then(() => {}) },
    { name: 'sluice engine, events on, persistence off', runs: RUNS_IN_MEMORY, once: (i) => sluiceOnce(sluice, `mem-${i}`) },
    { name: 'LangGraph.js StateGraph, no checkpointer', runs: RUNS_IN_MEMORY, once: (i) => graph.invoke(state, `t-${i}`).then(() => {}) },
    { name: 'disk alone: new run folder + one state-sized file, fsynced (no engine; per run ÷ 10)', runs: RUNS_PERSISTED, once: (i) => diskFloorOnce(saveDir, `floor-${i}`, stateJson) },
    { name: 'sluice engine, events on, save dir (state after every node, event log; fsynced once at the end)', runs: RUNS_PERSISTED, once: (i) => sluiceOnce(sluice, `disk-${i}`, saveDir) },
    { name: 'LangGraph.js StateGraph, MemorySaver checkpointer (in memory only)', runs: RUNS_PERSISTED, once: (i) => checkpointed.invoke(state, `t-${i}`).then(() => {}) },
    { name: `LangGraph.js StateGraph, SqliteSaver checkpointer (one SQLite file; every checkpoint committed, synchronous=${sqliteSynchronous(sqlite)})`, runs: RUNS_SQLITE, once: (i) => onSqlite.invoke(state, `t-${i}`).then(() => {}) },
  ];
  try {
    for (const contender of contenders) {
      for (let i = 0; i < Math.min(WARM_UP_RUNS, contender.runs); i++) await contender.once(-1 - i);
    }
    const samples = new Map(contenders.map((contender) => [contender.name, [] as RoundFigures[]]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const contender of contenders) samples.get(contender.name)!.push(await microsecondsPerNode(contender, round));
      fs.rmSync(saveDir, { recursive: true, force: true });
      fs.mkdirSync(saveDir);
    }
    const median = (name: string, figure: keyof RoundFigures) => percentile(samples.get(name)!.map((s) => s[figure]), 50);
    const langGraph = contenders[2]!.name;
    const floor = contenders[0]!.name;
    const rows = contenders.map((contender) => {
      const us = median(contender.name, 'wall');
      const cpu = median(contender.name, 'cpu');
      const walls = samples.get(contender.name)!.map((s) => s.wall);
      return [
        contender.name,
        contender.runs * ROUNDS,
        Number(us.toFixed(2)),
        `${Math.min(...walls).toFixed(2)}–${Math.max(...walls).toFixed(2)}`,
        Number(cpu.toFixed(2)),
        Number((us / median(langGraph, 'wall')).toFixed(3)),
        Number((cpu / median(langGraph, 'cpu')).toFixed(3)),
        Number((us / median(floor, 'wall')).toFixed(1)),
      ];
    });
    return [
      `The same workflow of ${NOOP_NODES} no-op nodes over sluice's initial context, run in one process; ${ROUNDS} interleaved rounds, median shown.`,
      'Wall time is what a caller waits; CPU time (user + system, every thread of the process) is what the other processes on a shared machine do not inflate.',
      '',
      markdownTable(
        ['engine', 'runs', 'µs per node (wall)', 'wall range over rounds', 'CPU µs per node', '× LangGraph, wall', '× LangGraph, CPU', '× RxJS floor, wall'],
        rows,
      ),
    ].join('\n');
  } finally {
    sqlite.db.close();
    fs.rmSync(saveDir, { recursive: true, force: true });
    fs.rmSync(sqliteDir, { recursive: true, force: true });
  }
}

if (isMainModule(import.meta.url)) {
  appendBenchmarkSection('Engine overhead against LangGraph.js', await engineOverhead());
}
