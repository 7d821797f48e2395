import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isRunning } from '../persistence/process-identity.js';
import { makeDirectory } from '../persistence/make-directory.js';
import { demoFiles, type DemoFiles } from './demo-files.js';

/** Builds running in this process, by target file, so concurrent callers share one build. */
const pendingBuilds = new Map<string, Promise<void>>();

/**
 * Returns the demo database in cacheDir, building it on first use. The build writes a unique
 * temporary file and renames it into place, so concurrent processes never see a partial file.
 */
export async function ensureDemoDatabase(cacheDir: string): Promise<DemoFiles> {
  const files = demoFiles(cacheDir);
  const { database } = files;
  if (!existsSync(database)) {
    let build = pendingBuilds.get(database);
    if (!build) {
      build = buildInPlace(database).finally(() => pendingBuilds.delete(database));
      pendingBuilds.set(database, build);
    }
    await build;
  }
  return files;
}

async function buildInPlace(database: string): Promise<void> {
  makeDirectory(dirname(database));
  removeAbandonedBuilds(database);
  const temporary = `${database}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  // Ctrl-C during the build exits the process (src/cli/interrupt-while-starting.ts): leave no partial copy behind.
  const removeTemporary = () => {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}.wal`, { force: true });
  };
  process.on('exit', removeTemporary);
  try {
    // Loaded only to build: a run on the cached demo database does not pay for the builder's imports.
    const { buildDemoDatabase } = await import('./build-demo-database.js');
    await buildDemoDatabase(temporary);
    try {
      renameSync(temporary, database);
    } catch (error) {
      // Another process won the race (Windows refuses to replace a file that is open).
      if (!existsSync(database)) throw error;
    }
  } finally {
    process.off('exit', removeTemporary);
    removeTemporary();
  }
}

/**
 * Removes the temporary files of builds whose process is gone: a first run stopped while it built the demo (Ctrl-C
 * before the run could catch it, kill -9) left its partial copy beside the database, and nothing else ever would.
 */
function removeAbandonedBuilds(database: string): void {
  const folder = dirname(database);
  const prefix = `${basename(database)}.`;
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = name.startsWith(prefix) ? /^(\d+)-[0-9a-f]+\.tmp(?:\.wal)?$/.exec(name.slice(prefix.length)) : null;
    if (!match || isRunning({ pid: Number(match[1]) })) continue;
    rmSync(join(folder, name), { force: true });
  }
}
