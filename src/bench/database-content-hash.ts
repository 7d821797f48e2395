import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { ManifestEntry } from './bench-dataset-schema.js';

/** Bump when the way databases are built changes, so cached files are rebuilt. */
const BUILD_VERSION = 2;
/**
 * Leads every content hash, so cached files of one build version are told from another's: a checkout on an older
 * version sharing the cache folder neither reuses nor removes this version's files (removeStaleBuilds), and this
 * version leaves its files alone, where two versions would otherwise delete each other's database mid-bench.
 */
export const BUILD_TAG = `b${BUILD_VERSION}`;

/** The files a database is built from: its schema.sql and the CSVs the manifest lists, in load order. */
export function databaseSourceFiles(databaseDir: string, entry: ManifestEntry): string[] {
  const present = new Set(entry.csv_present);
  return [
    path.join(databaseDir, 'schema.sql'),
    ...entry.tables_in_load_order.filter((table) => present.has(table)).map((table) => path.join(databaseDir, 'data', `${table}.csv`)),
  ];
}

/** A short hash of everything a built database depends on, after BUILD_TAG; a change in any file gives a new cache key. */
export function databaseContentHash(databaseDir: string, entry: ManifestEntry): string {
  const hash = createHash('sha256');
  // Where the files are is not part of the key (a database shared by two datasets, or a moved checkout, hashes the same).
  const { dir: _where, ...written } = entry as ManifestEntry & { dir?: string };
  hash.update(`sluice-bench-db v${BUILD_VERSION}\n${JSON.stringify(written)}\n`);
  for (const file of databaseSourceFiles(databaseDir, entry)) {
    hash.update(`${path.basename(file)}\n`);
    hash.update(fs.existsSync(file) ? fs.readFileSync(file) : 'missing');
    hash.update('\n');
  }
  return `${BUILD_TAG}-${hash.digest('hex').slice(0, 16)}`;
}
