import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/** A node that writes a query far too slow for the configured timeout (10^10 joined rows). */
const SLOW_SQL_PLUGIN = `
export const nodes = [{
  name: 'slow_sql',
  description: 'writes a deliberately slow query',
  async run(context) {
    const sql = 'SELECT SUM(a.range * b.range) AS total FROM range(100000) a, range(100000) b';
    return { context: { ...context, sql_attempts: [...context.sql_attempts, { sql, source: 'slow_sql' }] }, summary: 'slow SQL written' };
  },
}];
`;

describe('--debug and query timeouts', () => {
  it('--debug writes node inputs, outputs, SQL and timings to trace.jsonl and to stderr', async () => {
    const cwd = tempDir();
    const result = await runCli(['run', '--plan', 'fixed', '--task', 'List all customers from California', '--debug', '--format', 'json'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    const runId = JSON.parse(result.stdout).run_id as string;
    const records = fs
      .readFileSync(path.join(cwd, 'save', runId, 'trace.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const inputs = records.filter((r) => r.type === 'node_input').map((r) => r.node);
    const outputs = records.filter((r) => r.type === 'node_output').map((r) => r.node);
    expect(inputs).toEqual(['schema_linking', 'generate_sql', 'execute_sql', 'output']);
    expect(outputs).toEqual(inputs);
    expect(records.find((r) => r.type === 'node_output' && r.node === 'generate_sql').sql).toMatch(/state = 'CA'/);
    expect(records.filter((r) => r.type === 'event' && r.event.type === 'node_end').every((r) => r.event.duration_ms >= 0)).toBe(true);
    expect(result.stderr).toMatch(/\[trace\] \{"type":"node_input","node":"schema_linking"/);
  });

  it('a query that times out is interrupted, and reflect asks for a narrower query until the cap', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'slow-sql.mjs'), SLOW_SQL_PLUGIN);
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'plugins: [./slow-sql.mjs]\ndefaults:\n  query_timeout_ms: 300\n');
    fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  impatient:\n    - schema_linking\n    - slow_sql\n    - execute_sql\n    - reflect\n    - output\n');
    const started = Date.now();
    const result = await runCli(['run', '--plan', 'impatient', '--max_iterations', '1', '--format', 'json', '--task', 'How many customers are there?'], { cwd });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/execute_sql: timeout error: query timed out after 300 ms and was interrupted/);
    expect(result.stderr).toMatch(/reflect: narrow/);
    expect(result.stderr).toMatch(/reflect added fix, execute_sql, reflect/);
    expect(result.stderr).toMatch(/stopped at max_iterations \(1\)/);
    const json = JSON.parse(result.stdout);
    expect(json.status).toBe('failed');
    expect(json.error).toMatch(/timed out.*\(reflection stopped at max_iterations 1\)/);
    expect(json.nodes).toEqual(['schema_linking', 'slow_sql', 'execute_sql', 'reflect', 'fix', 'execute_sql', 'reflect', 'output']);
  });
});
