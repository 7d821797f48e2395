import path from 'node:path';
import { packageRoot } from '../package-root.js';

/** Bump when the schema or the generated data change: the cached file name carries it, so caches rebuild. */
export const DEMO_VERSION = 5;

/**
 * The demo's orders and activity run from 2023-01-01 up to and including 2026-11-30, a fixed anchor that is never
 * after the day anyone runs this version, so totals hold no future orders. The data is the same on every machine.
 */
export const DEMO_DATA_END = '2026-11-30';
/** The day after DEMO_DATA_END, the exclusive end of the generated range. */
export const DEMO_DATA_END_EXCLUSIVE = '2026-12-01';

export interface DemoFiles {
  /** The cached DuckDB file (built on first use by ensureDemoDatabase). */
  database: string;
  /** demo/metrics.yml of the package. */
  metrics: string;
  /** demo/docs/ folder of the package. */
  docs: string;
}

/** Where the demo namespace's database, metrics and docs live; no I/O. */
export function demoFiles(cacheDir: string): DemoFiles {
  const root = packageRoot();
  return {
    database: path.join(cacheDir, `demo-v${DEMO_VERSION}.duckdb`),
    metrics: path.join(root, 'demo', 'metrics.yml'),
    docs: path.join(root, 'demo', 'docs'),
  };
}
