import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Connector } from '../../src/connectors/connector.js';
import { openDuckDbConnector } from '../../src/connectors/duckdb-connector.js';
import type { DemoFiles } from '../../src/demo/demo-files.js';
import { ensureDemoDatabase } from '../../src/demo/ensure-demo-database.js';

export interface ScratchDemo {
  /** The scratch folder; the demo is built under its `cache` folder. */
  readonly workDir: string;
  readonly demo: DemoFiles;
  readonly connector: Connector;
  /** The first column of the first row of a query. */
  value(sql: string): Promise<unknown>;
}

/** A demo database built in its own temp folder before the file's tests and removed after them. */
export function useScratchDemo(prefix: string): ScratchDemo {
  const state: { workDir?: string; demo?: DemoFiles; connector?: Connector } = {};
  beforeAll(async () => {
    state.workDir = mkdtempSync(join(tmpdir(), prefix));
    state.demo = await ensureDemoDatabase(join(state.workDir, 'cache'));
    state.connector = await openDuckDbConnector(state.demo.database);
  });
  afterAll(async () => {
    await state.connector?.close();
    if (state.workDir) rmSync(state.workDir, { recursive: true, force: true });
  });
  return {
    get workDir() {
      return state.workDir!;
    },
    get demo() {
      return state.demo!;
    },
    get connector() {
      return state.connector!;
    },
    value: async (sql) => (await state.connector!.execute(sql)).rows[0]?.[0],
  };
}
