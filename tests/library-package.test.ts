import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, cliEnv } from './helpers/run-cli.js';

const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>;

describe('sluice as an installable library', () => {
  it('takes rxjs as a peer, so the host app and sluice share one RxJS', () => {
    expect(manifest.peerDependencies?.rxjs).toMatch(/^\^7\./);
    expect(manifest.devDependencies?.rxjs).toBe(manifest.peerDependencies?.rxjs);
    expect(manifest.dependencies?.rxjs).toBeUndefined();
  });

  it('packs the built entry point, its types and the bundled CLI its bin names, and no tests', () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 240_000 });
    expect(result.status, result.error?.message ?? result.stderr).toBe(0);
    const files = (JSON.parse(result.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path);
    const bin = (manifest.bin?.sluice ?? '').replace(/^\.\//, '');
    expect(bin).toBe('dist/cli/sluice.js');
    for (const file of ['dist/src/index.js', 'dist/src/index.d.ts', bin, 'workflow.yml', 'package.json']) expect(files).toContain(file);
    expect(files.filter((file) => file.startsWith('tests/'))).toEqual([]);
  }, 300_000);

  it('the typed context operator example reads the context and writes a note', () => {
    const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/examples/context-operator.js'), 'How many orders were cancelled?'], {
      cwd: REPO_ROOT,
      env: cliEnv(),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/FROM\s+orders/i);
    expect(result.stdout).toMatch(/^1 rows from orders; linked but unused: /m);
  });

  it('the API reference documents the context and the operator types', () => {
    const api = fs.readFileSync(path.join(REPO_ROOT, 'docs/api/README.md'), 'utf8');
    for (const name of ['Context', 'ContextOperatorFactory()', 'SqlAttempt', 'openSluice()', 'defineNode()', 'schemaLinking']) {
      expect(api).toMatch(new RegExp(`^#+ ${name.replace(/[()]/g, '\\$&')}$`, 'm'));
    }
    expect(api).toContain('sql_attempts');
  });
});
