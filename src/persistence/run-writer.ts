import { open, rename, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { ContextSchema, type Context } from '../context/context-schema.js';
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
 * before it is there). The state is checked against the schema here, where it becomes durable; built-in nodes are
 * trusted between nodes. `close()` drains the queue and fsyncs the files and the folder.
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
  private wroteState = false;
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
      // All at once, so the filesystem can commit them together; each log is closed as soon as it is synced.
      const syncs: Array<Promise<void>> = [this.syncPath(this.store.dir), this.syncPath(path.dirname(this.store.dir))];
      if (this.wroteState) syncs.push(this.syncPath(this.store.statePath));
      if (this.eventsFile) syncs.push(this.syncLog(this.store.eventsPath, this.eventsFile));
      if (this.traceFile) syncs.push(this.syncLog(this.store.tracePath, this.traceFile));
      await Promise.all(syncs);
    } catch (error) {
      throw this.fail(error);
    } finally {
      await Promise.allSettled([this.eventsFile?.close(), this.traceFile?.close()]);
      this.eventsFile = this.traceFile = undefined;
    }
  }

  private async syncLog(file: string, handle: FileHandle): Promise<void> {
    await this.at(file, () => handle.sync());
    await handle.close();
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
    const checked = ContextSchema.safeParse(state.context);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new InvalidStateError(`could not save the run state after ${state.nodesRun.at(-1) ?? 'the start'}: ${issue?.path.map(String).join('.') || 'root'}: ${issue?.message}`);
    }
    const target = this.store.statePath;
    const temp = `${target}.${process.pid}.tmp`;
    await this.at(target, () => writeFile(temp, JSON.stringify(savedState(state.context, state.nodesRun))));
    await this.at(target, () => rename(temp, target));
    this.wroteState = true;
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

  private async syncPath(target: string): Promise<void> {
    const handle = await this.at(target, () => open(target, 'r'));
    try {
      await this.at(target, () => handle.sync());
    } finally {
      await handle.close();
    }
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
