import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { DuckDBInstance } from '@duckdb/node-api';
import { openReadOnlyDuckDb } from './open-read-only-duckdb.js';
import type { DuckDbLimits } from './duckdb-limits.js';
import { EARLY_OPEN_REQUEST, openHintFor, type EarlyOpenRequest, type OpenHint, type SavedHints } from './early-open-hints.js';
import { leaveToProcessExit } from './leave-to-process-exit.js';

/**
 * Opening a DuckDB file loads its whole catalog (~0.7 s on one thread for 10,000 tables × 20 columns, duckdb#6090),
 * and a one-question `sluice run` waits for it before its query. The bin (src/cli/sluice-bin.ts) starts that open
 * before it loads the program, from what the same command line (working folder, --config, --namespace) opened last
 * time: the program loads, reads its config and its cached catalog, links and writes the SQL meanwhile. The program
 * takes the instance only if it asks for the very same file and limits (takeEarlyDuckDb); otherwise it opens its own,
 * and the early one, read-only and never queried, is left to the process's end. A failed early open is opened again
 * the usual way (openDuckDbConnector), so every error reads as it would have. DuckDB namespaces only: the demo's file
 * may be rebuilt while it is open.
 */

const MAX_HINTS = 32;

let early: { hint: OpenHint; opening: Promise<DuckDBInstance> } | undefined;

const request = (): EarlyOpenRequest | undefined => (globalThis as Record<symbol, EarlyOpenRequest | undefined>)[EARLY_OPEN_REQUEST];

/** Starts opening what this command line opened last time (the bin calls it only when there is a hint). Never throws. */
export function startEarlyDuckDbOpen(): void {
  const asked = request();
  const hint = asked && openHintFor(asked.saved, asked.key);
  if (!hint) return;
  const opening = openReadOnlyDuckDb(hint.path, hint.limits);
  opening.catch(() => {});
  early = { hint, opening };
}

/**
 * The instance opened early for `file` with `limits`, if that is what was opened early; records what this command
 * line opens for the next run. Called once per DuckDB namespace the program opens.
 */
export function takeEarlyDuckDb(file: string, limits: DuckDbLimits): Promise<DuckDBInstance> | undefined {
  // As saved: JSON drops the limits left undefined.
  const wanted = JSON.parse(JSON.stringify({ path: file, limits })) as OpenHint;
  record(wanted);
  const started = early;
  early = undefined;
  if (!started) return undefined;
  if (isDeepStrictEqual(started.hint, wanted)) return started.opening;
  // Opened for a config that has changed since: never queried, read-only, so nothing to flush at exit.
  started.opening.then(leaveToProcessExit, () => {});
  return undefined;
}

/** Saves `hint` under this command line's key when it differs from what was saved (the first open only). */
function record(hint: OpenHint): void {
  const asked = request();
  if (!asked) return;
  (globalThis as Record<symbol, unknown>)[EARLY_OPEN_REQUEST] = undefined;
  const { file, key, saved } = asked;
  if (isDeepStrictEqual(openHintFor(saved, key), hint)) return;
  const entries = [...saved.entries.filter(([entry]) => entry !== key), [key, hint] as [string, OpenHint]].slice(-MAX_HINTS);
  const temp = `${file}.${process.pid}.tmp`;
  const write = async () => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temp, JSON.stringify({ format: 1, entries } satisfies SavedHints));
    await rename(temp, file);
  };
  write().catch(() => rm(temp, { force: true }).catch(() => {}));
}
