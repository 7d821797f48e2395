import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT, cliEnv, runCli, tempDir } from './helpers/run-cli.js';
import { SLOW, finished, untilNodeStarts } from './helpers/slow-plan-cli.js';

/** A real SQLite database file that holds no table. */
function emptySqliteDatabase(file: string): void {
  const db = new Database(file);
  db.pragma('user_version = 1');
  db.close();
}

/** A run of the slow plan killed (SIGKILL) while its pause node runs, in a fresh folder. */
async function slowRunKilledInPause(prefix: string): Promise<{ cwd: string; saveDir: string }> {
  const cwd = tempDir(prefix);
  const saveDir = path.join(cwd, 'save');
  const child = spawn(process.execPath, [CLI, 'run', ...SLOW, '--task', 'How many orders per status', '--save_dir', saveDir], { cwd, env: cliEnv(), stdio: 'ignore' });
  const closed = new Promise((resolve) => child.on('close', resolve));
  await untilNodeStarts(saveDir, 'pause', 1);
  child.kill('SIGKILL');
  await closed;
  return { cwd, saveDir };
}

/**
 * What tripped a new user walking the README on a fresh clone (helper walk3): each case runs the real CLI and checks
 * that the message says what happened and what to do, and that the exit code and the save dir tell the truth.
 */

describe('a new user first hour', () => {
  it('a database with no tables is declined with a reason that says so, and check warns about it', async () => {
    const cwd = tempDir('sluice-walk-empty-');
    // A SQLite database with no tables (a 0-byte file is refused up front as not a database: cli-errors.test.ts).
    emptySqliteDatabase(path.join(cwd, 'empty.db'));
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  blank: { type: sqlite, path: ./empty.db }\n');
    const run = await runCli(['run', '--namespace', 'blank', '--task', 'How many customers are there?', '--format', 'json'], { cwd });
    expect(run.code, run.stderr).toBe(4);
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'unanswerable', sql: null });
    expect(run.stderr).toMatch(/namespace blank has no tables this connection can read/);
    expect(run.stderr).not.toMatch(/no table matches the question/);
    const check = await runCli(['check', '--namespace', 'blank'], { cwd });
    expect(check.code).toBe(0);
    expect(check.stderr).toMatch(/warning: namespace "blank" has no tables/);
  }, 60_000);

  it('resuming a killed plugin run without its config refuses with exit 2, naming the plugin and the flag', async () => {
    const { cwd, saveDir } = await slowRunKilledInPause('sluice-walk-resume-');
    const bare = await runCli(['resume', '--save_dir', saveDir], { cwd });
    expect(bare.code, bare.stderr).toBe(2);
    expect(bare.stderr).toMatch(/still has to run node "pause", which is not built in/);
    expect(bare.stderr).toContain(path.join(REPO_ROOT, 'examples/slow/pause-node.mjs'));
    expect(bare.stderr).toMatch(/--config/);
    // The refusal took no lock: the run still resumes with the flags it was started with.
    const resumed = await runCli(['resume', '--save_dir', saveDir, ...SLOW.slice(0, 4)], { cwd });
    expect(resumed.code, resumed.stderr).toBe(0);
    // The plan reads as it did when the run started: nothing to note.
    expect(resumed.stderr).not.toMatch(/note:/);
  }, 90_000);

  it('resuming a run whose plan has since changed in workflow.yml says it goes on with the steps it saved', async () => {
    const { cwd, saveDir } = await slowRunKilledInPause('sluice-walk-replanned-');
    const edited = path.join(cwd, 'workflow.yml');
    fs.writeFileSync(edited, fs.readFileSync(path.join(REPO_ROOT, 'examples/slow/workflow.yml'), 'utf8').replace(/^ *- pause: .*\n/m, ''));
    const [runId] = fs.readdirSync(saveDir);
    const resumed = await runCli(['resume', '--save_dir', saveDir, ...SLOW.slice(0, 2), '--workflow', edited], { cwd });
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(
      `sluice: note: run ${runId}: plan "slow" has changed in workflow.yml since the run started; the run goes on with the steps it saved (next: pause, generate_sql, execute_sql, output)`,
    );
    expect(resumed.stderr).toMatch(/✓ pause: waited/);
  }, 90_000);

  it('Ctrl-C in a batch says which runs are saved, with the flags their resume needs, and where to start again', async () => {
    const cwd = tempDir('sluice-walk-batch-');
    const saveDir = path.join(cwd, 'save');
    const child = spawn(process.execPath, [CLI, 'run', ...SLOW, '--concurrency', '2', '--save_dir', saveDir], { cwd, env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    const result = finished(child);
    child.stdin!.end(Array.from({ length: 6 }, () => 'How many orders per status\n').join(''));
    await untilNodeStarts(saveDir, 'pause', 2);
    child.kill('SIGINT');
    const { code, stderr, stdout } = await result;
    expect(code, stderr).toBe(130);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; run_id?: string; error?: string });
    const stopped = lines.filter((line) => line.run_id).map((line) => line.run_id!);
    expect(stopped).toHaveLength(2);
    expect(stderr).toMatch(/2 runs stopped in flight are saved/);
    expect(stderr).toContain(`--config ${path.join(REPO_ROOT, 'examples/slow/sluice.yml')} --workflow ${path.join(REPO_ROOT, 'examples/slow/workflow.yml')}`);
    expect(stderr).toMatch(new RegExp(`--run (${stopped.join('|')})`));
    expect(stderr).toMatch(/questions from line 3 on were not started/);
  }, 90_000);

  it('a save dir that fills up does not claim the run was saved, and leaves no temp file', () => {
    const cwd = tempDir('sluice-walk-full-');
    const saveDir = path.join(cwd, 'save');
    // A file size limit of one block stands in for a full disk: writes past it fail with EFBIG instead of ENOSPC.
    const command = `trap '' XFSZ; ulimit -f 1; exec ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} run --task "How many orders per status" --save_dir ${JSON.stringify(saveDir)}`;
    const warm = spawnSync(process.execPath, [CLI, 'run', '--task', 'How many orders per status', '--save_dir', path.join(cwd, 'warm')], { cwd, env: cliEnv(), encoding: 'utf8' });
    expect(warm.status, warm.stderr).toBe(0);
    const full = spawnSync('bash', ['-c', command], { cwd, env: cliEnv({ SLUICE_CODE_CACHE: '0' }), encoding: 'utf8', timeout: 60_000 });
    expect(full.status, full.stderr).toBe(1);
    expect(full.stderr).toMatch(/cannot write .*state\.json/);
    expect(full.stderr).toMatch(/Nothing of run \S+ was saved, so there is nothing to resume/);
    expect(full.stderr).not.toMatch(/The run was saved/);
    const leftovers = fs.readdirSync(saveDir).flatMap((run) => fs.readdirSync(path.join(saveDir, run))).filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  }, 90_000);

  it('--help of sql, check and demo load says what they do: the default namespace comes from sluice.yml, files can be loaded', async () => {
    const cwd = tempDir('sluice-walk-help-');
    emptySqliteDatabase(path.join(cwd, 'empty.db'));
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  blank: { type: sqlite, path: ./empty.db }\ndefaults: { namespace: blank }\n');
    for (const command of ['sql', 'check']) {
      const help = await runCli([command, '--help'], { cwd });
      expect(help.stdout.replace(/\s+/g, ' ')).toContain('(default: demo, or defaults.namespace in sluice.yml)');
    }
    // What the help now says is what they do.
    const check = await runCli(['check'], { cwd });
    expect(check.stdout).toMatch(/^namespace blank: sqlite/m);
    const sql = await runCli(['sql', 'SELECT 1 AS one', '--format', 'json'], { cwd });
    expect(sql.code, sql.stderr).toBe(0);
    const load = await runCli(['demo', 'load', '--help'], { cwd });
    expect(load.stdout.replace(/\s+/g, ' ')).toMatch(/files namespace/);
  }, 60_000);

  it('a files namespace whose folder is missing is refused up front with exit 2, as a missing database file is', async () => {
    const cwd = tempDir('sluice-walk-files-');
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  lake: { type: files, path: ./no-such-folder }\n  db: { type: sqlite, path: ./no-such.db }\n');
    for (const namespace of ['lake', 'db']) {
      const run = await runCli(['run', '--namespace', namespace, '--task', 'How many rows are there?'], { cwd });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(new RegExp(`namespace "${namespace}": (data folder|database file) not found: .*no-such`));
      expect(run.stdout).toBe('');
      expect(fs.existsSync(path.join(cwd, 'save'))).toBe(false);
    }
  }, 60_000);

  it('a files namespace whose folder holds no data files is refused up front with exit 2, as a missing folder is', async () => {
    const cwd = tempDir('sluice-walk-files-');
    fs.mkdirSync(path.join(cwd, 'lake', 'notes'), { recursive: true });
    fs.writeFileSync(path.join(cwd, 'lake', 'README.txt'), 'data goes here\n');
    fs.writeFileSync(path.join(cwd, 'lake', '.hidden.csv'), 'a\n1\n');
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  lake: { type: files, path: ./lake }\n');
    const run = await runCli(['run', '--namespace', 'lake', '--task', 'How many rows are there?'], { cwd });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr.trim()).toMatch(/^sluice: namespace "lake": no CSV, TSV, Parquet or JSON files in .*lake$/);
    expect(run.stderr).not.toMatch(/resume/);
    expect(run.stdout).toBe('');
    expect(fs.existsSync(path.join(cwd, 'save'))).toBe(false);
  }, 60_000);

  it('an unset variable in sluice.yml stops only what uses its entry, and says how to set it', async () => {
    const cwd = tempDir('sluice-walk-env-');
    fs.writeFileSync(
      path.join(cwd, 'sluice.yml'),
      'namespaces:\n  wh:\n    type: postgres\n    url: postgres://reader@127.0.0.1:1/db\n    password: ${SLUICE_WALK_UNSET_PASSWORD}\n' +
        'models:\n  gpt:\n    provider: openai\n    model: gpt-4o-mini\n    api_key: ${SLUICE_WALK_UNSET_KEY}\n',
    );
    const env = { SLUICE_WALK_UNSET_PASSWORD: undefined, SLUICE_WALK_UNSET_KEY: undefined };
    // The demo namespace and the offline model name no variable: they answer.
    const demo = await runCli(['run', '--task', 'How many orders?', '--format', 'json'], { cwd, env });
    expect(demo.code, demo.stderr).toBe(0);
    const sql = await runCli(['sql', 'SELECT 1 AS one'], { cwd, env });
    expect(sql.code, sql.stderr).toBe(0);
    const unsetPassword = /sluice\.yml:5:\d+: namespaces\.wh\.password: environment variable SLUICE_WALK_UNSET_PASSWORD is not set; export SLUICE_WALK_UNSET_PASSWORD=\.\.\. before running sluice/;
    for (const args of [['run', '--namespace', 'wh', '--task', 'How many orders?'], ['check', '--namespace', 'wh']]) {
      const run = await runCli(args, { cwd, env });
      expect(run.code, run.stderr).toBe(2);
      expect(run.stderr).toMatch(unsetPassword);
    }
    const unsetKey = /sluice\.yml:10:\d+: models\.gpt\.api_key: environment variable SLUICE_WALK_UNSET_KEY is not set/;
    const model = await runCli(['run', '--model', 'gpt', '--task', 'How many orders?'], { cwd, env });
    expect(model.code, model.stderr).toBe(2);
    expect(model.stderr).toMatch(unsetKey);
    expect(fs.existsSync(path.join(cwd, 'save')) && fs.readdirSync(path.join(cwd, 'save')).length).toBe(1);
    const models = await runCli(['models'], { cwd, env });
    expect(models.code).toBe(1);
    expect(models.stdout).toMatch(/^offline \*.*ok/m);
    expect(models.stdout).toMatch(new RegExp(`^gpt .*error: .*${unsetKey.source}`, 'm'));
    // Outside namespaces and models a variable is read by every command, so it is still needed up front.
    fs.appendFileSync(path.join(cwd, 'sluice.yml'), 'cache_dir: ${SLUICE_WALK_UNSET_CACHE}\n');
    const everywhere = await runCli(['sql', 'SELECT 1 AS one'], { cwd, env: { ...env, SLUICE_WALK_UNSET_CACHE: undefined } });
    expect(everywhere.code).toBe(2);
    expect(everywhere.stderr).toMatch(/sluice\.yml:11:\d+: cache_dir: environment variable SLUICE_WALK_UNSET_CACHE is not set/);
  }, 90_000);

  it('an empty workflow.yml, or one whose workflow: is not a mapping, says what the file should hold', async () => {
    const cwd = tempDir('sluice-walk-workflow-');
    for (const [text, said] of [['', 'missing'], ['workflow:\n  - schema_linking\n', 'not a mapping']] as const) {
      fs.writeFileSync(path.join(cwd, 'workflow.yml'), text);
      const run = await runCli(['run', '--task', 'How many orders?'], { cwd });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`workflow: ${said}: a workflow file holds workflow: with plans by name, each a list of steps`);
    }
  }, 60_000);
});
