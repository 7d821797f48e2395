import fs from 'node:fs';
import { fdCalls } from './fd-calls.js';

interface Syncing {
  fd: number;
  /** Callers that asked while a sync was under way: it may have started before their change, so they wait for the next. */
  waiting: Array<{ resolve(): void; reject(error: unknown): void }>;
  running: boolean;
}

const folders = new Map<string, Syncing>();

/**
 * fsyncs a folder, so entries made in it so far survive a power loss. Group commit: runs that finish together (a
 * batch) share one fsync; a call that comes while one is under way waits for the next one, which starts once the
 * current ends and covers every call made meanwhile (never an fsync that started before the call). The folder is opened for the first call and closed once no call
 * waits, so nothing stays open between runs.
 */
export function syncDirectory(folder: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let syncing = folders.get(folder);
    if (!syncing) {
      let fd: number;
      try {
        // A read-only open of a folder: no journal work, so it is done here rather than through the thread pool.
        fd = fs.openSync(folder, 'r');
      } catch (error) {
        reject(error);
        return;
      }
      syncing = { fd, waiting: [], running: false };
      folders.set(folder, syncing);
    }
    syncing.waiting.push({ resolve, reject });
    if (!syncing.running) {
      syncing.running = true;
      // Started after the current job, so the runs that finish in it share this fsync.
      queueMicrotask(() => void runSyncs(folder, syncing));
    }
  });
}

async function runSyncs(folder: string, syncing: Syncing): Promise<void> {
  while (syncing.waiting.length > 0) {
    const served = syncing.waiting;
    syncing.waiting = [];
    try {
      await fdCalls.fsync(syncing.fd);
      for (const caller of served) caller.resolve();
    } catch (error) {
      for (const caller of served) caller.reject(error);
    }
  }
  syncing.running = false;
  folders.delete(folder);
  fs.closeSync(syncing.fd);
}
