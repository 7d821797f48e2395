import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli, tempDir } from './helpers/run-cli.js';

const dataset = path.join(REPO_ROOT, 'tests/fixtures/bench/spider-mini');
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

/** A bench runs for up to an hour: an --out it cannot write must stop it before the first question, not after the last. */
describe('sluice bench --out is checked before any question runs', () => {
  const cases: Array<[string, (cwd: string) => string, RegExp]> = [
    ['an existing folder', (cwd) => (fs.mkdirSync(path.join(cwd, 'reports')), 'reports'), /--out reports: .*reports is a folder; name a file, e\.g\. --out reports\/report\.json/],
    ['a file under a file', (cwd) => (fs.writeFileSync(path.join(cwd, 'plain'), 'x'), 'plain/report.json'), /--out plain\/report\.json: the report cannot be written there \(ENOTDIR\)/],
    ['a folder no file can be made in', () => '/proc/report.json', /--out \/proc\/report\.json: the report cannot be written there/],
  ];
  it.each(cases)('%s: exit 2, a plain message, no question run', async (_what, prepare, message) => {
    const cwd = tempDir();
    const out = prepare(cwd);
    const result = await runCli(['bench', '--dataset', dataset, '--model', 'gold', '--limit', '2', '--out', out], { cwd });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\[1\/2\]/);
    expect(result.code).toBe(2);
    noStack(result.stderr);
  });

  it('a writable --out leaves no probe behind', async () => {
    const cwd = tempDir();
    const result = await runCli(['bench', '--dataset', dataset, '--model', 'gold', '--limit', '2', '--out', 'new/report.json'], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect(fs.readdirSync(path.join(cwd, 'new')).sort()).toEqual(['report.json', 'report.jsonl']);
  });
});
