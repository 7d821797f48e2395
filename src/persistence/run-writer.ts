import { open, rename, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Context } from '../context/context-schema.js';
import { checkContext } from '../engine/check-context.js';
import type { EngineEvent } from '../engine/engine-events.js';
import { describeFsError } from './describe-fs-error.js';
import { savedState, type RunStore } from './run-store.js';

interface StateSnapshot {
  context: Context;
  nodesRun: string[];
}

/**
 * Writes a run's folder off the event loop. Calls only queue: the state is replaced atomically (temp file, rename)
 * with the latest snapshot queued, so states that come faster than the disk collapse into one write, and a later
 * state is never overwritten by an earlier one; event and trace lines are appended in order. The state of a batch
 * is written before its lines, so the log never gets ahead of the state (a node_start on disk means the state
 * before it is there). The state is checked against the schema here, where it becomes durable (built-in nodes are
 * trusted between nodes): in full the first time, then in the top-level fields that differ from the last state
 * checked. The latest state file stays open, so `close()` syncs it without opening it again: `close()` drains the
 * queue, releases the run's lock and fdatasyncs the state and the logs and fsyncs the run folder and the save dir,
 * all at once, so the filesystem can commit them together.
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
  private failure: Error | undefined;
  private eventsFile: FileHandle | undefined;
  private traceFile: FileHandle | undefined;
  /** The handle the latest state was written through (now `state.json`), kept for the end-of-run sync. */
  private stateFile: FileHandle | undefined;
  /** The last state that passed the schema: later ones are checked only where they differ from it. */
  private checked: Context | undefined;
  /** Taking the lock of a fresh run folder; every state waits for it before it appears. */
  private locking: Promise<void> | undefined;
  /** The run folder and the save dir, opened with the first write for the end-of-run fsync. */
  private folders: Promise<FileHandle[]> | undefined;
  private closed: Promise<void> | undefined;

  constructor(
    private readonly store: RunStore,
    private readonly onFault: (error: Error) => void = () => {},
  ) {}

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

  /** Resolves once everything queued is written and on disk; rejects with the writer's failure. */
  close(): Promise<void> {
    this.closed ??= this.finish();
    return this.closed;
  }

  private async finish(): Promise<void> {
    try {
      while (this.draining || (this.pending() && !this.failure)) await this.kick();
      if (this.failure) throw this.failure;
      // All at once, so the filesystem can commit them together; each file is closed as soon as it is synced.
      // The final state is on disk (renamed) by now, so the lock can go meanwhile: a process that finds the run
      // unlocked finds it finished.
      const syncs: Array<Promise<void>> = [this.syncFolders(), this.store.unlock()];
      if (this.stateFile) syncs.push(this.syncFile(this.store.statePath, this.stateFile));
      if (this.eventsFile) syncs.push(this.syncFile(this.store.eventsPath, this.eventsFile));
      if (this.traceFile) syncs.push(this.syncFile(this.store.tracePath, this.traceFile));
      await Promise.all(syncs);
    } catch (error) {
      throw this.fail(error);
    } finally {
      const folders = this.folders;
      this.folders = undefined;
      // The lock is settled too, so whoever releases it after close() finds it taken or not, never in flight.
      await Promise.allSettled([
        this.stateFile?.close(),
        this.eventsFile?.close(),
        this.traceFile?.close(),
        folders?.then((handles) => Promise.allSettled(handles.map((handle) => handle.close()))),
        this.locking,
      ]);
      this.stateFile = this.eventsFile = this.traceFile = undefined;
    }
  }

  /** fdatasync: the data and the size; the name is the folder's, synced beside it. */
  private async syncFile(file: string, handle: FileHandle): Promise<void> {
    await this.at(file, () => handle.datasync());
    await handle.close();
    if (this.stateFile === handle) this.stateFile = undefined;
    if (this.eventsFile === handle) this.eventsFile = undefined;
    if (this.traceFile === handle) this.traceFile = undefined;
  }

  private pending(): boolean {
    return this.state !== undefined || this.events.length > 0 || this.traces.length > 0;
  }

  private schedule(): void {
    if (this.scheduled || this.draining || this.failure) return;
    this.scheduled = true;
    // Started on the next turn, so a burst of nodes finishing in one turn becomes one write.
    setImmediate(() => {
      this.scheduled = false;
      void this.kick();
    });
  }

  /** The drain in progress, or a new one; it never rejects (a failure is kept in `failure`). */
  private kick(): Promise<void> {
    if (!this.draining && !this.failure) {
      this.draining = this.drain().finally(() => {
        this.draining = undefined;
        // Queued between the drain's last look and now.
        if (this.pending() && !this.failure) void this.kick();
      });
    }
    return this.draining ?? Promise.resolve();
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending() && !this.failure) {
        const state = this.state;
        const events = this.events;
        const traces = this.traces;
        this.state = undefined;
        this.events = [];
        this.traces = [];
        // The log is opened (created empty) while the state is written: only its lines must wait for the state.
        const opening = events.length > 0 && !this.eventsFile ? settled(this.openEvents()) : undefined;
        this.openFolders();
        try {
          if (state) await this.writeState(state);
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

  private async writeState(state: StateSnapshot): Promise<void> {
    const check = checkContext(this.checked, state.context);
    if (check.issue !== undefined) {
      throw new InvalidStateError(`could not save the run state after ${state.nodesRun.at(-1) ?? 'the start'}: ${check.issue}`);
    }
    this.checked = state.context;
    const target = this.store.statePath;
    const temp = `${target}.${process.pid}.tmp`;
    const text = JSON.stringify(savedState(state.context, state.nodesRun));
    this.locking ??= this.store.fresh && this.store.unlocked ? this.store.lock() : Promise.resolve();
    const locked = settled(this.locking);
    const file = await this.at(target, () => open(temp, 'w'));
    // The previous state's handle is closed while this one is written: it is no longer the one to sync.
    const previous = this.stateFile;
    this.stateFile = file;
    const closing = previous ? settled(previous.close()) : undefined;
    await this.at(target, () => file.writeFile(text));
    const lockError = await locked;
    if (lockError) throw lockError;
    await this.at(target, () => rename(temp, target));
    await closing;
  }

  private async appendEvents(events: EngineEvent[]): Promise<void> {
    let text = '';
    for (const event of events) text += `${JSON.stringify(event)}\n`;
    await this.openEvents();
    await this.at(this.store.eventsPath, () => this.eventsFile!.appendFile(text));
  }

  private async openEvents(): Promise<void> {
    this.eventsFile ??= await this.at(this.store.eventsPath, () => open(this.store.eventsPath, 'a'));
  }

  private async appendTraces(lines: string[]): Promise<void> {
    this.traceFile ??= await this.at(this.store.tracePath, () => open(this.store.tracePath, 'a'));
    await this.at(this.store.tracePath, () => this.traceFile!.appendFile(`${lines.join('\n')}\n`));
  }

  private openFolders(): Promise<FileHandle[]> {
    if (!this.folders) {
      const paths = [this.store.dir, path.dirname(this.store.dir)];
      this.folders = Promise.all(paths.map((folder) => this.at(folder, () => open(folder, 'r'))));
      // Seen by close(); until then a failure must not count as unhandled.
      this.folders.catch(() => {});
    }
    return this.folders;
  }

  private async syncFolders(): Promise<void> {
    const paths = [this.store.dir, path.dirname(this.store.dir)];
    const handles = await this.openFolders();
    await Promise.all(handles.map((handle, i) => this.at(paths[i]!, () => handle.sync())));
  }

  /** Runs one file operation; a failure names the run and the file in one line. */
  private async at<T>(file: string, operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
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
      this.onFault(this.failure);
    }
    return this.failure;
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
