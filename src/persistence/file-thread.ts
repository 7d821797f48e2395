import { Worker } from 'node:worker_threads';
import { fileThreadMain, type FileOperation, type FileReply, type FileRequest } from './file-thread-main.js';

interface Waiting {
  resolve(value: number | undefined): void;
  reject(error: Error): void;
}

/**
 * A worker thread that makes a batch's save-dir file calls (fd-calls.ts) for the main thread. Each call through libuv's
 * pool costs the main thread a wake of a pool thread and of itself (~0.2–0.5 ms of its time on a loaded 2-core machine,
 * ~20 per question: 13% of an offline batch's main thread, docs/benchmarks.md, perf26). Here the calls made in one
 * turn of the event loop, by every run in flight, go in one message, and their replies come back together.
 *
 * The calls and their order are the ones the callers make (each awaits its own), so what is on disk at any moment,
 * and what a kill leaves, is as it was. The thread keeps the process alive only while a call waits for it.
 */
export class FileThread {
  private readonly worker: Worker;
  private queued: FileRequest[] = [];
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;
  private failure: Error | undefined;
  private stopping = false;

  constructor() {
    this.worker = new Worker(
      `const { parentPort } = require('node:worker_threads');\n(${fileThreadMain.toString()})(require('node:fs'), parentPort);`,
      { eval: true },
    );
    this.worker.unref();
    this.worker.on('message', (replies: FileReply[]) => this.receive(replies));
    this.worker.on('error', (error) => this.lose(error));
    this.worker.on('exit', (code) => this.lose(new Error(`the save dir's file thread exited with code ${code}`)));
  }

  call(operation: FileOperation, a: string | number, b?: string): Promise<number | undefined> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    if (this.queued.length === 0) setImmediate(() => this.send());
    this.queued.push(b === undefined ? [id, operation, a] : [id, operation, a, b]);
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => this.waiting.set(id, { resolve, reject }));
  }

  /** Ends the thread once no call waits for it. */
  stop(): void {
    this.stopping = true;
    if (this.waiting.size === 0) void this.worker.terminate();
  }

  private send(): void {
    const requests = this.queued;
    this.queued = [];
    if (requests.length > 0 && !this.failure) this.worker.postMessage(requests);
  }

  private receive(replies: FileReply[]): void {
    for (const [id, error, value] of replies) {
      const waiting = this.waiting.get(id);
      if (!waiting) continue;
      this.waiting.delete(id);
      if (error) waiting.reject(Object.assign(new Error(error.message), error));
      else waiting.resolve(value);
    }
    if (this.waiting.size === 0) {
      if (this.stopping) void this.worker.terminate();
      else this.worker.unref();
    }
  }

  private lose(error: Error): void {
    if (this.stopping && this.waiting.size === 0) return;
    this.failure ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
    this.queued = [];
    if (current === this) current = undefined;
  }
}

let current: FileThread | undefined;

/** The file thread the save dir's calls go through, if one is running (`startFileThread`). */
export function currentFileThread(): FileThread | undefined {
  return current;
}

/**
 * From now on this thread's save-dir file calls go through a file thread, until `stopFileThread`. For a batch answered
 * on the main thread: a single run makes too few calls to pay for starting a thread (~25 ms of CPU).
 */
export function startFileThread(): void {
  current ??= new FileThread();
}

/** Calls made from now on go through libuv's pool again; the thread ends once the calls already made are answered. */
export function stopFileThread(): void {
  const thread = current;
  current = undefined;
  thread?.stop();
}
