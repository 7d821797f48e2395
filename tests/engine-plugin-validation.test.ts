import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
});

/** A project whose plugin holds a good node and one that hands back a context the schema refuses. */
function projectWithBrokenPlugin(): string {
  const root = tempDir('sluice-plugin-validation-');
  roots.push(root);
  fs.writeFileSync(
    path.join(root, 'plugin.mjs'),
    [
      "const node = (name, change) => ({ name, description: name, run: async (context) => ({ context: change(context), summary: name }) });",
      "export const nodes = [",
      "  node('stamp', (c) => ({ ...c, notes: [...c.notes, 'stamped'] })),",
      "  node('breaker', (c) => ({ ...c, iteration: -1, notes: [...c.notes, 'broken'] })),",
      '];',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(path.join(root, 'sluice.yml'), 'plugins:\n  - ./plugin.mjs\n');
  fs.writeFileSync(path.join(root, 'workflow.yml'), 'workflow:\n  broken:\n    - stamp\n    - breaker\n    - stamp\n');
  return root;
}

describe('a plugin node that returns a broken context', () => {
  it('is refused by the real engine before its state is saved: one line, the last good state on disk, nothing after it run', async () => {
    const root = projectWithBrokenPlugin();
    const result = await runCli(['run', '--plan', 'broken', '--task', 'how many customers are there', '--save_dir', 'save', '--format', 'json'], { cwd: root });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('node breaker produced an invalid context: iteration: Too small: expected number to be >=0');
    expect(result.stderr).not.toMatch(/^\s+at /m);
    const runs = fs.readdirSync(path.join(root, 'save'));
    expect(runs).toHaveLength(1);
    const saved = JSON.parse(fs.readFileSync(path.join(root, 'save', runs[0]!, 'state.json'), 'utf8'));
    expect(saved.nodes_run).toEqual(['stamp']);
    expect(saved.context.notes).toEqual(['stamped']);
    expect(saved.context.iteration).toBe(0);
    const events = fs.readFileSync(path.join(root, 'save', runs[0]!, 'events.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(events.filter((e) => e.type === 'node_error').map((e) => e.node)).toEqual(['breaker']);
    expect(events.filter((e) => e.type === 'node_end').map((e) => e.node)).toEqual(['stamp']);
  });
});
