import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { demoFiles } from '../src/demo/demo-files.js';
import { CLI, cliEnv, runCli, tempDir } from './helpers/run-cli.js';
import { SLOW, SLOW_FILES, untilNodeStarts } from './helpers/slow-plan-cli.js';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

/** Mistakes a user made while trying sluice from the README (helper user21): each is refused plainly, before a run. */
describe('a model or node that sluice.yml or workflow.yml names must exist before a run starts', () => {
  const cases: Array<[string, Record<string, string>, string[], RegExp]> = [
    [
      "a workflow step's unknown model",
      { 'workflow.yml': 'workflow:\n  mine:\n    - schema_linking\n    - generate_sql: { model: nomodel }\n    - execute_sql\n    - output\n' },
      ['--plan', 'mine'],
      /workflow\.yml:4:\d+: workflow\.mine\[1\]\.generate_sql\.model: unknown model "nomodel"; configured models: offline/,
    ],
    [
      "a parallel branch's unknown model",
      { 'workflow.yml': 'workflow:\n  mine:\n    - schema_linking\n    - parallel: [search_metrics, { date_parser: { model: zz } }]\n    - output\n' },
      ['--plan', 'mine'],
      /workflow\.yml:4:\d+: workflow\.mine\[1\]\.parallel\[1\]\.date_parser\.model: unknown model "zz"/,
    ],
    [
      "sluice.yml's nodes: naming an unknown model",
      { 'sluice.yml': 'nodes:\n  generate_sql: { model: nosuch }\n' },
      [],
      /sluice\.yml:2:\d+: nodes\.generate_sql\.model: unknown model "nosuch"; configured models: offline/,
    ],
    [
      "sluice.yml's nodes: naming a node that does not exist (a typo)",
      { 'sluice.yml': 'nodes:\n  generate_sqll: { model: offline }\n' },
      [],
      /sluice\.yml:2:3: nodes\.generate_sqll: unknown node "generate_sqll"; known nodes: .*generate_sql/,
    ],
  ];
  it.each(cases)('%s: exit 2 with file:line, no run saved', async (_name, files, flags, message) => {
    const cwd = tempDir();
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(cwd, file), text);
    const result = await runCli(['run', '--task', 'How many orders', ...flags], { cwd });
    expect(result.stderr).toMatch(message);
    expect(result.code).toBe(2);
    noStack(result.stderr);
    expect(fs.existsSync(path.join(cwd, 'save'))).toBe(false);
  });

  it('a step naming a model sluice.yml configures still runs', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'models:\n  cheap: { provider: offline }\nnodes:\n  output: { model: cheap }\n');
    fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  mine:\n    - schema_linking\n    - generate_sql: { model: cheap }\n    - execute_sql\n    - output\n');
    const result = await runCli(['run', '--task', 'How many orders', '--plan', 'mine'], { cwd });
    expect(result.stderr).not.toMatch(/unknown/);
    expect(result.code).toBe(0);
  });
});

describe('sluice resume with a --save_dir that is not a folder of runs', () => {
  it('a file given as --save_dir: exit 2 and a plain sentence, not ENOTDIR from scandir', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'runs.txt'), 'not a folder\n');
    const result = await runCli(['resume', '--save_dir', 'runs.txt'], { cwd });
    expect(result.stderr).toMatch(/^sluice: no runs in runs\.txt: it is a file, not a folder; name the folder the run was saved in with --save_dir\n$/);
    expect(result.code).toBe(2);
  });
});

describe('a first run stopped while it built the demo database', () => {
  it("leaves no partial copy behind for good: the next build removes a dead build's temporary files, not a live one's", async () => {
    const cacheDir = tempDir('sluice-cache-');
    const { database } = demoFiles(cacheDir);
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const abandoned = [`${database}.${deadPid}-0badc0de.tmp`, `${database}.${deadPid}-0badc0de.tmp.wal`];
    const live = `${database}.${process.pid}-1234abcd.tmp`;
    fs.mkdirSync(path.dirname(database), { recursive: true });
    for (const file of [...abandoned, live]) fs.writeFileSync(file, 'partial');
    const result = await runCli(['sql', 'SELECT COUNT(*) AS n FROM orders', '--format', 'csv'], { env: { SLUICE_CACHE_DIR: cacheDir }, timeoutMs: 120_000 });
    expect(result.code).toBe(0);
    expect(fs.existsSync(database)).toBe(true);
    for (const file of abandoned) expect(fs.existsSync(file)).toBe(false);
    expect(fs.existsSync(live)).toBe(true);
  }, 150_000);
});

describe('SQL that never reached the database', () => {
  it('is printed without a "0 rows" line that reads as an empty answer (a plan with no execute_sql)', async () => {
    const cwd = tempDir();
    fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  draft:\n    - schema_linking\n    - generate_sql\n    - output\n');
    for (const [format, expected] of [
      ['table', /SELECT COUNT\(\*\)[^\n]*FROM orders\n\nThe SQL was not run, so there are no rows\.\n/],
      ['markdown', /```\n\n_The SQL was not run, so there are no rows\._\n/],
    ] as const) {
      const result = await runCli(['run', '--task', 'How many orders are there?', '--plan', 'draft', '--format', format], { cwd });
      expect(result.stdout).toMatch(expected);
      expect(result.stdout).not.toMatch(/0 rows/);
    }
    const csv = await runCli(['run', '--task', 'How many orders are there?', '--plan', 'draft', '--format', 'csv'], { cwd });
    expect(csv.stdout).not.toMatch(/order_count/);
  });

  it('a query that ran still ends with its row count', async () => {
    const result = await runCli(['run', '--task', 'How many orders are there?', '--plan', 'fixed']);
    expect(result.stdout).toMatch(/\n1 row\n/);
    expect(result.stdout).not.toMatch(/was not run/);
  });
});

describe('a result file the output node cannot write', () => {
  it('names the file and the reason in one sentence, and leaves no temporary file behind', async () => {
    const cwd = tempDir();
    const saveDir = path.join(cwd, 'save');
    const child = spawn(process.execPath, [CLI, 'run', ...SLOW, '--task', 'How many orders per status', '--save_dir', saveDir], { cwd, env: cliEnv(), stdio: 'ignore' });
    await untilNodeStarts(saveDir, 'pause', 1);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    const [runId] = fs.readdirSync(saveDir);
    const runDir = path.join(saveDir, runId!);
    // Where result.sql should go stands a folder that is not empty: the rename onto it fails as a full disk would.
    fs.mkdirSync(path.join(runDir, 'result.sql', 'kept'), { recursive: true });
    const result = await runCli(['resume', ...SLOW_FILES, '--save_dir', saveDir], { cwd, timeoutMs: 90_000 });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`sluice: not answered: cannot write ${path.join(runDir, 'result.sql')} (it is a folder, not a file)`);
    expect(result.stderr).not.toMatch(/EISDIR/);
    expect(fs.existsSync(path.join(runDir, 'result.sql.tmp'))).toBe(false);
  }, 150_000);
});
