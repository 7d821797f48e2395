import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * The bin keeps V8's code cache for the bundled program under <cache dir>/v8: written by the first start, read by the
 * next, and a bad, stale or unwritable cache never changes what a command does.
 */
const QUERY = ['sql', "SELECT state, count(*) AS n FROM customers GROUP BY state ORDER BY n DESC, state LIMIT 3", '--format', 'json'];

/** The files of the cache of this build (one folder under v8/), as paths under v8/. */
function cacheFiles(dir: string): string[] {
  const v8 = path.join(dir, 'v8');
  if (!fs.existsSync(v8)) return [];
  const builds = fs.readdirSync(v8);
  expect(builds).toHaveLength(1);
  return fs.readdirSync(path.join(v8, builds[0]!)).map((name) => path.join(builds[0]!, name)).sort();
}

describe('V8 code cache of the bundled program', () => {
  it('is written by the first start and read by the next, with the same answer', async () => {
    const cache = path.join(tempDir('sluice-code-cache-'), 'cache');
    const first = await runCli(QUERY, { env: { SLUICE_CACHE_DIR: cache }, timeoutMs: 120_000 });
    expect(first.code, first.stderr).toBe(0);
    const written = cacheFiles(cache);
    expect(written.some((name) => path.basename(name).startsWith('sluice-main.cjs-'))).toBe(true);
    expect(written.length).toBeGreaterThan(3);
    const stamps = written.map((name) => fs.statSync(path.join(cache, 'v8', name)).mtimeMs);
    const second = await runCli(QUERY, { env: { SLUICE_CACHE_DIR: cache }, timeoutMs: 120_000 });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    // Accepted by V8, so not written again.
    expect(cacheFiles(cache)).toEqual(written);
    expect(written.map((name) => fs.statSync(path.join(cache, 'v8', name)).mtimeMs)).toEqual(stamps);
  }, 240_000);

  it('ignores a corrupt cache, answers the same, and writes it again', async () => {
    const cache = path.join(tempDir('sluice-code-cache-'), 'cache');
    // The first start also builds the demo database, with files the next ones do not load: they are left out.
    expect((await runCli(QUERY, { env: { SLUICE_CACHE_DIR: cache }, timeoutMs: 120_000 })).code).toBe(0);
    fs.rmSync(path.join(cache, 'v8'), { recursive: true });
    const first = await runCli(QUERY, { env: { SLUICE_CACHE_DIR: cache }, timeoutMs: 120_000 });
    expect(first.code, first.stderr).toBe(0);
    const files = cacheFiles(cache);
    expect(files.length).toBeGreaterThan(3);
    const garbage = Buffer.alloc(4096, 7);
    for (const name of files) fs.writeFileSync(path.join(cache, 'v8', name), path.basename(name).startsWith('sluice-main') ? Buffer.alloc(0) : garbage);
    const second = await runCli(QUERY, { env: { SLUICE_CACHE_DIR: cache }, timeoutMs: 120_000 });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.stderr).toBe(first.stderr);
    for (const name of files) {
      const now = fs.readFileSync(path.join(cache, 'v8', name));
      expect(now.length, name).toBeGreaterThan(0);
      expect(now.equals(garbage), name).toBe(false);
    }
  }, 240_000);

  it('answers the same when the cache cannot be written, and without it', async () => {
    const dir = tempDir('sluice-code-cache-');
    const reference = await runCli(QUERY, { env: { SLUICE_CACHE_DIR: path.join(dir, 'cache') }, timeoutMs: 120_000 });
    expect(reference.code, reference.stderr).toBe(0);
    // v8/ is a file: no cache can be read or written there.
    fs.rmSync(path.join(dir, 'cache', 'v8'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'cache', 'v8'), 'not a folder');
    const blocked = await runCli(QUERY, { env: { SLUICE_CACHE_DIR: path.join(dir, 'cache') }, timeoutMs: 120_000 });
    expect(blocked.code, blocked.stderr).toBe(0);
    expect(blocked.stdout).toBe(reference.stdout);
    expect(blocked.stderr).toBe(reference.stderr);
    const off = await runCli(QUERY, { env: { SLUICE_CACHE_DIR: path.join(dir, 'cache'), SLUICE_CODE_CACHE: '0' }, timeoutMs: 120_000 });
    expect(off.code, off.stderr).toBe(0);
    expect(off.stdout).toBe(reference.stdout);
  }, 240_000);

  it("removes another build's cache once it is an hour old, when it writes its own", async () => {
    const cache = path.join(tempDir('sluice-code-cache-'), 'cache');
    const [old, recent] = [path.join(cache, 'v8', 'old-build'), path.join(cache, 'v8', 'recent-build')];
    for (const folder of [old, recent]) {
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, 'sluice-main.cjs-1-1'), 'x');
    }
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    const result = await runCli(QUERY, { env: { SLUICE_CACHE_DIR: cache }, timeoutMs: 120_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(fs.existsSync(old)).toBe(false);
    expect(fs.existsSync(recent)).toBe(true);
    expect(fs.readdirSync(path.join(cache, 'v8'))).toHaveLength(2);
  }, 240_000);
});
