import fs from 'node:fs';
import { unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ContextSchema, type Context } from '../context/context-schema.js';
import type { EngineEvent } from '../engine/engine-events.js';
import { UsageError } from '../errors.js';
import { describeFsError } from './describe-fs-error.js';
import { fdCalls } from './fd-calls.js';
import { makeDirectory } from './make-directory.js';
import { currentProcessIdentity, isRunning, parseProcessIdentity, type ProcessIdentity } from './process-identity.js';

const STATE_FILE = 'state.json';
const EVENTS_FILE = 'events.jsonl';
const TRACE_FILE = 'trace.jsonl';
const LOCK_FILE = 'lock';
/** link(2) errors of file systems that have no hard links. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);
/** Tries at taking a run's lock: each either takes it, finds its live holder, or waits TAKEOVER_WAIT_MS for a takeover. */
const LOCK_ATTEMPTS = 400;
const TAKEOVER_WAIT_MS = 5;
const TAKEOVER_STALE_MS = 10_000;

/** Blocks the thread for a few milliseconds: taking a lock is synchronous, and only waits on another process. */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Removes a file last changed more than maxAgeMs ago; one that is gone or younger stays as it is. */
function removeIfOlderThan(file: string, maxAgeMs: number): void {
  try {
    if (Date.now() - fs.statSync(file).mtimeMs > maxAgeMs) fs.rmSync(file, { force: true });
  } catch {
    // Gone already: its holder finished.
  }
}

export const SavedStateSchema = z.object({
  format: z.literal('sluice-run-state'),
  version: z.literal(1),
  saved_at: z.string(),
  /** Node names in the order they ran, across resumes. */
  nodes_run: z.array(z.string()),
  /**
   * The process driving the run while its status is `running`: a fresh run records itself here instead of taking
   * a lock file. Absent in states written by earlier versions, and once the run has stopped.
   */
  owner: z.object({ pid: z.number().int().positive(), start: z.string().optional() }).optional(),
  context: ContextSchema,
});
export type SavedState = z.infer<typeof SavedStateSchema>;

export function savedState(context: Context, nodesRun: string[], owner?: ProcessIdentity): SavedState {
  const state: SavedState = { format: 'sluice-run-state', version: 1, saved_at: new Date().toISOString(), nodes_run: nodesRun, context };
  if (owner) state.owner = owner;
  return state;
}

/** Save dirs this process has made and written to, so each run does not probe again. */
const writableSaveDirs = new Set<string>();

/** One run's folder in the save dir: state replaced atomically after nodes (at most every SAVE_INTERVAL_MS), an append-only event log, a trace. */
export class RunStore {
  readonly dir: string;
  private lockHeld = false;
  /**
   * This process made the run folder just now, so no other process knows the run before its state file appears
   * (`resume` looks only at folders with one): the run needs no lock file, its states name this process as the
   * owner, and its end-of-run sync must cover the folder's entry in the save dir.
   */
  fresh = false;
  /**
   * False while a fresh run's folder is still to be made: after a process's first run in a save dir, a run whose
   * folder does not exist yet has it made by its writer's first write, off the event loop (`makeFolder`), instead of
   * by `mkdirSync` as it starts (0.4–0.5 ms of the main thread per batch question); a node that asks for the folder
   * before then gets it made at once (`ensureFolder`).
   */
  made = true;

  constructor(saveDir: string, readonly runId: string) {
    this.dir = path.join(saveDir, runId);
  }

  /**
   * `deferFolder`: the caller's writer makes a fresh run's folder with its first write (see `made`); the folder is
   * still made here for a process's first run in the save dir, or when one of that name exists already.
   */
  static create(saveDir: string, runId: string, options: { deferFolder?: boolean } = {}): RunStore {
    const absolute = path.resolve(saveDir);
    const known = writableSaveDirs.has(absolute);
    try {
      if (!known) {
        makeDirectory(saveDir);
        // access(2), not a probe file written and removed: creating and deleting a file costs a process two inode
        // operations, and the run folder made next is the real test (its failure is reported below).
        fs.accessSync(saveDir, fs.constants.W_OK);
        writableSaveDirs.add(absolute);
      }
    } catch (error) {
      throw new UsageError(`save dir ${saveDir} is not writable (${(error as NodeJS.ErrnoException).code ?? error}); choose another with --save_dir`);
    }
    const store = new RunStore(saveDir, runId);
    // A process's first run makes its folder here, which reports an unusable save dir as it starts; later runs'
    // folders are made by their writers. A lookup of a missing name creates nothing, and finds an existing folder
    // (a run id given again), which is locked below as before.
    if (known && options.deferFolder && !fs.existsSync(store.dir)) {
      store.fresh = true;
      store.made = false;
      return store;
    }
    try {
      fs.mkdirSync(store.dir);
      store.fresh = true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (known && code === 'ENOENT') {
        // The save dir went away since the last run: make it again.
        writableSaveDirs.delete(absolute);
        return RunStore.create(saveDir, runId, options);
      }
      if (code !== 'EEXIST') {
        writableSaveDirs.delete(absolute);
        throw new UsageError(`save dir ${saveDir}: cannot create the run folder ${store.dir} (${describeFsError(error)})`);
      }
    }
    return store;
  }

  /** The run folder, made now on the event loop if its writer has not made it yet. */
  ensureFolder(): string {
    if (!this.made) {
      try {
        fs.mkdirSync(this.dir);
      } catch (error) {
        // Made by this run's writer in the meantime (its callback not yet run); any other failure shows at the next write.
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return this.dir;
      }
      this.made = true;
    }
    return this.dir;
  }

  /**
   * Makes a fresh run's folder through libuv's thread pool. A folder that exists already was not made by this run
   * (unless `ensureFolder` made it meanwhile): another process chose the same run id, so the run is refused rather
   * than written into another's folder. A save dir removed since the process's first run is made again.
   */
  async makeFolder(): Promise<void> {
    if (this.made) return;
    try {
      await fdCalls.mkdir(this.dir);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && this.made) return;
      if (code !== 'ENOENT') throw error;
      writableSaveDirs.delete(path.resolve(path.dirname(this.dir)));
      makeDirectory(path.dirname(this.dir));
      await fdCalls.mkdir(this.dir);
    }
    this.made = true;
  }

  get statePath(): string {
    return path.join(this.dir, STATE_FILE);
  }

  get tracePath(): string {
    return path.join(this.dir, TRACE_FILE);
  }

  get eventsPath(): string {
    return path.join(this.dir, EVENTS_FILE);
  }

  /** Synchronous; runs save through a RunWriter, which writes off the event loop. */
  saveState(context: Context, nodesRun: string[]): void {
    const temp = `${this.statePath}.${process.pid}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(savedState(context, nodesRun)));
    fs.renameSync(temp, this.statePath);
  }

  loadState(): SavedState {
    let raw: string;
    try {
      raw = fs.readFileSync(this.statePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError(`run ${this.runId} has no state file at ${this.statePath}`);
      throw new UsageError(`run ${this.runId}: cannot read ${this.statePath} (${describeFsError(error)})`);
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new UsageError(`state file ${this.statePath} is corrupt (not JSON: ${(error as Error).message})`);
    }
    const parsed = SavedStateSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new UsageError(
        `state file ${this.statePath} is not a sluice run state this version understands (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
      );
    }
    return parsed.data;
  }

  appendEvent(event: EngineEvent): void {
    this.append(this.eventsPath, `${JSON.stringify(event)}\n`);
  }

  appendTrace(record: Record<string, unknown>): void {
    this.append(this.tracePath, `${JSON.stringify({ at: new Date().toISOString(), ...record })}\n`);
  }

  private append(file: string, line: string): void {
    try {
      fs.appendFileSync(file, line);
    } catch (error) {
      throw new UsageError(`run ${this.runId}: cannot write ${file} (${describeFsError(error)})`);
    }
  }

  writeFile(name: string, content: string): string {
    const target = path.join(this.dir, name);
    const temp = `${target}.${process.pid}.tmp`;
    fs.writeFileSync(temp, content);
    fs.renameSync(temp, target);
    return target;
  }

  /**
   * Only one process may drive a run at a time. A lock whose holder is gone, a zombie, or a newer process that
   * reuses its pid, or a lock that holds no valid pid, is stale and taken over.
   */
  acquireLock(): void {
    const lockPath = path.join(this.dir, LOCK_FILE);
    for (let attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
      if (this.createLock(lockPath)) {
        this.lockHeld = true;
        this.refuseLiveOwner();
        return;
      }
      let text: string;
      try {
        text = fs.readFileSync(lockPath, 'utf8');
      } catch (readError) {
        if ((readError as NodeJS.ErrnoException).code === 'ENOENT') continue;
        throw new UsageError(`run ${this.runId}: cannot read the lock ${lockPath} (${describeFsError(readError)}); remove it if no sluice process runs this run`);
      }
      const holder = parseProcessIdentity(text);
      if (holder && holder.pid !== process.pid && isRunning(holder)) {
        throw new UsageError(`run ${this.runId} is already being run by process ${holder.pid}; wait for it or stop it first`);
      }
      this.removeStaleLock(lockPath, text);
    }
    throw new UsageError(`could not lock run ${this.runId}`);
  }

  /**
   * The lock appears whole or not at all: written beside it, then linked into place, which fails if a lock exists.
   * Opened with `wx` and then written, another process could read it empty in between, call it stale and take it.
   */
  private createLock(lockPath: string): boolean {
    const identity = JSON.stringify(currentProcessIdentity());
    const temp = `${lockPath}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(temp, identity);
      try {
        fs.linkSync(temp, lockPath);
      } catch (error) {
        // File systems without hard links (FAT, some network mounts) get the open-then-write lock.
        if (!NO_HARD_LINKS.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
        fs.writeFileSync(lockPath, identity, { flag: 'wx' });
      }
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw new UsageError(`run ${this.runId}: cannot create the lock ${lockPath} (${describeFsError(error)})`);
    } finally {
      fs.rmSync(temp, { force: true });
    }
  }

  /**
   * Deletes a stale lock only while holding `lock.takeover` (made the way the lock is): of processes that judged the
   * same lock stale, one at a time reads it again and deletes it only if it is still that lock, so a lock another
   * process has just made is never moved or deleted (moving it aside and back left a moment in which a third process
   * could lock too). A process that finds the takeover held waits a moment and tries again; a takeover file older
   * than TAKEOVER_STALE_MS was left by a process killed inside that window and is removed.
   */
  private removeStaleLock(lockPath: string, staleText: string): void {
    const takeover = `${lockPath}.takeover`;
    if (!this.createLock(takeover)) {
      removeIfOlderThan(takeover, TAKEOVER_STALE_MS);
      sleepSync(TAKEOVER_WAIT_MS);
      return;
    }
    try {
      if (fs.readFileSync(lockPath, 'utf8') === staleText) fs.unlinkSync(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        throw new UsageError(`run ${this.runId}: cannot take over the stale lock ${lockPath} (${describeFsError(error)})`);
      }
    } finally {
      fs.rmSync(takeover, { force: true });
    }
  }

  /**
   * With the lock taken: a run still `running` whose state names a live owner other than this process is that
   * process's fresh run (fresh runs take no lock file), so the lock is given back and the run refused.
   */
  private refuseLiveOwner(): void {
    let owner: ProcessIdentity | undefined;
    try {
      const state = JSON.parse(fs.readFileSync(this.statePath, 'utf8')) as Partial<SavedState>;
      owner = state.context?.status === 'running' && state.owner ? parseProcessIdentity(JSON.stringify(state.owner)) : undefined;
    } catch {
      return; // No state yet, or one `loadState` will report.
    }
    if (owner && owner.pid !== process.pid && isRunning(owner)) {
      this.releaseLock();
      throw new UsageError(`run ${this.runId} is already being run by process ${owner.pid}; wait for it or stop it first`);
    }
  }

  /** True while this process holds the run's lock file. */
  get locked(): boolean {
    return this.lockHeld;
  }

  releaseLock(): void {
    if (!this.lockHeld) return;
    fs.rmSync(path.join(this.dir, LOCK_FILE), { force: true });
    this.lockHeld = false;
  }

  /** releaseLock off the event loop. */
  async unlock(): Promise<void> {
    if (!this.lockHeld) return;
    this.lockHeld = false;
    try {
      // unlink, not rm: rm looks the path up first, one more round trip through the thread pool.
      await unlink(path.join(this.dir, LOCK_FILE));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new UsageError(`run ${this.runId}: cannot remove the lock ${path.join(this.dir, LOCK_FILE)} (${describeFsError(error)})`);
    }
  }
}

/** Run ids sort by time, so "the latest" is the last in order. */
export function newRunId(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  const suffix = Math.random().toString(36).slice(2, 6);
  return `${stamp}-${suffix}`;
}

/** Whether any state of a run reached its folder: a full or broken save dir may have kept none, and then there is nothing to resume. */
export function runStateSaved(runDir: string): boolean {
  return fs.existsSync(path.join(runDir, STATE_FILE));
}

/** Finds run folders in a save dir, newest first. */
export function listRuns(saveDir: string): Array<{ runId: string; state?: SavedState; error?: string }> {
  if (!fs.existsSync(saveDir)) return [];
  const entries = fs
    .readdirSync(saveDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(saveDir, entry.name, STATE_FILE)))
    .map((entry) => entry.name)
    .sort()
    .reverse();
  return entries.map((runId) => {
    try {
      return { runId, state: new RunStore(saveDir, runId).loadState() };
    } catch (error) {
      return { runId, error: (error as Error).message };
    }
  });
}

