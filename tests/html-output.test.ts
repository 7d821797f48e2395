import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cliEnv, runCli, tempDir } from './helpers/run-cli.js';
import { SLOW, SLOW_FILES, finished, untilNodeStarts } from './helpers/slow-plan-cli.js';

describe('sluice run --format html', () => {
  it('writes one standalone page: the question, the SQL, the table at the column types and a bar chart, nothing fetched', async () => {
    const result = await runCli(['run', '--task', 'Revenue by customer segment', '--format', 'html']);
    expect(result.code).toBe(0);
    const page = result.stdout;
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<h1>Revenue by customer segment</h1>');
    expect(page).toMatch(/<pre><code>SELECT[\s\S]*GROUP BY[\s\S]*<\/code><\/pre>/);
    expect(page).toMatch(/<td>consumer<\/td><td class="n">[\d,]+\.\d\d<\/td>/);
    expect(page).toMatch(/<svg [^>]*aria-label="revenue by segment"[\s\S]*<rect /);
    expect(page.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:|<script|<link/);
    // The output node's summary names what the run writes, not the table it renders inside the run.
    expect(result.stderr).toMatch(/✓ output: \d+ rows? as an html page, 3 files written/);
  });

  it('draws a time series as a line', async () => {
    const result = await runCli(['run', '--task', 'Monthly revenue in 2024', '--format', 'html', '--current_date', '2025-06-30']);
    expect([0, 3]).toContain(result.code);
    expect(result.stdout).toMatch(/<svg [^>]*>[\s\S]*<polyline /);
  });

  it('escapes what the data and the question hold', async () => {
    const result = await runCli(['run', '--task', 'How many customers are in <b>California</b>?', '--format', 'html', '--plan', 'fixed']);
    expect(result.stdout).toContain('&lt;b&gt;California&lt;/b&gt;');
    expect(result.stdout).not.toContain('<b>California');
  });

  it('batch mode refuses it in one line', async () => {
    const result = await runCli(['run', '--format', 'html'], { input: 'How many customers are there?\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('sluice: batch mode writes JSON lines; --format html applies to single questions (--task)\n');
  });

  it('an interrupted html run says to resume it as html, and the resume writes the page', async () => {
    const cwd = tempDir();
    const saveDir = path.join(cwd, 'save');
    const child = spawn(process.execPath, [CLI, 'run', ...SLOW, '--task', 'Revenue by customer segment', '--format', 'html', '--save_dir', saveDir], { cwd, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const stopped = finished(child);
    await untilNodeStarts(saveDir, 'pause', 1);
    child.kill('SIGINT');
    const interrupted = await stopped;
    expect(interrupted.code).toBe(130);
    const resume = /Resume it with: (sluice resume .*)$/m.exec(interrupted.stderr)?.[1];
    expect(resume, interrupted.stderr).toMatch(/ --format html --run \S+$/);
    // The resume command as printed, run: it used to refuse --format html (only table, json, csv, markdown).
    const args = resume!.split(' ').slice(1);
    const result = await runCli(args, { cwd, timeoutMs: 90_000 });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^<!doctype html>/);
    expect(result.stdout).toContain('<h1>Revenue by customer segment</h1>');
    expect(SLOW_FILES.every((flag) => args.includes(flag))).toBe(true);
  }, 150_000);
});
