import { readFileSync } from 'node:fs';
import type { DuckDbLimits } from './duckdb-limits.js';

/** A DuckDB namespace's file and limits, as a one-question run opened it (early-duckdb-open.ts). */
export interface OpenHint {
  path: string;
  limits: DuckDbLimits;
}

export interface SavedHints {
  format: 1;
  /** Command-line key → what it opened; the most recent last. */
  entries: Array<[string, OpenHint]>;
}

/** What the bin hands the program: where hints are kept, this command line's key, and the hints as read. */
export interface EarlyOpenRequest {
  file: string;
  key: string;
  saved: SavedHints;
}

export const EARLY_OPEN_REQUEST = Symbol.for('sluice.early-open');

/** The hints in `file`; none when it is missing or broken. Small and read synchronously: the bin reads it first. */
export function readOpenHints(file: string): SavedHints {
  try {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedHints;
    if (saved.format === 1 && Array.isArray(saved.entries)) return saved;
  } catch {
    // A missing or broken file holds no hint.
  }
  return { format: 1, entries: [] };
}

export function openHintFor(saved: SavedHints, key: string): OpenHint | undefined {
  const hint: unknown = saved.entries.find((entry) => Array.isArray(entry) && entry[0] === key)?.[1];
  const valid = typeof hint === 'object' && hint !== null && typeof (hint as OpenHint).path === 'string' && typeof (hint as OpenHint).limits === 'object';
  return valid ? (hint as OpenHint) : undefined;
}
