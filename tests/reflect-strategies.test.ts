import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeRegistry } from '../operators/index.js';
import { availableStrategies } from '../src/engine/model-call-options.js';
import { startRun } from '../src/engine/start-run.js';
import type { Sluice } from '../src/engine/sluice.js';
import type { SqlModel } from '../src/models/sql-model.js';
import { testRuntime } from './helpers/test-runtime.js';

function runtimeWithDocs(docs: string | undefined, model?: SqlModel) {
  const runtime = testRuntime({ model });
  return { ...runtime, namespace: (name: string) => ({ name, type: 'duckdb' as const, database: ':memory:', docs }) };
}

describe('reflection strategies a namespace supports', () => {
  it('offers doc_search only where the namespace has markdown docs', async () => {
    const docs = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-docs-'));
    expect(await availableStrategies(runtimeWithDocs(undefined), 'x')).not.toContain('doc_search');
    expect(await availableStrategies(runtimeWithDocs(docs), 'x')).not.toContain('doc_search');
    fs.mkdirSync(path.join(docs, 'glossary'));
    fs.writeFileSync(path.join(docs, 'glossary', 'terms.md'), '## Revenue\nSum of sales.\n');
    expect(await availableStrategies(runtimeWithDocs(docs), 'x')).toContain('doc_search');
    expect(await availableStrategies(runtimeWithDocs(docs), 'x')).toContain('fix');
  });

  it('turns a doc_search the namespace cannot do into a regenerate, and tells the model beforehand', async () => {
    let offered: readonly string[] | undefined;
    let reflections = 0;
    const model: SqlModel = {
      name: 'wants-docs',
      generateSql: async () => ({ sql: 'SELECT 1', explanation: '', tables_used: [] }),
      fix: async () => ({ sql: 'SELECT 1', explanation: '', tables_used: [] }),
      reflect: async (_context, options) => {
        offered = options.strategies;
        reflections += 1;
        return reflections === 1 ? { strategy: 'doc_search', reason: 'what is churn?', unaddressed: ['churn'] } : { strategy: 'success', reason: 'ok', unaddressed: [] };
      },
      compare: async () => ({ against: 'x', matches: true, differences: [] }),
    };
    const sluice: Sluice = { runtime: runtimeWithDocs(undefined, model), registry: createNodeRegistry(), workflows: { r: ['generate_sql', 'execute_sql', 'reflect', 'output'] } };
    const handle = startRun(sluice, { task: 'churn by month', namespace: 'x', plan: 'r', currentDate: '2026-11-25', maxIterations: 3, format: 'table' });
    const result = await handle.done;
    expect(offered).not.toContain('doc_search');
    expect(result.nodesRun).toEqual(['generate_sql', 'execute_sql', 'reflect', 'generate_sql', 'execute_sql', 'reflect', 'output']);
    expect(result.context.reflections[0]).toMatchObject({ strategy: 'regenerate' });
    expect(result.context.reflections[0]!.reason).toMatch(/doc_search is not available here/);
  });
});
