import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoDatabase, DEMO_VERSION } from './build-demo-database.js';

export interface DemoDatabase {
  /** The cached DuckDB file. */
  database: string;
  /** demo/metrics.yml of the package. */
  metrics: string;
  /** demo/docs/ folder of the package. */
  docs: string;
}

/** Builds running in this process, by target file, so concurrent callers share one build. */
const pendingBuilds = new Map<string, Promise<void>>();

/**
 * Returns the demo database in cacheDir, building it on first use. The build writes a unique
 * temporary file and renames it into place, so concurrent processes never see a partial file.
 */
export async function ensureDemoDatabase(cacheDir: string): Promise<DemoDatabase> {
  const root = packageRoot();
  const database = join(cacheDir, `demo-v${DEMO_VERSION}.duckdb`);
  if (!existsSync(database)) {
    let build = pendingBuilds.get(database);
    if (!build) {
      build = buildInPlace(database).finally(() => pendingBuilds.delete(database));
      pendingBuilds.set(database, build);
    }
    await build;
  }
  return { database, metrics: join(root, 'demo', 'metrics.yml'), docs: join(root, 'demo', 'docs') };
}

async function buildInPlace(database: string): Promise<void> {
  mkdirSync(dirname(database), { recursive: true });
  const temporary = `${database}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await buildDemoDatabase(temporary);
    try {
      renameSync(temporary, database);
    } catch (error) {
      // Another process won the race (Windows refuses to replace a file that is open).
      if (!existsSync(database)) throw error;
    }
  } finally {
    rmSync(temporary, { force: true });
    rmSync(`${temporary}.wal`, { force: true });
  }
}

/** The folder of the package.json named "sluice", above this file in src/demo or dist/src/demo. */
function packageRoot(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && readPackageName(manifest) === 'sluice') return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`cannot find the sluice package root above ${fileURLToPath(import.meta.url)}`);
    folder = parent;
  }
}

function readPackageName(manifest: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name;
  } catch {
    return undefined;
  }
}
