import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/** A sluice.yml in the working directory must not run its plugins' JavaScript for commands that run no workflow. */
function projectWithPlugin(): { root: string; configDir: string; marker: string; plugin: string } {
  const root = tempDir('sluice-plugins-');
  const configDir = path.join(root, 'project');
  fs.mkdirSync(configDir);
  const marker = path.join(root, 'plugin-ran');
  const plugin = path.join(configDir, 'plugin.mjs');
  fs.writeFileSync(plugin, `import fs from 'node:fs';\nfs.appendFileSync(${JSON.stringify(marker)}, 'x');\nexport const nodes = [];\n`);
  fs.writeFileSync(path.join(configDir, 'sluice.yml'), 'plugins:\n  - ./plugin.mjs\n');
  return { root, configDir, marker, plugin };
}

describe('plugins', () => {
  it.each([
    [['sql', 'SELECT 1 AS one']],
    [['models']],
    [['check']],
  ])('are not loaded for %j', async (args) => {
    const { configDir, marker } = projectWithPlugin();
    const result = await runCli(args, { cwd: configDir });
    expect(result.stderr).not.toMatch(/plugin/);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('are loaded for run, relative to the config file, and named with --debug and in the run line', async () => {
    const { root, marker, plugin } = projectWithPlugin();
    const result = await runCli(['run', '--config', path.join('project', 'sluice.yml'), '--task', 'how many customers are there', '--debug', '--save_dir', 'save'], {
      cwd: root,
    });
    expect(result.code).toBe(0);
    expect(fs.readFileSync(marker, 'utf8')).toBe('x');
    expect(result.stderr).toContain(`[debug] plugins loaded: ${plugin}`);
    expect(result.stderr).toMatch(new RegExp(`run \\S+: plan reflection, namespace demo, model offline, plugins ${plugin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`));
  });
});
