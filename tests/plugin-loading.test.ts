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

  it.each([
    ['a node without run', `[{ name: 'audit', description: 'x' }]`, 'nodes[0] ("audit"): run: missing: a node needs async run(context, call) returning { context, summary }'],
    ['a node without a name', `[{ description: 'x', async run(context) { return { context, summary: '' }; } }]`, 'nodes[0]: name: missing: a node needs a name, which workflow.yml names it by'],
    ['a name that is not snake_case', `[{ name: 'Audit-Node', async run(context) { return { context, summary: '' }; } }]`, 'nodes[0] ("Audit-Node"): name: must be snake_case (a-z, 0-9, _)'],
    ['a hole in the list', `[null]`, 'nodes[0]: not a node definition: an object with name, description and run'],
    ['defaults of the wrong type', `[{ name: 'audit', defaults: { timeout_ms: '5s' }, async run(context) { return { context, summary: '' }; } }]`, 'nodes[0] ("audit"): defaults.timeout_ms:'],
  ])('refuse %s when they load, before any question runs, naming the file and the node (exit 2)', async (_case, nodes, message) => {
    const root = tempDir('sluice-plugins-');
    const plugin = path.join(root, 'plugin.mjs');
    fs.writeFileSync(plugin, `export const nodes = ${nodes};\n`);
    fs.writeFileSync(path.join(root, 'sluice.yml'), 'plugins:\n  - ./plugin.mjs\n');
    fs.writeFileSync(path.join(root, 'workflow.yml'), 'workflow:\n  audited:\n    - schema_linking\n    - audit\n    - generate_sql\n');
    const result = await runCli(['run', '--plan', 'audited', '--task', 'how many customers are there', '--save_dir', 'save'], { cwd: root });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`sluice: plugin ${plugin}: ${message}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(root, 'save'))).toBe(false);
  });

  it.each([
    ['a syntax error', 'plugin.mjs', 'export const nodes = [{\n  name: "audit",\n  run() { return 1 +; }\n}];\n', (plugin: string) => `plugin ${plugin} could not be loaded: Unexpected token ';' (line 3: run() { return 1 +; })`],
    ['a missing file', 'elsewhere.mjs', '', (plugin: string) => `plugin file not found: ${plugin} (paths under plugins: are relative to the folder of the sluice.yml`],
    ['a folder', 'plugin.mjs/', undefined, (plugin: string) => `plugin ${plugin} is a folder; plugins: lists module files (.mjs or .js)`],
  ])('that cannot load (%s) are named for what is wrong, exit 2, no stack', async (_case, written, source, message) => {
    const root = tempDir('sluice-plugins-');
    const plugin = path.join(root, 'plugin.mjs');
    if (source === undefined) fs.mkdirSync(plugin);
    else if (source) fs.writeFileSync(plugin, source);
    fs.writeFileSync(path.join(root, 'sluice.yml'), `plugins:\n  - ./${written}\n`);
    const result = await runCli(['run', '--task', 'how many customers are there', '--save_dir', 'save'], { cwd: root });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`sluice: ${message(path.join(root, written.replace(/\/$/, '')))}`);
    expect(result.stderr).not.toMatch(/\n\s+at |imported from/);
    expect(fs.existsSync(path.join(root, 'save'))).toBe(false);
  });
});
