import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

// Port 1 on loopback: no server listens there, so the connection is refused at once (no database server needed).
const SLUICE_YML = [
  'namespaces:',
  '  pg: { type: postgres, url: "postgres://reader:hunter2secret@127.0.0.1:1/shop" }',
  '  my: { type: mysql, url: "mysql://reader:hunter2secret@127.0.0.1:1/shop" }',
  '',
].join('\n');

describe('a server that nothing answers for', () => {
  it.each(['pg', 'my'])('namespace %s: says what to do, one line without a stack, and the run stays resumable', async (namespace) => {
    const cwd = tempDir('sluice-unreachable-');
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), SLUICE_YML);
    const run = await runCli(['run', '--namespace', namespace, '--task', 'How many orders are there?'], { cwd });
    expect(run.code, run.stderr).toBe(1);
    expect(run.stderr).toMatch(/ECONNREFUSED 127\.0\.0\.1:1; nothing is listening at that address: is the database server up/);
    expect(run.stderr).toContain(`correct the url (or host and port) of namespace "${namespace}" in sluice.yml`);
    expect(run.stderr).toMatch(/sluice resume --save_dir \.\/save --run \S+/);
    expect(run.stderr).not.toContain('hunter2secret');
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);

    const check = await runCli(['check', '--namespace', namespace], { cwd });
    expect(check.code, check.stderr).toBe(1);
    expect(check.stderr.trim().split('\n')).toEqual([expect.stringMatching(/nothing is listening at that address: is the database server up/)]);
  }, 120_000);
});
