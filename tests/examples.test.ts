import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, cliEnv } from './helpers/run-cli.js';

function runNode(script: string, args: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, env: cliEnv() });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('examples', () => {
  it('composes built-in node operators with a custom RxJS operator in a pipe', async () => {
    const result = await runNode('dist/examples/compose-operators.js', ['List all customers from California']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/FROM\s+customers/i);
    expect(result.stdout).toMatch(/LIMIT 10/);
    expect(result.stdout).toMatch(/^10 rows: /m);
  });

  it('runs a custom node named in a workflow.yml', async () => {
    const result = await runNode('dist/examples/custom-node.js');
    expect(result.code, result.stderr).toBe(0);
    // One line per table the SQL reads, and a summary in the same count ("1 table", not "1 tables").
    const tables = result.stdout.match(/^audit: \w+ has \d+ rows$/gm) ?? [];
    expect(result.stdout).toMatch(/^audit: orders has \d+ rows/m);
    expect(result.stdout).toContain(`audit: ${tables.length} ${tables.length === 1 ? 'table' : 'tables'} audited`);
    expect(result.stdout).toMatch(/status: success/);
  });
});
