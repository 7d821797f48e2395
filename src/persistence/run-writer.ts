import fs from 'node:fs';
import path from 'node:path';
import type { Context } from '../context/context-schema.js';
import { checkContext } from '../engine/check-context.js';
import type { EngineEvent } from '../engine/engine-events.js';
import { describeFsError } from './describe-fs-error.js';
import { fdCalls, writeAll } from './fd-calls.js';
import { currentProcessIdentity } from './process-identity.js';
import { savedState, type RunStore } from './run-store.js';
import { syncDirectory } from './sync-directory.js';

interface StateSnapshot {
  context: Context;
  nodesRun: string[];
}

/**
 * After a write, the next starts no sooner than this: the states of nodes that finish meanwhile collapse into the
 * latest, and their event lines into one append. A batch's offline run (10 nodes in ~20–200 ms) then writes its state
 * about twice, at its start and at its end, instead of after most nodes. A kill loses at most this much finished work,
 * which resume runs again (the log never gets ahead of the state, so no node is logged as run twice).
 */
export const SAVE_INTERVAL_MS = 200;

export interface RunWriterOptions {
  /** See SAVE_INTERVAL_MS; `close()` never waits for it. */
  saveIntervalMs?: number;
  /**
   * A context known to pass the schema, which later states are checked against field by field instead of in full:
   * a fresh run's initial context, whose every field `createInitialContext` parses or takes from parsed defaults
   * (`tests/engine-initial-context.test.ts` holds it to a full parse). Without it the first state is parsed whole.
   */
  checked?: Context;
  /**
   * Every state given comes from sluice's own nodes, or passed the schema where it entered: a custom or plugin
   * node's output (`validateNodeOutput`), a state read from disk (`loadState`). Such states are saved without being
   * parsed again (the parse was ~0.3 ms of the main thread per batch question), unless `checksTrustedStates()`.
   */
  trusted?: boolean;
}

/**
 * SLUICE_CHECK_SAVED_STATES=1 (the test suite sets it) checks trusted states too, so a built-in node that breaks the
 * context fails the tests where its state would be saved.
 */
export function checksTrustedStates(): boolean {
  return process.env.SLUICE_CHECK_SAVED_STATES === '1';
}

/**
 * Writes a run's folder off the event loop. Calls only queue: the state is replaced atomically (temp file, rename)
 * with the latest snapshot queued, so states that come faster than the disk or within the save interval collapse into one write, and a later
 * state is never overwritten by an earlier one; event and trace lines are appended in order. The state of a batch
 * is written before its lines, so the log never gets ahead of the state (a node_start on disk means the state
 * before it is there). A state not `trusted` is checked against the schema here, where it becomes durable: in the
 * top-level fields that differ from the last state checked, the first against the `checked` option (a fresh run's
 * initial context) or, without one, in full. Every state names this process as the run's owner, which is what keeps another process from resuming
 * the run meanwhile (a fresh run takes no lock file); a run that stops unfinished is saved once more without one.
 *
 * Few trips through libuv's thread pool, each costing tens of µs of CPU on a loaded machine: plain descriptors and
 * the callback API; the run folder is opened, and every file closed, on the event loop (neither touches the
 * filesystem's journal); `close()` drains the queue, then fdatasyncs the latest state and the logs through the
 * descriptors that wrote them and fsyncs the run folder, and the save dir when the folder is new (one fsync shared
 * by the runs that finish together, see `syncDirectory`), all at once, so the filesystem commits them together.
 *
 * The first failure stops the writer: it is reported once to `onFault` and again by `close()`; nothing is left as
 * an unhandled rejection.
 */
export class RunWriter {
  private state: StateSnapshot | undefined;
  private events: EngineEvent[] = [];
  private traces: string[] = [];
  private draining: Promise<void> | undefined;
  private scheduled = false;
  private closing = false;
  private timer: NodeJS.Timeout | undefined;
  /** When the latest drain began (performance.now()): the next waits for the save interval from there. */
  private lastWriteAt = -Infinity;
  private failure: Error | undefined;
  private eventsFd: number | undefined;
  private traceFd: number | undefined;
  /** The descriptor the latest state was written through (now `state.json`), kept for the end-of-run sync. */
  private stateFd: number | undefined;
  private folderFd: number | undefined;
  /** The last state that passed the schema: later ones are checked only where they differ from it. */
  private checked: Context | undefined;
  private written: StateSnapshot | undefined;
  private closed: Promise<void> | undefined;
  private firstState: { promise: Promise<void>; resolve(): void; reject(error: Error): void } | undefined;
  private readonly statePath: string;
  private readonly tempPath: string;

  private readonly saveIntervalMs: number;
  private readonly trusted: boolean;

  constructor(
    private readonly store: RunStore,
    private readonly onFault: (error: Error) => void = () => {},
    options: RunWriterOptions = {},
  ) {
    this.saveIntervalMs = options.saveIntervalMs ?? SAVE_INTERVAL_MS;
    this.checked = options.checked;
    this.trusted = options.trusted === true && !checksTrustedStates();
    this.statePath = store.statePath;
    this.tempPath = `${this.statePath}.${process.pid}.tmp`;
  }

  saveState(context: Context, nodesRun: readonly string[]): void {
    if (this.failure) return;
    this.state = { context, nodesRun: nodesRun.slice() };
    this.schedule();
  }

  appendEvent(event: EngineEvent): void {
    if (this.failure) return;
    this.events.push(event);
    this.schedule();
  }

  appendTrace(record: Record<string, unknown>): void {
    if (this.failure) return;
    // Serialised now: trace records hold live objects that later nodes replace, not the ones of this moment.
    this.traces.push(JSON.stringify({ at: new Date().toISOString(), ...record }));
    this.schedule();
  }

  /**
   * Undefined once a state is in place (renamed to state.json); until then a promise that resolves when one is, and
   * rejects with the writer's failure.
   */
  stateInPlace(): Promise<void> | undefined {
    if (this.written) return undefined;
    if (this.failure) return Promise.reject(this.failure);
    if (!this.firstState) {
      let resolve!: () => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<void>((yes, no) => {
        resolve = yes;
        reject = no;
      });
      this.firstState = { promise, resolve, reject };
    }
    return this.firstState.promise;
  }

  /** Resolves once everything queued is written and on disk; rejects with the writer's failure. */
  close(): Promise<void> {
    this.closed ??= this.finish();
    return this.closed;
  }

  private async finish(): Promise<void> {
    this.closing = true;
    clearTimeout(this.timer);
    this.scheduled = false;
    try {
      while (this.draining || (this.pending() && !this.failure)) await this.kick();
      if (this.failure) throw this.failure;
      // Stopped unfinished (cancelled, failed): saved without an owner, so another process may resume it now.
      if (this.written?.context.status === 'running') await this.writeState(this.written, false);
      // All at once, so the filesystem can commit them together. The final state is on disk (renamed) by now, so
      // a lock (a resumed run's) can go meanwhile: a process that finds the run unlocked finds it finished.
      const syncs: Array<Promise<void>> = [this.store.unlock()];
      if (this.stateFd !== undefined) syncs.push(this.at(this.statePath, fdCalls.fdatasync(this.stateFd)));
      if (this.eventsFd !== undefined) syncs.push(this.at(this.store.eventsPath, fdCalls.fdatasync(this.eventsFd)));
      if (this.traceFd !== undefined) syncs.push(this.at(this.store.tracePath, fdCalls.fdatasync(this.traceFd)));
      if (this.folderFd !== undefined) syncs.push(this.at(this.store.dir, fdCalls.fsync(this.folderFd)));
      // A new run folder is an entry of the save dir: synced too, once for the runs that finish together.
      if (this.store.fresh && this.folderFd !== undefined) {
        const saveDir = path.dirname(this.store.dir);
        syncs.push(this.at(saveDir, syncDirectory(saveDir)));
      }
      await Promise.all(syncs);
    } catch (error) {
      throw this.fail(error);
    } finally {
      for (const fd of [this.stateFd, this.eventsFd, this.traceFd, this.folderFd]) closeQuietly(fd);
      this.stateFd = this.eventsFd = this.traceFd = this.folderFd = undefined;
    }
  }

  private pending(): boolean {
    return this.state !== undefined || this.events.length > 0 || this.traces.length > 0;
  }

  private schedule(): void {
    if (this.scheduled || this.draining || this.failure || this.closing) return;
    this.scheduled = true;
    const start = () => {
      this.scheduled = false;
      this.timer = undefined;
      if (!this.closing) void this.kick();
    };
    const wait = this.lastWriteAt + this.saveIntervalMs - performance.now();
    // Started on the next turn, so a burst of nodes finishing in one turn becomes one write.
    if (wait > 0) this.timer = setTimeout(start, wait);
    else setImmediate(start);
  }

  /** The drain in progress, or a new one; it never rejects (a failure is kept in `failure`). */
  private kick(): Promise<void> {
    if (!this.draining && !this.failure) {
      this.draining = this.drain().finally(() => {
        this.draining = undefined;
        // Queued between the drain's last look and now.
        if (this.pending() && !this.failure) this.schedule();
      });
    }
    return this.draining ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    try {
      // A fresh run's folder is made with its first write (RunStore.makeFolder).
      if (!this.store.made) await this.at(this.store.dir, this.store.makeFolder());
      // Opened with the first write, for the end-of-run fsync; a read-only open of a folder is not a disk write.
      this.folderFd ??= this.atSync(this.store.dir, () => fs.openSync(this.store.dir, 'r'));
      // One pass: what is queued while it writes waits for the save interval (or close()), see schedule().
      if (this.pending() && !this.failure) {
        this.lastWriteAt = performance.now();
        const state = this.state;
        const events = this.events;
        const traces = this.traces;
        this.state = undefined;
        this.events = [];
        this.traces = [];
        // The log is opened (created empty) while the state is written: only its lines must wait for the state.
        const opening = events.length > 0 && this.eventsFd === undefined ? settled(this.openEvents()) : undefined;
        try {
          if (state) await this.writeState(state, true);
        } finally {
          const openError = await opening;
          if (openError) throw openError;
        }
        if (events.length > 0) await this.appendEvents(events);
        if (traces.length > 0) await this.appendTraces(traces);
      }
    } catch (error) {
      this.fail(error);
    }
  }

  private async writeState(state: StateSnapshot, owned: boolean): Promise<void> {
    if (!this.trusted) {
      const check = checkContext(this.checked, state.context);
      if (check.issue !== undefined) {
        throw new InvalidStateError(`could not save the run state after ${state.nodesRun.at(-1) ?? 'the start'}: ${check.issue}`);
      }
      this.checked = state.context;
    }
    const target = this.statePath;
    const text = JSON.stringify(savedState(state.context, state.nodesRun, owned ? currentProcessIdentity() : undefined));
    const fd = await this.at(target, fdCalls.open(this.tempPath, 'w'));
    // The previous state's descriptor is no longer the one to sync.
    closeQuietly(this.stateFd);
    this.stateFd = fd;
    try {
      await this.at(target, writeAll(fd, text));
      await this.at(target, fdCalls.rename(this.tempPath, target));
    } catch (error) {
      // A full disk leaves a half-written temp file; the last good state.json (if any) stays as it was.
      fs.rmSync(this.tempPath, { force: true });
      throw error;
    }
    this.written = state;
    this.firstState?.resolve();
  }

  private async appendEvents(events: EngineEvent[]): Promise<void> {
    let text = '';
    for (const event of events) text += `${JSON.stringify(event)}\n`;
    await this.openEvents();
    await this.at(this.store.eventsPath, writeAll(this.eventsFd!, text));
  }

  private async openEvents(): Promise<void> {
    this.eventsFd ??= await this.at(this.store.eventsPath, fdCalls.open(this.store.eventsPath, 'a'));
  }

  private async appendTraces(lines: string[]): Promise<void> {
    this.traceFd ??= await this.at(this.store.tracePath, fdCalls.open(this.store.tracePath, 'a'));
    await this.at(this.store.tracePath, writeAll(this.traceFd, `${lines.join('\n')}\n`));
  }

  /** Waits for one file operation; a failure names the run and the file in one line. */
  private async at<T>(file: string, operation: Promise<T>): Promise<T> {
    try {
      return await operation;
    } catch (error) {
      throw new RunWriteError(`run ${this.store.runId}: cannot write ${file} (${describeFsError(error)})`);
    }
  }

  private atSync<T>(file: string, operation: () => T): T {
    try {
      return operation();
    } catch (error) {
      throw new RunWriteError(`run ${this.store.runId}: cannot write ${file} (${describeFsError(error)})`);
    }
  }

  private fail(error: unknown): Error {
    if (!this.failure) {
      this.failure = error instanceof Error ? error : new Error(String(error));
      this.state = undefined;
      this.events = [];
      this.traces = [];
      this.firstState?.reject(this.failure);
      this.onFault(this.failure);
    }
    return this.failure;
  }
}

function closeQuietly(fd: number | undefined): void {
  if (fd === undefined) return;
  try {
    fs.closeSync(fd);
  } catch {
    // Closing a descriptor whose writes were synced, or that failed: nothing left to lose.
  }
}

/** Resolves with the promise's error, or undefined once it succeeds; never rejects. */
function settled(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error ?? new Error('failed'),
  );
}

export class RunWriteError extends Error {
  override name = 'RunWriteError';
}

export class InvalidStateError extends Error {
  override name = 'InvalidStateError';
}
