import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, REPO_ROOT, cliEnv, runCli, tempDir } from './helpers/run-cli.js';
import { openTmuxTerminal, type TmuxTerminal } from './helpers/tmux-terminal.js';

const BREAKDOWN = ['run', '--plan', 'fixed', '--task', 'How many orders per status'];
const LISTING = ['run', '--plan', 'fixed', '--task', 'List all customers from California'];
const SLOW_CONFIG = path.join(REPO_ROOT, 'examples', 'slow', 'sluice.yml');
const SLOW_WORKFLOW = path.join(REPO_ROOT, 'examples', 'slow', 'workflow.yml');

/** The shell words of a command line the CLI printed (plain or single-quoted words). */
function shellWords(line: string): string[] {
  return [...line.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((match) => (match[1] !== undefined ? match[1].replaceAll(`'\\''`, "'") : match[2]!));
}

describe('sluice run --chart, plain output', () => {
  it('draws a breakdown as bars after the table, one per category, scaled to the largest', async () => {
    const run = await runCli([...BREAKDOWN, '--chart', '--save_dir', tempDir()]);
    expect(run.stderr).not.toContain('no chart');
    expect(run.code).toBe(0);
    const [table, chart] = run.stdout.split(/\n(?=\w+ by \w+\n)/);
    expect(table).toMatch(/status\s+│\s+order_count/);
    const bars = chart!.trimEnd().split('\n').slice(1);
    expect(chart).toMatch(/^order_count by status\n/);
    const lengths = Object.fromEntries(bars.map((line) => [line.split(/\s+/)[0], (line.match(/█/g) ?? []).length]));
    const counts = Object.fromEntries([...table!.matchAll(/^(\w+)\s+│\s+([\d,]+)$/gm)].map((m) => [m[1], Number(m[2]!.replaceAll(',', ''))]));
    expect(Object.keys(lengths).sort()).toEqual(Object.keys(counts).sort());
    const largest = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]![0];
    for (const [status, count] of Object.entries(counts)) {
      expect(lengths[status]).toBe(Math.max(1, Math.round((count / counts[largest]!) * lengths[largest]!)));
    }
  }, 90_000);

  it('without --chart, the plain table has no chart', async () => {
    const run = await runCli([...BREAKDOWN, '--save_dir', tempDir()]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('█');
  }, 90_000);

  it('says in one line why a listing of records has no chart, and keeps the table', async () => {
    const run = await runCli([...LISTING, '--chart', '--save_dir', tempDir()]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/customer_id/);
    expect(run.stdout).not.toContain('█');
    const notes = run.stderr.split('\n').filter((line) => line.includes('no chart'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatch(/^sluice: no chart: it has \d+ columns; a chart takes 2 to 4/);
  }, 90_000);

  it('after csv the chart goes to stderr, so stdout stays data; after markdown it is a fenced block', async () => {
    const csv = await runCli([...BREAKDOWN, '--chart', '--format', 'csv', '--save_dir', tempDir()]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.trim().split('\n').every((line) => /^[\w ]+,[\w ]+$/.test(line))).toBe(true);
    expect(csv.stderr).toMatch(/order_count by status\n(?:\w+\s+█+\s+\d+\n)+/);

    const markdown = await runCli([...BREAKDOWN, '--chart', '--format', 'markdown', '--save_dir', tempDir()]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(/\| status \| order_count \|[\s\S]*```text\norder_count by status\n(?:\w+\s+█+\s+\d+\n)+```\n$/);
  }, 90_000);

  it('refuses --chart in batch mode with one line', async () => {
    const run = await runCli(['run', '--chart', '--save_dir', tempDir()], { input: 'How many orders per status\n' });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('sluice: batch mode writes JSON lines; --chart applies to single questions (--task)');
    expect(run.stdout).toBe('');
  }, 60_000);
});

describe('the cancel message names every flag its resume needs', () => {
  it('plain output: Ctrl-C prints a resume command with --config, --workflow and --chart, and that command finishes the run, chart included', async () => {
    const saveDir = tempDir();
    const cwd = tempDir();
    const child = spawn(process.execPath, [CLI, 'run', '--config', SLOW_CONFIG, '--workflow', SLOW_WORKFLOW, '--plan', 'slow', '--task', 'How many orders per status', '--chart', '--save_dir', saveDir], {
      cwd,
      env: cliEnv(),
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (/▶ pause/.test(stderr) && !child.killed) child.kill('SIGINT');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const line = /Resume it with: (sluice resume .*)$/m.exec(stderr)?.[1];
    expect(line).toBeDefined();
    const words = shellWords(line!);
    expect(words.slice(0, 2)).toEqual(['sluice', 'resume']);
    expect(words[words.indexOf('--config') + 1]).toBe(SLOW_CONFIG);
    expect(words[words.indexOf('--workflow') + 1]).toBe(SLOW_WORKFLOW);
    expect(words[words.indexOf('--save_dir') + 1]).toBe(saveDir);
    expect(words).toContain('--chart');

    const resumed = await runCli(words.slice(1), { cwd, timeoutMs: 90_000 });
    expect(resumed.stderr).toMatch(/pause.*waited 5000 ms/);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/completed\s+│\s+[\d,]+/);
    expect(resumed.stdout).toMatch(/order_count by status\n(?:\w+\s+█+\s+\d+\n)+/);
  }, 120_000);
});

describe('sluice run --chart in the dashboard (a real pty)', () => {
  let term: TmuxTerminal;
  beforeAll(() => {
    term = openTmuxTerminal('sluice-chart');
  });
  afterAll(() => term?.close());

  it('draws the bars below the table when the terminal is too narrow to put them beside it', async () => {
    const s = term.start(term.sluice('run --plan fixed --task "How many orders per status" --chart --save_dir ./save'), { width: 50 });
    const text = await term.waitForText(s, /EXIT=\d+/, 90_000);
    expect(text).toContain('EXIT=0');
    expect(text).toMatch(/3 rows\n\s*\norder_count by status\ncancelled\s+█+\s+[\d,]+\ncompleted\s+█+\s+[\d,]+\nshipped\s+█+\s+[\d,]+/);
  }, 120_000);

  it('says why a listing has no chart, under its table', async () => {
    const s = term.start(term.sluice('run --plan fixed --task "List all customers from California" --chart --save_dir ./save'), { width: 160 });
    const text = await term.waitForText(s, /EXIT=\d+/, 90_000);
    expect(text).toContain('EXIT=0');
    expect(text).toMatch(/rows?\b.*\n(?:.*\n)?no chart: it has \d+ columns; a chart takes 2 to 4/);
    expect(text).not.toContain('█');
  }, 120_000);

  it('Ctrl-C shows a resume command with the --config and --workflow the run used', async () => {
    const s = term.start(term.sluice(`run --config ${SLOW_CONFIG} --workflow ${SLOW_WORKFLOW} --plan slow --task "How many orders per status" --save_dir ./run-save`), { width: 200 });
    await term.waitForText(s, /pause\s+\S+\s+waiting 5000 ms/, 90_000);
    term.keys(s, 'C-c');
    const text = await term.waitForText(s, 'EXIT=130');
    expect(text).toMatch(new RegExp(`Resume it with: sluice resume --config ${SLOW_CONFIG} --workflow ${SLOW_WORKFLOW} --save_dir \\./run-save --run \\S+`));
  }, 120_000);
});
