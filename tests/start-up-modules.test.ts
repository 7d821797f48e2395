import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSources } from '../bench/bundle-sources.js';
import { CLI, cliEnv, runCli, tempDir } from './helpers/run-cli.js';

/**
 * Which modules a command loads, seen from a real subprocess of the bundled bin: an --import hook records every
 * ES module (bundle chunk) Node loads and every CommonJS file it requires, and each chunk's source map says which
 * source modules it holds.
 */
const work = tempDir('sluice-modules-');
const cacheDir = path.join(work, 'cache');
const HOOKS = path.join(work, 'hooks.mjs');
const RECORDER = path.join(work, 'record-modules.mjs');

beforeAll(() => {
  fs.writeFileSync(HOOKS, `import fs from 'node:fs';\nexport async function load(url, context, next) { fs.appendFileSync(process.env.MODULES_FILE, url + '\\n'); return next(url, context); }\n`);
  fs.writeFileSync(
    RECORDER,
    `import Module, { register } from 'node:module';
import fs from 'node:fs';
register(${JSON.stringify(new URL(`file://${HOOKS}`).href)});
const load = Module._load;
Module._load = function (request, parent, isMain) {
  try { fs.appendFileSync(process.env.MODULES_FILE, 'file://' + Module._resolveFilename(request, parent, isMain) + '\\n'); } catch {}
  return load.apply(this, arguments);
};
`,
  );
});

function modulesOf(args: string[]): { code: number | null; files: string[]; modules: string[]; stderr: string } {
  const file = path.join(work, `modules-${Math.random().toString(36).slice(2)}.txt`);
  fs.writeFileSync(file, '');
  const run = spawnSync(process.execPath, ['--import', RECORDER, CLI, ...args], {
    cwd: work,
    env: cliEnv({ MODULES_FILE: file, SLUICE_CACHE_DIR: cacheDir }),
    encoding: 'utf8',
    timeout: 120_000,
  });
  const files = [...new Set(fs.readFileSync(file, 'utf8').split('\n').filter((url) => url.startsWith('file:///')))];
  return { code: run.status, files, modules: bundleSources(files), stderr: run.stderr };
}

const packages = (modules: string[]) => new Set(modules.flatMap((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1] ?? []));
const ownFiles = (files: string[]) => files.filter((url) => !url.includes('/node_modules/'));

describe('start-up loads only what a command uses', () => {
  it('sluice --help and --version load the bin alone: its texts were captured at build time, so no commander, no program', () => {
    for (const args of [['--help'], ['run', '--help'], ['--version']]) {
      const { code, files, modules } = modulesOf(args);
      expect(code).toBe(0);
      expect([...packages(modules)]).toEqual([]);
      expect(files).toEqual([`file://${CLI}`]);
    }
  }, 60_000);

  it('a command that is not a help request loads the program, and commander with it', () => {
    const { code, files, modules } = modulesOf(['sql', 'SELECT 1']);
    expect(code).toBe(0);
    expect(packages(modules).has('commander')).toBe(true);
    expect(files.some((url) => url.endsWith('/dist/cli/sluice-main.cjs'))).toBe(true);
  }, 120_000);

  it('an offline run on the demo loads no OpenAI client, no Ink/React, no yaml once cached, not all of rxjs, and no date-fns formatter', async () => {
    const save = path.join(work, 'save');
    // The first run builds the demo database and fills the catalog and parsed-YAML caches.
    const first = await runCli(['run', '--plan', 'fixed', '--task', 'List all customers from California', '--save_dir', save], { cwd: work, env: { SLUICE_CACHE_DIR: cacheDir }, timeoutMs: 120_000 });
    expect(first.code).toBe(0);
    const { code, files, modules, stderr } = modulesOf(['run', '--plan', 'fixed', '--task', 'List all customers from California', '--save_dir', save]);
    expect(stderr).toMatch(/success after/);
    expect(code).toBe(0);
    const loaded = packages(modules);
    expect(loaded.has('@duckdb/node-api')).toBe(true);
    for (const absent of ['openai', 'ink', 'react', 'yaml', 'js-tiktoken', 'pg', 'mysql2', 'better-sqlite3', 'libpg-query', 'node-sql-parser', 'cli-highlight']) {
      expect(loaded.has(absent), absent).toBe(false);
    }
    expect(modules.filter((url) => url.includes('/rxjs/dist/cjs/index.js'))).toEqual([]);
    expect(modules.filter((url) => url.includes('/rxjs/')).length).toBeLessThan(60);
    expect(modules.filter((url) => /date-fns\/(format\.js|locale\/)/.test(url))).toEqual([]);
    // Bundled: a few dozen files, not one per module; from node_modules only DuckDB's native binding and its loader.
    expect(ownFiles(files).length).toBeLessThan(30);
    for (const name of packages(files.filter((url) => url.includes('/node_modules/')))) expect(name).toMatch(/^(@duckdb\/node-bindings(-[\w-]+)?|detect-libc)$/);
  }, 240_000);
});
