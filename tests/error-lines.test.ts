import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { oneLine } from '../src/cli/one-line.js';
import { runCli, tempDir } from './helpers/run-cli.js';

describe('every refusal is one line of sensible length', () => {
  it('oneLine joins lines and cuts long text with an ellipsis', () => {
    expect(oneLine('Catalog Error: Table x does not exist!\nDid you mean "y"?\n')).toBe('Catalog Error: Table x does not exist!; Did you mean "y"?');
    const cut = oneLine('x'.repeat(10_000));
    expect(cut).toHaveLength(400);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('a huge cache_dir value gives a short line', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), `cache_dir: /nonexistent/${'d'.repeat(500_000)}\n`);
    const result = await runCli(['run', '--task', 'how many customers are there', '--save_dir', 'save'], { cwd });
    expect(result.code).not.toBe(0);
    for (const line of result.stderr.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(500);
    expect(result.stderr).toMatch(/^sluice: not answered: ENAMETOOLONG.*…$/m);
  });

  it('DuckDB "Did you mean" hints stay on the same line', async () => {
    const result = await runCli(['sql', 'SELECT * FROM customer']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^sluice: binder error: Catalog Error: Table with name customer does not exist!; Did you mean "customers"\?\n$/);
  });
});
