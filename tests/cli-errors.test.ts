import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoFiles } from '../src/demo/demo-files.js';
import { runCli, TEST_CACHE_DIR, tempDir } from './helpers/run-cli.js';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('sluice CLI: help, version and bad input', () => {
  it('prints true --help and --version', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const command of ['run', 'resume', 'sql']) expect(help.stdout).toContain(command);
    const runHelp = await runCli(['run', '--help']);
    for (const flag of ['--namespace', '--task', '--plan', '--max_iterations', '--save_dir', '--current_date', '--format', '--workflow', '--config', '--debug']) {
      expect(runHelp.stdout).toContain(flag);
    }
    // Measured (README, batch): on 2 cores workers were at best ~1.1× faster and slower under load, so the help must
    // not suggest one per core.
    expect(runHelp.stdout).not.toMatch(/number of cores/);
    expect(runHelp.stdout.replace(/\s+/g, ' ')).toMatch(/--workers <n> .*pay only with idle cores to spare/);
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  const cases: Array<[string, string[], RegExp, (cwd: string) => void]> = [
    ['an unknown namespace', ['run', '--task', 'List customers', '--namespace', 'nowhere'], /unknown namespace "nowhere"/, () => {}],
    ['an unknown plan', ['run', '--task', 'List customers', '--plan', 'sideways'], /unknown plan "sideways"; known plans: .*reflection/, () => {}],
    ['an empty task', ['run', '--task', '   '], /task is empty/, () => {}],
    ['a one-letter task', ['run', '--task', 'x'], /the task "x" names nothing to look up; ask a question about the data/, () => {}],
    ['a task of function words only', ['run', '--task', 'How many?'], /the task "How many\?" names nothing to look up/, () => {}],
    ['a 100 KB task', ['run', '--task', 'x'.repeat(100_000)], /limit is 10000/, () => {}],
    ['an unknown format', ['run', '--task', 'x', '--format', 'yaml'], /Allowed choices are table, json, csv, markdown/, () => {}],
    ['a bad current date', ['run', '--task', 'x', '--current_date', '25/11/2026'], /YYYY-MM-DD/, () => {}],
    ['a negative max_iterations', ['run', '--task', 'x', '--max_iterations', '-1'], /integer ≥ 0/, () => {}],
    ['a missing config file', ['run', '--task', 'x', '--config', 'nope.yml'], /config file not found/, () => {}],
    [
      'a sluice.yml that is not valid YAML',
      ['run', '--task', 'x'],
      /sluice\.yml:\d+:\d+: invalid YAML/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces: {shop: [\n'),
    ],
    [
      'a sluice.yml that fails validation',
      ['run', '--task', 'x'],
      /sluice\.yml:2:\d+: namespaces\.shop/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop: {type: duckdb}\n'),
    ],
    [
      'a workflow.yml with an unknown node',
      ['run', '--task', 'x', '--plan', 'mine'],
      /workflow\.yml:3:7: workflow\.mine\[0\]: unknown node "schema_linkage"; known nodes: .*generate_sql.*; did you mean "schema_linking"\?/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  mine:\n    - schema_linkage\n'),
    ],
    [
      'a workflow.yml step naming a plan of its own',
      ['run', '--task', 'x', '--plan', 'mine'],
      /workflow\.yml:3:7: workflow\.mine\[0\]: unknown node "theirs": "theirs" is a plan, and a plan's steps are nodes \(plans do not nest/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  mine:\n    - theirs\n  theirs:\n    - output\n'),
    ],
    [
      'a workflow.yml parallel group inside another',
      ['run', '--task', 'x', '--plan', 'mine'],
      /workflow\.yml:3:\d+: workflow\.mine\[0\]\.parallel\[0\]: a parallel group holds nodes, not another group \(groups do not nest\)/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  mine:\n    - parallel: [{parallel: [search_metrics, date_parser]}, doc_search]\n'),
    ],
    [
      'a workflow.yml step naming a built-in plan',
      ['run', '--task', 'x', '--plan', 'mine'],
      /workflow\.yml:4:7: workflow\.mine\[1\]: unknown node "fixed": "fixed" is a plan/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'workflow.yml'), 'workflow:\n  mine:\n    - schema_linking\n    - fixed\n'),
    ],
    [
      'a missing database file',
      ['run', '--task', 'x', '--namespace', 'shop'],
      /database file not found: .*shop\.duckdb/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop: {type: duckdb, path: ./shop.duckdb}\n'),
    ],
    [
      'a corrupt DuckDB file (as a missing one is)',
      ['run', '--task', 'How many shops', '--namespace', 'shop'],
      /namespace "shop": .*shop\.duckdb is not a DuckDB database file/,
      (cwd) => {
        fs.writeFileSync(path.join(cwd, 'shop.duckdb'), Buffer.from('not a database at all, just some bytes\n'.repeat(200)));
        fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop: {type: duckdb, path: ./shop.duckdb}\n');
      },
    ],
    [
      'an empty (0-byte) SQLite file',
      ['run', '--task', 'How many shops', '--namespace', 'shop'],
      /namespace "shop": .*shop\.db is empty \(0 bytes\), not a SQLite database/,
      (cwd) => {
        fs.writeFileSync(path.join(cwd, 'shop.db'), '');
        fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop: {type: sqlite, path: ./shop.db}\n');
      },
    ],
    [
      'a named pipe (FIFO) as a SQLite file, without waiting for a writer',
      ['run', '--task', 'How many shops', '--namespace', 'shop'],
      /namespace "shop": .*shop\.db is a named pipe \(FIFO\), not a SQLite database file/,
      (cwd) => {
        execFileSync('mkfifo', [path.join(cwd, 'shop.db')]);
        fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop: {type: sqlite, path: ./shop.db}\n');
      },
    ],
    [
      'a character device as a DuckDB file',
      ['sql', '--namespace', 'shop', 'SELECT 1'],
      /namespace "shop": \/dev\/zero is a character device, not a DuckDB database file/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop: {type: duckdb, path: /dev/zero}\n'),
    ],
    [
      'a folder as a SQLite file',
      ['sql', '--namespace', 'shop', 'SELECT 1'],
      /namespace "shop": .*shop\.db is a folder, not a SQLite database file/,
      (cwd) => {
        fs.mkdirSync(path.join(cwd, 'shop.db'));
        fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop: {type: sqlite, path: ./shop.db}\n');
      },
    ],
    [
      'a DuckDB file named as a SQLite namespace',
      ['sql', '--namespace', 'shop', 'SELECT 1'],
      /namespace "shop": .*shop\.db is a DuckDB database, not a SQLite one: use type: duckdb/,
      (cwd) => {
        fs.copyFileSync(demoFiles(TEST_CACHE_DIR).database, path.join(cwd, 'shop.db'));
        fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  shop: {type: sqlite, path: ./shop.db}\n');
      },
    ],
    [
      'a postgres url of another engine',
      ['run', '--task', 'How many shops', '--namespace', 'wh'],
      /namespace "wh": a postgres url starts with postgres:\/\/ or postgresql:\/\/ \(got mysql:\/\/reader:\*\*\*@db\.invalid\/shop\)/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  wh: {type: postgres, url: "mysql://reader:secret@db.invalid/shop"}\n'),
    ],
    [
      'a mysql url without its database',
      ['sql', '--namespace', 'wh', 'SELECT 1'],
      /namespace "wh": the mysql namespace at mysql:\/\/reader:\*\*\*@db\.invalid\/ names no database/,
      (cwd) => fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  wh: {type: mysql, url: "mysql://reader:secret@db.invalid/"}\n'),
    ],
    ['a save dir that is not writable', ['run', '--task', 'List customers', '--save_dir', '/proc/sluice-save'], /save dir \/proc\/sluice-save is not writable/, () => {}],
    ['a demo load into the embedded demo itself', ['demo', 'load', '--namespace', 'demo'], /"demo" is the embedded DuckDB demo itself; load it into a postgres, mysql, sqlite or files namespace of sluice\.yml \(configured: none\)/, () => {}],
    [
      'the batch-only flags with --task',
      ['run', '--task', 'List customers', '--plan', 'fixed', '--ordered', '--workers', '2'],
      /^sluice: --workers, --ordered apply to a batch \(questions on stdin, one per line, with no --task\); --task answers one question: drop them\n$/,
      () => {},
    ],
    ['a resume with no runs', ['resume', '--save_dir', 'empty-save'], /no runs in empty-save/, () => {}],
    ['a resume of an unknown run', ['resume', '--save_dir', 'save', '--run', 'nope'], /no run "nope" in save/, () => {}],
  ];
  for (const [what, args, message, prepare] of cases) {
    it(`refuses ${what} with a clear message and exit code 2`, async () => {
      const cwd = tempDir();
      prepare(cwd);
      const result = await runCli(args, { cwd });
      expect(result.stderr).toMatch(message);
      expect(result.code).toBe(2);
      noStack(result.stderr);
    });
  }

  it('refuses a resume of a finished run and of a corrupt state file', async () => {
    const cwd = tempDir();
    const first = await runCli(['run', '--task', 'List all customers from California', '--plan', 'fixed', '--format', 'json'], { cwd });
    expect(first.code).toBe(0);
    const runId = JSON.parse(first.stdout).run_id as string;
    const finished = await runCli(['resume', '--run', runId], { cwd });
    expect(finished.code).toBe(2);
    expect(finished.stderr).toMatch(new RegExp(`run ${runId} already finished \\(success\\)`));
    fs.writeFileSync(path.join(cwd, 'save', runId, 'state.json'), '{"format": "sluice-run-state", "vers');
    const corrupt = await runCli(['resume', '--run', runId], { cwd });
    expect(corrupt.code).toBe(2);
    expect(corrupt.stderr).toMatch(/state file .*state\.json is corrupt/);
    noStack(corrupt.stderr);
  });

  const hostile = [
    ['DROP TABLE customers', /refused/i],
    ["INSERT INTO customers VALUES (1)", /refused/i],
    ["COPY customers TO '/tmp/x.csv'", /refused/i],
    ["ATTACH '/tmp/other.duckdb'", /refused/i],
    ['INSTALL httpfs', /refused/i],
    ["SET threads = 1", /refused/i],
    ['PRAGMA database_list', /refused/i],
    ["SELECT * FROM read_csv('/etc/passwd')", /read_csv|refused/i],
    ['SELECT 1; DROP TABLE customers', /refused|multiple|one/i],
  ] as const;
  for (const [sql, message] of hostile) {
    it(`sluice sql refuses hostile SQL: ${sql}`, async () => {
      const result = await runCli(['sql', sql]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      noStack(result.stderr);
    });
  }

  it('garbage on stdin gets an error line per line, exit 1, and nothing is run', async () => {
    const garbage = Buffer.from(Array.from({ length: 2_000 }, (_, i) => (i * 7919 + 13) % 256));
    const cwd = tempDir();
    const result = await runCli(['run', '--save_dir', 'save'], { cwd, input: garbage.toString('latin1') + '\n\u0001\u0002\n' });
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.status).toBe('error');
    expect(lines.some((line) => /control characters|no words/.test(line.error))).toBe(true);
    noStack(result.stderr);
  });

  it('a batch line that names nothing to look up gets an error line; the question beside it is answered', async () => {
    const result = await runCli(['run', '--ordered', '--plan', 'fixed', '--save_dir', 'save'], { input: 'x\nHow many orders are there?\nwhat\n' });
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.status)).toEqual(['error', 'success', 'error']);
    expect(lines[0].error).toMatch(/the task "x" names nothing to look up/);
    expect(lines[0].run_id).toBeUndefined();
    noStack(result.stderr);
  });

  it('a cache folder that is a file ends the run with one line naming it, not a stack trace', async () => {
    const cwd = tempDir();
    const notAFolder = path.join(cwd, 'cache-is-a-file');
    fs.writeFileSync(notAFolder, 'not a folder');
    const result = await runCli(['run', '--plan', 'fixed', '--task', 'List all customers from California', '--save_dir', 'save'], {
      cwd,
      env: { SLUICE_CACHE_DIR: notAFolder },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${notAFolder} is not a directory`);
    expect(result.stderr).not.toMatch(/ENOTDIR: not a directory, lstat/);
    noStack(result.stderr);
  });

  it('sluice sql runs read-only SQL and prints JSON', async () => {
    const result = await runCli(['sql', '--format', 'json', "SELECT state, COUNT(*) AS n FROM customers WHERE state = 'CA' GROUP BY state"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout);
    expect(parsed.columns).toEqual(['state', 'n']);
    expect(parsed.row_count).toBe(1);
    expect(parsed.rows[0][1]).toBeGreaterThan(0);
  });
});
