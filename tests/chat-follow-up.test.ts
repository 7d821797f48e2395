import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { cliPath, openTmuxTerminal, type TmuxTerminal } from './helpers/tmux-terminal.js';

let term: TmuxTerminal;
const PROMPT = /^demo\/reflection ›/m;

beforeAll(() => {
  term = openTmuxTerminal('sluice-follow-up');
  // Builds the demo database once, so the sessions below start quickly.
  execFileSync(process.execPath, [cliPath, 'sql', 'SELECT 1'], { cwd: term.work, env: { ...process.env, SLUICE_CACHE_DIR: path.join(term.work, 'cache') } });
}, 120_000);

afterAll(() => term?.close());

const chat = () => term.start(term.sluice('chat --save_dir ./save'), { env: { XDG_STATE_HOME: path.join(term.work, 'state') } });

describe('a chat line that continues the question before it', () => {
  it('is read as that question amended, says so, and answers the amended question', async () => {
    const s = chat();
    await term.waitForText(s, PROMPT);
    term.type(s, 'How many orders are there?');
    await term.waitForText(s, /✓ answered/, 90_000);
    term.type(s, 'and by status?');
    const text = await term.waitForText(s, /reading it as: How many orders are there by status\?(?:.*\n)*.*(✓ answered|\? unsure)/, 90_000);
    const after = text.slice(text.indexOf('reading it as:'));
    // The count per status, not the status column of every order.
    for (const status of ['cancelled', 'completed', 'shipped']) expect(after).toMatch(new RegExp(`${status}\\s+│\\s+[\\d,]+`));
    expect(after).toMatch(/3 rows/);
    expect(after).toMatch(/✓ answered/);

    term.type(s, 'what about 2024?');
    const year = await term.waitForText(s, /reading it as: How many orders are there by status in 2024\?(?:.*\n)*.*(✓ answered|\? unsure)/, 90_000);
    expect(year.slice(year.lastIndexOf('reading it as:'))).toMatch(/2024-01-01/);

    // Another period asks for it instead of 2024, not for both (it used to read "… in 2024 last year?", OR-ing the two).
    term.type(s, 'what about last year?');
    const last = await term.waitForText(s, /reading it as: How many orders are there by status last year\?(?:.*\n)*.*(✓ answered|\? unsure)/, 90_000);
    expect(last.slice(last.lastIndexOf('reading it as:'))).toMatch(/2025-01-01/);
    expect(last.slice(last.lastIndexOf('reading it as:'))).not.toMatch(/2024-01-01/);

    term.type(s, 'only the shipped ones');
    const shipped = await term.waitForText(s, /reading it as: How many orders are there by status last year, only the shipped ones\?(?:.*\n)*.*(✓ answered|\? unsure)/, 90_000);
    expect(shipped.slice(shipped.lastIndexOf('reading it as:'))).toMatch(/status = 'shipped'/);
    term.keys(s, 'C-d');
    await term.waitForText(s, 'EXIT=0');
  }, 300_000);

  it('naming another table or stored value swaps it in for the one asked about, or says it was not understood', async () => {
    const s = chat();
    await term.waitForText(s, PROMPT);
    term.type(s, 'How many orders were cancelled?');
    await term.waitForText(s, /✓ answered|\? unsure/, 90_000);
    // It used to be read as a new question of its own ("same for customers"), answered unsure.
    term.type(s, 'same for shipped');
    const shipped = await term.waitForText(s, /reading it as: How many orders were shipped\?(?:.*\n)*.*(✓ answered|\? unsure)/, 90_000);
    expect(shipped.slice(shipped.lastIndexOf('reading it as:'))).toMatch(/'shipped'/);
    term.type(s, 'and for customers?');
    await term.waitForText(s, /reading it as: How many customers were shipped\?(?:.*\n)*.*(✓ answered|\? unsure|not answered|unanswerable)/, 90_000);
    term.type(s, 'same for the weather');
    const weather = await term.waitForText(s, /not understood: "same for the weather" names no table or stored value/, 90_000);
    expect(weather.slice(weather.indexOf('same for the weather'))).not.toMatch(/reading it as|✓ answered/);
    term.keys(s, 'C-d');
    await term.waitForText(s, 'EXIT=0');
  }, 300_000);

  it('with no question before it is read alone and is not answered as a success', async () => {
    const s = chat();
    await term.waitForText(s, PROMPT);
    term.type(s, 'and by status?');
    const text = await term.waitForText(s, /✓ answered|\? unsure|✗ not answered|unanswerable/, 90_000);
    expect(text).not.toMatch(/reading it as/);
    expect(text).toMatch(/\? unsure/);
    expect(text).toMatch(/follow_up: "and by status\?" reads as a follow-up to an earlier question, and there is none to follow/);
    term.keys(s, 'C-d');
    await term.waitForText(s, 'EXIT=0');
  }, 150_000);
});

describe('outside chat a follow-up has nothing to follow', () => {
  it('sluice run --task "and by status?" ends unsure (exit 3), naming the follow-up', async () => {
    const result = await runCli(['run', '--task', 'and by status?', '--format', 'json']);
    expect(result.code, result.stderr).toBe(3);
    const json = JSON.parse(result.stdout) as { status: string; checks: Array<{ name: string; passed: boolean }> };
    expect(json.status).toBe('unsure');
    expect(json.checks.find((check) => check.name === 'follow_up')?.passed).toBe(false);
  }, 120_000);

  it('a batch line that reads as a follow-up is unsure; the whole question beside it is answered', async () => {
    const result = await runCli(['run', '--ordered'], { input: 'How many orders are there?\nonly the shipped ones\n' });
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { task?: string; status: string; reason?: string });
    expect(lines.map((line) => line.status)).toEqual(['success', 'unsure']);
    expect(lines[1]!.reason).toMatch(/reads as a follow-up/);
  }, 120_000);

  it('a follow-up with no word to look up is refused, saying what it reads as (exit 2)', async () => {
    const result = await runCli(['run', '--task', 'what about 2024?']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/reads as a follow-up to an earlier question, and there is none to follow/);
  }, 60_000);
});
