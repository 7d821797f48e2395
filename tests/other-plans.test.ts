import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureDemoDatabase } from '../src/demo/ensure-demo-database.js';
import { TEST_CACHE_DIR, runCli } from './helpers/run-cli.js';

/** The spec's two custom templates, end to end through the CLI, checked against hand-written SQL. */
let query: (sql: string) => Promise<unknown[][]>;

beforeAll(async () => {
  const demo = await ensureDemoDatabase(TEST_CACHE_DIR);
  const connection = await (await DuckDBInstance.create(demo.database, { access_mode: 'READ_ONLY' })).connect();
  query = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
});

async function run(task: string, plan: string, extra: string[] = []) {
  const result = await runCli(['run', '--task', task, '--plan', plan, '--format', 'json', '--current_date', '2026-11-25', ...extra]);
  return { ...result, json: result.stdout ? JSON.parse(result.stdout) : undefined };
}

describe('custom_analytics and data_exploration', () => {
  it('custom_analytics counts cancelled orders (the question overrides the metric filter) and compares with the stated expectation', async () => {
    const [[expected]] = (await query("SELECT COUNT(*) FROM orders WHERE status = 'cancelled'")) as [[string]];
    const { code, json, stderr } = await run('How many orders were cancelled? I expect about 1300', 'custom_analytics');
    expect(code, stderr).toBe(0);
    expect(json.nodes).toEqual(['schema_linking', 'search_metrics', 'generate_sql', 'execute_sql', 'compare', 'output']);
    expect(Number(json.rows[0][0])).toBe(Number(expected));
    expect(stderr).toMatch(/compare: matches/);
    const far = await run('How many orders were cancelled? I expect about 50', 'custom_analytics');
    expect(far.stderr).toMatch(/compare: differs from/);
  });

  it('data_exploration reads the docs first and counts returns per category', async () => {
    const expected = await query(
      'SELECT c.name, COUNT(*) FROM returns r JOIN order_items oi USING (order_item_id) JOIN products p USING (product_id) JOIN categories c USING (category_id) GROUP BY 1 ORDER BY 1',
    );
    const { code, json, stderr } = await run('How many returns were there in each category?', 'data_exploration');
    expect(code, stderr).toBe(0);
    expect(json.nodes.slice(0, 2)).toEqual(['schema_linking', 'doc_search']);
    const got = [...json.rows].map((row: unknown[]) => [row[0], Number(row[1])]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(got).toEqual(expected.map((row) => [row[0], Number(row[1])]));
  });

  it('a user plan with a parallel group runs search_metrics and date_parser together and still answers', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const { tempDir } = await import('./helpers/run-cli.js');
    const cwd = tempDir();
    fs.writeFileSync(
      path.join(cwd, 'workflow.yml'),
      'workflow:\n  fast_metrics:\n    - schema_linking\n    - parallel: [search_metrics, date_parser]\n    - generate_sql\n    - execute_sql\n    - output\n',
    );
    const result = await runCli(['run', '--task', 'Show monthly active users for the last quarter', '--plan', 'fast_metrics', '--format', 'json', '--current_date', '2026-11-25'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json.row_count).toBe(3);
    expect(json.nodes).toEqual(['schema_linking', 'search_metrics', 'date_parser', 'generate_sql', 'execute_sql', 'output']);
  });
});
