import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fdCalls } from '../src/persistence/fd-calls.js';
import { syncDirectory } from '../src/persistence/sync-directory.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-sync-directory-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** Counts the real fsyncs syncDirectory makes, and when each started relative to the calls. */
async function watchingFsyncs<T>(body: (log: string[]) => Promise<T>): Promise<T> {
  const original = fdCalls.fsync;
  const log: string[] = [];
  fdCalls.fsync = async (fd) => {
    log.push('fsync start');
    await original(fd);
    log.push('fsync end');
  };
  try {
    return await body(log);
  } finally {
    fdCalls.fsync = original;
  }
}

describe('syncDirectory', () => {
  it('serves runs that finish together with one fsync, not one each', async () => {
    await watchingFsyncs(async (log) => {
      await Promise.all(Array.from({ length: 20 }, () => syncDirectory(root)));
      expect(log.filter((entry) => entry === 'fsync start')).toHaveLength(1);
    });
  });

  it('never answers a call with an fsync that started before it: a call made during one waits for the next', async () => {
    await watchingFsyncs(async (log) => {
      const first = syncDirectory(root).then(() => log.push('first done'));
      // Once the first fsync is under way, an entry made now is not covered by it.
      while (!log.includes('fsync start')) await new Promise((resolve) => setImmediate(resolve));
      log.push('second call');
      const second = syncDirectory(root).then(() => log.push('second done'));
      await Promise.all([first, second]);
      const starts = log.flatMap((entry, i) => (entry === 'fsync start' ? [i] : []));
      expect(starts).toHaveLength(2);
      expect(starts[1]).toBeGreaterThan(log.indexOf('second call'));
      expect(log.indexOf('first done')).toBeGreaterThan(log.indexOf('fsync end'));
      expect(log.at(-1)).toBe('second done');
      expect(log.at(-2)).toBe('fsync end');
    });
  });

  it('leaves no descriptor open once every call is answered, and reports a folder that is gone', async () => {
    const openFiles = () => fs.readdirSync('/proc/self/fd').length;
    const before = openFiles();
    await Promise.all([syncDirectory(root), syncDirectory(root)]);
    expect(openFiles()).toBe(before);
    await expect(syncDirectory(path.join(root, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(openFiles()).toBe(before);
  });
});
