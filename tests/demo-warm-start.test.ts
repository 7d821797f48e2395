import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import type { Connector } from '../src/connectors/connector.js';
import { openDuckDbConnector } from '../src/connectors/duckdb-connector.js';
import { demoFiles } from '../src/demo/demo-files.js';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import type { ResolvedNamespace, Runtime } from '../src/engine/runtime.js';
import { catalogTestRuntime } from './helpers/catalog-test-runtime.js';
import { runCli } from './helpers/run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sluice-demo-warm-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A runtime over the demo namespace of `cacheDir`, whose connector builds the demo database first, as sluice's does. */
function demoRuntime(cacheDir: string, neverOpens = false): Runtime & { asked: number } {
  const { database } = demoFiles(cacheDir);
  const runtime = catalogTestRuntime({ database, config: { type: 'demo' } });
  let asked = 0;
  let opened: Promise<Connector> | undefined;
  Object.assign(runtime, {
    settings: { ...runtime.settings, cacheDir },
    namespace: (name: string): ResolvedNamespace => ({ name, type: 'demo', database, config: { type: 'demo' } }),
    connector: (): Promise<Connector> => {
      asked += 1;
      if (neverOpens) return new Promise<Connector>(() => {});
      opened ??= ensureDemoDatabase(cacheDir).then(() => openDuckDbConnector(database));
      return opened;
    },
    close: async () => {
      if (opened) await (await opened).close();
    },
  });
  return Object.defineProperty(runtime, 'asked', { get: () => asked }) as Runtime & { asked: number };
}

describe('a warm start on the demo database', () => {
  it('reads the cached catalog without waiting for DuckDB to open the demo file, once the file a cold run built is there', async () => {
    const cacheDir = join(dir, 'catalog');
    // Cold, before the demo file exists: the catalog's fingerprint must be the built file's, not a missing one's.
    const cold = demoRuntime(cacheDir);
    const first = await loadCatalog(cold, 'demo');
    expect(first.source).toBe('database');
    await first.saved();
    await cold.close();

    const warm = demoRuntime(cacheDir, true);
    const catalog = await loadCatalog(warm, 'demo');
    expect(catalog.source).toBe('cache');
    expect(catalog.dialect).toBe('duckdb');
    expect(catalog.tableNames).toEqual(first.tableNames);
    expect(catalog.values).toEqual(first.values);
    // Asked once, to start the open; nothing waited for it.
    expect(warm.asked).toBe(1);
  }, 120_000);

  it('answers from the changed data, never from the stale cache, once rows with new values are added to the demo file', async () => {
    const cacheDir = join(dir, 'cli');
    const ask = (task: string) =>
      runCli(['run', '--plan', 'fixed', '--format', 'json', '--current_date', '2026-11-25', '--save_dir', join(dir, 'save'), '--task', task], {
        env: { SLUICE_CACHE_DIR: cacheDir },
        timeoutMs: 120_000,
      });
    const cold = await ask('List all customers from California');
    expect(cold.code, cold.stderr).toBe(0);
    const warm = await ask('List all customers from California');
    expect(warm.code, warm.stderr).toBe(0);
    const { run_id: coldId, ...coldAnswer } = JSON.parse(cold.stdout) as Record<string, unknown>;
    const { run_id: warmId, ...warmAnswer } = JSON.parse(warm.stdout) as Record<string, unknown>;
    expect(warmId).not.toBe(coldId);
    expect(warmAnswer).toEqual(coldAnswer);

    const before = await ask('List all customers from Flagstaff');
    expect(before.code).toBe(4);
    expect(JSON.parse(before.stdout).status).toBe('unanswerable');

    const writer = await DuckDBInstance.create(demoFiles(cacheDir).database);
    const connection = await writer.connect();
    await connection.run(`INSERT INTO customers VALUES (99001, 'Ada', 'Quill', 'ada.quill@example.com', 'Flagstaff', 'AZ', DATE '2024-05-01', 'consumer')`);
    connection.closeSync();
    writer.closeSync();

    const after = await ask('List all customers from Flagstaff');
    expect(after.code, after.stderr).toBe(0);
    const answer = JSON.parse(after.stdout) as { status: string; sql: string; rows: unknown[][]; columns: string[] };
    expect(answer.status).toBe('success');
    expect(answer.sql).toContain("'Flagstaff'");
    expect(answer.rows.map((row) => row[answer.columns.indexOf('customer_id')])).toEqual([99001]);
  }, 240_000);
});
