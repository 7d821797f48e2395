import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/** `sluice demo load` into a files namespace: one Parquet file per demo table, answering as the demo does. */
describe('sluice demo load into a files namespace', () => {
  it('writes one Parquet file per table, refuses to overwrite without --replace, and answers the spec example like DuckDB', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  lake:\n    type: files\n    path: ./data\n');
    const loaded = await runCli(['demo', 'load', '--namespace', 'lake'], { cwd });
    expect(loaded.code, loaded.stderr).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'data')).sort()).toEqual(
      ['categories', 'customers', 'order_items', 'orders', 'products', 'returns', 'user_activity'].map((t) => `${t}.parquet`),
    );
    const again = await runCli(['demo', 'load', '--namespace', 'lake'], { cwd });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/already has demo tables .*--replace/);
    expect((await runCli(['demo', 'load', '--namespace', 'lake', '--replace'], { cwd })).code).toBe(0);

    const count = async (namespace: string[]) => {
      const result = await runCli(['sql', ...namespace, '--format', 'json', "SELECT COUNT(*) FROM customers WHERE state = 'CA'"], { cwd });
      expect(result.code, result.stderr).toBe(0);
      return Number(JSON.parse(result.stdout).rows[0][0]);
    };
    const expected = await count([]);
    const run = await runCli(['run', '--namespace', 'lake', '--plan', 'fixed', '--format', 'json', '--task', 'List all customers from California'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.row_count).toBe(expected);
    expect(await count(['--namespace', 'lake'])).toBe(expected);
  });
});
