import fs from 'node:fs';
import path from 'node:path';
import { TEST_CACHE_DIR } from '../helpers/run-cli.js';

/**
 * Vitest global setup: the tests' shared cache dir outlives a run, and a cached model answer is keyed by the server's
 * URL. The loopback model servers listen on ports the system picks, so a port an earlier run used can come back: the
 * earlier run's answer would then be served from the cache and a test that inspects the requests would see none. Each
 * run starts without cached model answers (catalogs, which depend only on the data, are kept).
 */
export function setup(): void {
  fs.rmSync(path.join(TEST_CACHE_DIR, 'llm'), { recursive: true, force: true });
}
