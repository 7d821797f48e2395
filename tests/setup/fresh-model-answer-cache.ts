import fs from 'node:fs';
import path from 'node:path';
import { TEST_CACHE_DIR } from '../helpers/run-cli.js';

/** Older than any test run: a cached model answer no run in progress can still be reading. */
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Vitest global setup: the tests' shared cache dir outlives a run. A cached model answer is keyed by its server's URL,
 * and every fake server's URL is its own (tests/helpers/fake-openai-server.ts), so no test can be served an answer an
 * earlier run cached. The cache is not wiped here: other test processes (a second `vitest` beside this one) share the
 * dir, and wiping it between a test's two runs made its second run miss the cache it had just written. Only answers
 * older than a day are removed, so the dir does not grow without end.
 */
export function setup(): void {
  const dir = path.join(TEST_CACHE_DIR, 'llm');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const cutoff = Date.now() - STALE_MS;
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if (fs.statSync(file).mtimeMs < cutoff) fs.rmSync(file, { force: true });
    } catch {
      // Removed by another run's setup meanwhile.
    }
  }
}
