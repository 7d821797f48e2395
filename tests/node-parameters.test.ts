import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadWorkflowFile } from '../src/config/load-workflows.js';
import { defineNode } from '../src/engine/node-definition.js';
import { createNodeRegistry } from '../operators/index.js';
import { runCli, tempDir } from './helpers/run-cli.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-node-params-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const pause = defineNode({
  name: 'pause',
  description: 'waits',
  parameters: z.object({ ms: z.number().int().min(0).max(10_000) }).strict(),
  run: async (context) => ({ context, summary: 'paused' }),
});
const registry = createNodeRegistry([pause]);
let counter = 0;

function load(steps: string): unknown {
  const file = path.join(dir, `workflow-${counter++}.yml`);
  fs.writeFileSync(file, `workflow:\n  mine:\n    - schema_linking\n${steps}`);
  return loadWorkflowFile(file, registry.names(), (name) => registry.get(name)?.parameters);
}

describe('node parameters are checked when workflow.yml loads', () => {
  it.each([
    ['    - execute_sql: {parameters: {max_rows: -5}}\n', /:4:34: workflow\.mine\[1\]\.execute_sql\.parameters\.max_rows: Too small/],
    ['    - execute_sql: {parameters: {max_rows: lots}}\n', /:4:34: workflow\.mine\[1\]\.execute_sql\.parameters\.max_rows: .*expected number/],
    ['    - execute_sql: {parameters: {query_timeout_ms: 0}}\n', /workflow\.mine\[1\]\.execute_sql\.parameters\.query_timeout_ms: Too small/],
    ['    - execute_sql: {parameters: {max_rows: 1.5}}\n', /max_rows: .*expected int/],
    ['    - execute_sql: {parameters: {maxrows: 5}}\n', /workflow\.mine\[1\]\.execute_sql\.parameters: unknown key "maxrows"/],
    ['    - schema_linking: {parameters: {top_tables: 0}}\n', /schema_linking\.parameters\.top_tables: Too small/],
    ['    - doc_search: {parameters: {top_k: many}}\n', /doc_search\.parameters\.top_k/],
    ['    - search_metrics: {parameters: {min_score: 2}}\n', /search_metrics\.parameters\.min_score: Too big/],
    ['    - generate_sql: {parameters: {stream: maybe}}\n', /generate_sql\.parameters\.stream: .*expected boolean/],
    ['    - compare: {parameters: {expected_rows: 3}}\n', /compare\.parameters\.expected_rows: .*expected array/],
    ['    - date_parser: {parameters: {x: 1}}\n', /date_parser\.parameters: unknown key "x"/],
    ['    - parallel:\n      - search_metrics\n      - pause: {parameters: {ms: -1}}\n', /:6:30: workflow\.mine\[1\]\.parallel\[1\]\.pause\.parameters\.ms: Too small/],
  ])('%j is refused with file:line:col and the key', (steps, message) => {
    expect(() => load(steps)).toThrow(message);
  });

  it('accepts good parameters, model-specific extras for model nodes, and whatever an undeclared custom node takes', () => {
    expect(() =>
      load(
        '    - execute_sql: {parameters: {max_rows: 5, query_timeout_ms: 1000}}\n' +
          '    - generate_sql: {parameters: {style: terse, stream: false}}\n' +
          '    - pause: {parameters: {ms: 10}}\n',
      ),
    ).not.toThrow();
  });

  it('the CLI exits 2 with one line before any run starts', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  fixed:\n    - schema_linking\n    - generate_sql\n    - execute_sql: {parameters: {max_rows: -5}}\n    - output\n');
    const result = await runCli(['run', '--plan', 'fixed', '--task', 'how many customers are there'], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^sluice: .*workflow\.yml:5:34: workflow\.fixed\[2\]\.execute_sql\.parameters\.max_rows: Too small: expected number to be >0\n$/);
    expect(fs.existsSync(path.join(cwd, 'save'))).toBe(false);
  });
});
