import fs from 'node:fs';
import { mkdir, open, rename, writeFile, type FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { lastValueFrom, map, of } from 'rxjs';
import type { Context } from '../src/context/context-schema.js';
import { startRun } from '../src/engine/start-run.js';
import type { Sluice } from '../src/engine/sluice.js';
import { fdCalls } from '../src/persistence/fd-calls.js';
import { percentile } from '../src/bench/percentile.js';
import { appendBenchmarkSection } from './append-benchmark-section.js';
import { isMainModule } from './is-main-module.js';
import { SqliteSaver } from '@langchain/langgraph-checkpoint-sqlite';
import { langGraphNoop, MemorySaver } from './langgraph-noop.js';
import { markdownTable } from './markdown-table.js';
import { LONG_NOOP_NODES, LONG_NOOP_PLAN, NOOP_NODES, NOOP_PLAN, noopRequest, noopSluice, noopState } from './noop-workflow.js';

/** Contenders take turns for this many rounds; each figure is the median over the rounds, so a noisy moment hits one round. */
const ROUNDS = 7;

interface Contender {
  name: string;
  /** Nodes in one run of its workflow: figures are per node. */
  nodes: number;
  /** Runs timed per round, after `warmUp` untimed ones. */
  runs: number;
  warmUp: number;
  once(index: number): Promise<void>;
}

async function sluiceOnce(sluice: Sluice, runId: string, nodes: number, saveDir?: string): Promise<void> {
  const handle = startRun(sluice, noopRequest(runId, saveDir, nodes === NOOP_NODES ? NOOP_PLAN : LONG_NOOP_PLAN));
  let events = 0;
  handle.events$.subscribe(() => events++);
  const result = await handle.done;
  if (result.nodesRun.length !== nodes || events === 0) throw new Error(`the sluice run went wrong: ${result.status} ${result.error ?? ''}`);
}

/**
 * What the disk alone costs a durable run, with no engine: a new run folder holding one state-sized file, written
 * to a temp name and renamed, then the file, the folder and the save dir fsynced at once.
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

/**
 * The least any durable run can cost this disk: its records appended to a file that already exists durably, then
 * fdatasynced (one journal commit; no new file, no folder entry, no rename). The file is opened once, for all runs.
 */
async function appendFloorOnce(handle: FileHandle, stateJson: string): Promise<void> {
  await handle.appendFile(stateJson);
  await handle.datasync();
}

/**
 * A run folder as sluice writes one (state to a temp name and renamed, events appended), with nothing in it
 * fsynced: what any design that keeps the run folders pays before making anything durable. Through the same
 * plain-descriptor calls as the run writer (`fdCalls`), not `fs/promises` as the floors above.
 */
async function unsyncedFolderOnce(saveDir: string, runId: string, stateJson: string, eventsText: string): Promise<void> {
  const dir = path.join(saveDir, runId);
  fs.mkdirSync(dir);
  const target = path.join(dir, 'state.json');
  const stateFd = await fdCalls.open(`${target}.tmp`, 'w');
  await fdCalls.write(stateFd, stateJson);
  await fdCalls.rename(`${target}.tmp`, target);
  const eventsFd = await fdCalls.open(path.join(dir, 'events.jsonl'), 'a');
  await fdCalls.write(eventsFd, eventsText);
  fs.closeSync(stateFd);
  fs.closeSync(eventsFd);
}

/**
 * The floor of a run under a save-dir-wide journal of finished runs: the run folder above, unsynced, then the run's
 * final state and events appended to the journal (a file that already exists durably) as one line, and the journal
 * fdatasynced. Nothing else is made durable.
 */
async function journalFloorOnce(saveDir: string, runId: string, stateJson: string, eventsText: string, journalFd: number): Promise<void> {
  await unsyncedFolderOnce(saveDir, runId, stateJson, eventsText);
  await fdCalls.write(journalFd, `{"run_id":${JSON.stringify(runId)},"state":${stateJson},"events":${JSON.stringify(eventsText)}}\n`);
  await fdCalls.fdatasync(journalFd);
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

async function perNode(contender: Contender, round: number): Promise<RoundFigures> {
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < contender.runs; i++) await contender.once(round * contender.runs + i);
  const cpu = process.cpuUsage(cpuBefore);
  const nodes = contender.runs * contender.nodes;
  return { wall: Number(process.hrtime.bigint() - started) / 1_000 / nodes, cpu: (cpu.user + cpu.system) / nodes };
}

const figure = (value: number) => Number(value.toFixed(value < 10 ? 2 : 1));
const range = (values: number[]) => `${figure(Math.min(...values))}–${figure(Math.max(...values))}`;
const load = () => os.loadavg().map((value) => value.toFixed(1)).join(' / ');

/**
 * The engine's steady cost per node: every contender warmed up, then timed in interleaved rounds of many runs,
 * CPU time (process.cpuUsage: user + system, all threads) first because other processes on a shared machine
 * inflate wall time, not it; wall time beside it; the RxJS floor and LangGraph.js from the same rounds.
 */
/**
 * Removes every run a round left and makes the folder again. Not done by default: a save dir keeps its runs, and on
 * ext4 without a journal (this machine's disk) deleting thousands of files makes every file or folder created in the
 * same block group for the next 1–6 minutes skip the freed inodes one by one (`recently_deleted()` in the kernel's
 * inode allocator), which charged the next rounds 100–600 µs of system CPU per name created: the bench measured its
 * own clean-up. `--clear-between-rounds` measures that way again.
 */
function clearFolder(folder: string): void {
  fs.rmSync(folder, { recursive: true, force: true });
  fs.mkdirSync(folder);
}

export async function engineOverhead(clearBetweenRounds = false): Promise<string> {
  const sluice = noopSluice();
  const state = noopState(sluice);
  const saveDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-engine-bench-'));
  const graph = langGraphNoop(state);
  const checkpointed = langGraphNoop(state, { checkpointer: new MemorySaver() });
  const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-engine-bench-sqlite-'));
  const sqlite = SqliteSaver.fromConnString(path.join(sqliteDir, 'checkpoints.sqlite'));
  const onSqlite = langGraphNoop(state, { checkpointer: sqlite });
  const stateJson = JSON.stringify(state);
  const appendFile = await open(path.join(sqliteDir, 'append-floor.log'), 'a');
  await appendFile.sync();
  const journalFd = fs.openSync(path.join(sqliteDir, 'journal-floor.jsonl'), 'a');
  fs.fsyncSync(journalFd);
  // What one real 10-node run leaves in its folder, for the journal floor's record.
  await sluiceOnce(sluice, 'sample', NOOP_NODES, saveDir);
  const eventsText = fs.readFileSync(path.join(saveDir, 'sample', 'events.jsonl'), 'utf8');
  const savedStateJson = fs.readFileSync(path.join(saveDir, 'sample', 'state.json'), 'utf8');
  await onSqlite.invoke(state, 'setup'); // the checkpointer creates its tables and turns WAL on at first use
  const floorName = 'RxJS pipe of 10 maps (floor)';
  const inMemoryName = 'sluice engine, events on, no save dir';
  const langGraphName = 'LangGraph.js StateGraph, no checkpointer';
  const contenders: Contender[] = [
    { name: floorName, nodes: NOOP_NODES, runs: 3_000, warmUp: 3_000, once: () => rxjsFloor(state).then(() => {}) },
    { name: inMemoryName, nodes: NOOP_NODES, runs: 2_000, warmUp: 2_000, once: (i) => sluiceOnce(sluice, `mem-${i}`, NOOP_NODES) },
    { name: langGraphName, nodes: NOOP_NODES, runs: 40, warmUp: 40, once: (i) => graph.invoke(state, `t-${i}`).then(() => {}) },
    { name: 'disk alone: new run folder + one state-sized file, fsynced (no engine; per run ÷ 10)', nodes: NOOP_NODES, runs: 40, warmUp: 10, once: (i) => diskFloorOnce(saveDir, `floor-${i}`, stateJson) },
    {
      // What creating names costs the file system right now, as a run creates them (a new folder, a file in it): on this
      // machine 15–40 µs of CPU per name, 400–650 µs within minutes of mass deletes in the same block group (see
      // clearFolder). A 10-node run of sluice creates three: its folder, state.json, events.jsonl.
      name: 'disk alone: a new folder in the save dir with one empty file in it, nothing written or synced (µs per folder, not per node)',
      nodes: 1,
      runs: 40,
      warmUp: 10,
      once: async (i) => {
        const dir = path.join(saveDir, `created-${i}`);
        fs.mkdirSync(dir);
        fs.closeSync(fs.openSync(path.join(dir, 'state.json'), 'wx'));
      },
    },
    { name: 'disk alone: one append + fdatasync to an existing file (the least a durable run costs; per run ÷ 10)', nodes: NOOP_NODES, runs: 40, warmUp: 10, once: () => appendFloorOnce(appendFile, stateJson) },
    { name: 'disk alone: new run folder as sluice writes it, nothing fsynced (per run ÷ 10)', nodes: NOOP_NODES, runs: 40, warmUp: 10, once: (i) => unsyncedFolderOnce(saveDir, `unsynced-${i}`, savedStateJson, eventsText) },
    { name: 'disk alone: new run folder, nothing fsynced, + its state and events as one journal append + fdatasync (per run ÷ 10)', nodes: NOOP_NODES, runs: 40, warmUp: 10, once: (i) => journalFloorOnce(saveDir, `journal-${i}`, savedStateJson, eventsText, journalFd) },
    { name: 'sluice engine, events on, save dir, 10 nodes', nodes: NOOP_NODES, runs: 40, warmUp: 10, once: (i) => sluiceOnce(sluice, `disk-${i}`, NOOP_NODES, saveDir) },
    {
      name: 'sluice engine, events on, save dir, 10 nodes, 8 runs at once (a batch)',
      nodes: NOOP_NODES * 8,
      runs: 10,
      warmUp: 3,
      once: (i) => Promise.all(Array.from({ length: 8 }, (_, j) => sluiceOnce(sluice, `disk8-${i}-${j}`, NOOP_NODES, saveDir))).then(() => {}),
    },
    { name: 'disk alone, per run ÷ 50', nodes: LONG_NOOP_NODES, runs: 40, warmUp: 10, once: (i) => diskFloorOnce(saveDir, `floor50-${i}`, stateJson) },
    { name: 'sluice engine, events on, save dir, 50 nodes', nodes: LONG_NOOP_NODES, runs: 40, warmUp: 10, once: (i) => sluiceOnce(sluice, `disk50-${i}`, LONG_NOOP_NODES, saveDir) },
    { name: 'LangGraph.js StateGraph, MemorySaver checkpointer (in memory only)', nodes: NOOP_NODES, runs: 20, warmUp: 20, once: (i) => checkpointed.invoke(state, `t-${i}`).then(() => {}) },
    { name: `LangGraph.js StateGraph, SqliteSaver checkpointer (one SQLite file; every checkpoint committed, synchronous=${sqliteSynchronous(sqlite)})`, nodes: NOOP_NODES, runs: 10, warmUp: 5, once: (i) => onSqlite.invoke(state, `t-${i}`).then(() => {}) },
  ];
  const loadBefore = load();
  try {
    for (const contender of contenders) {
      for (let i = 0; i < contender.warmUp; i++) await contender.once(-1 - i);
    }
    if (clearBetweenRounds) clearFolder(saveDir);
    const samples = new Map(contenders.map((contender) => [contender.name, [] as RoundFigures[]]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const contender of contenders) samples.get(contender.name)!.push(await perNode(contender, round));
      if (clearBetweenRounds) clearFolder(saveDir);
    }
    const median = (name: string, key: keyof RoundFigures) => percentile(samples.get(name)!.map((s) => s[key]), 50);
    const rows = contenders.map((contender) => {
      const cpu = median(contender.name, 'cpu');
      const rounds = samples.get(contender.name)!;
      return [
        contender.name,
        contender.nodes,
        contender.runs * ROUNDS,
        figure(cpu),
        range(rounds.map((s) => s.cpu)),
        figure(median(contender.name, 'wall')),
        range(rounds.map((s) => s.wall)),
        figure(cpu / median(floorName, 'cpu')),
        figure(median(langGraphName, 'cpu') / cpu),
      ];
    });
    return [
      `No-op workflows over sluice's initial context, run one after another in one process: each contender warmed up, then timed in ${ROUNDS} interleaved rounds; median of the rounds shown.`,
      'CPU time (user + system of every thread, `process.cpuUsage`) is the primary figure: the other processes on a shared machine inflate wall time, not it. Wall time is what a caller waits.',
      `Load average (1 / 5 / 15 min) ${loadBefore} at the start, ${load()} at the end.`,
      clearBetweenRounds
        ? 'The save dir was emptied after every round (`--clear-between-rounds`): on ext4 without a journal, files created within minutes of mass deletes in the same block group cost far more system CPU.'
        : 'The save dir keeps its runs across rounds, as a real one does (emptied at the end only).',
      '',
      markdownTable(
        ['contender', 'nodes per run', 'runs timed', 'CPU µs per node', 'CPU range over rounds', 'wall µs per node', 'wall range over rounds', '× RxJS floor, CPU', 'LangGraph (no checkpointer) ÷ this, CPU'],
        rows,
      ),
    ].join('\n');
  } finally {
    sqlite.db.close();
    await appendFile.close();
    fs.closeSync(journalFd);
    fs.rmSync(saveDir, { recursive: true, force: true });
    fs.rmSync(sqliteDir, { recursive: true, force: true });
  }
}

if (isMainModule(import.meta.url)) {
  appendBenchmarkSection('Engine overhead against LangGraph.js', await engineOverhead(process.argv.includes('--clear-between-rounds')));
}
