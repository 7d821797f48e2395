import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

describe('the parsed-YAML cache for workflow files', () => {
  it('a cached workflow.yml still reports its mistakes at file:line:column; an edit misses the cache; sluice.yml is never cached', async () => {
    const cwd = tempDir();
    const cacheDir = path.join(cwd, 'cache');
    const env = { SLUICE_CACHE_DIR: cacheDir };
    fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  mine:\n    - schema_linking\n    - schema_linkage\n');
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'defaults:\n  plan: fixed\n# secret-looking-comment-7f3a\n');
    const args = ['run', '--task', 'How many orders per status', '--plan', 'mine', '--save_dir', path.join(cwd, 'save')];

    const cold = await runCli(args, { cwd, env });
    const warm = await runCli(args, { cwd, env });
    const cached = fs.readdirSync(path.join(cacheDir, 'yaml'));
    expect(cached.length).toBeGreaterThanOrEqual(2);
    for (const run of [cold, warm]) {
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toMatch(/^sluice: .*workflow\.yml:4:7: workflow\.mine\[1\]: unknown node "schema_linkage"; known nodes: .*; did you mean "schema_linking"\?$/);
    }
    for (const entry of cached) expect(fs.readFileSync(path.join(cacheDir, 'yaml', entry), 'utf8')).not.toMatch(/defaults|secret-looking/);

    // JSON would turn .inf into null: such a file is never cached, so the message stays the same.
    fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  mine:\n    - schema_linking: {timeout_ms: .inf}\n');
    const infinite = [await runCli(args, { cwd, env }), await runCli(args, { cwd, env })];
    for (const run of infinite) expect(run.stderr.trim()).toMatch(/workflow\.yml:3:\d+: workflow\.mine\[0\]\.schema_linking\.timeout_ms: .*Infinity$/);

    fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  mine:\n    - schema_linking\n    - generate_sql\n    - execute_sql\n    - output\n');
    const edited = await runCli(args, { cwd, env });
    expect(edited.stderr).toMatch(/plan mine/);
    expect(edited.code).toBe(0);
    expect(edited.stdout).toMatch(/completed\s+│\s+[\d,]+/);
  }, 180_000);
});
