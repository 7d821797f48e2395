import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, openTmuxTerminal, type TmuxTerminal } from './helpers/tmux-terminal.js';

let term: TmuxTerminal;
let state: string;
const PROMPT = /^demo\/reflection ›/m;

beforeAll(() => {
  term = openTmuxTerminal('sluice-repl');
  state = path.join(term.work, 'state');
  // Builds the demo database once, so the sessions below start quickly.
  execFileSync(process.execPath, [cliPath, 'sql', 'SELECT 1'], { cwd: term.work, env: { ...process.env, SLUICE_CACHE_DIR: path.join(term.work, 'cache') } });
}, 120_000);

afterAll(() => term?.close());

const chat = (args = '', width = 120) => term.start(term.sluice(`chat --save_dir ./save ${args}`), { width, env: { XDG_STATE_HOME: state } });
const promptLines = (text: string) => text.split('\n').filter((line) => PROMPT.test(line)).map((line) => line.trimEnd());

describe('the chat session keys, like Node’s REPL and psql', () => {
  it('Ctrl-C clears the line; at an empty prompt it asks for a second press, which must come within two seconds; Ctrl-D leaves', async () => {
    const s = chat();
    await term.waitForText(s, PROMPT);
    term.keys(s, '-l', 'half a question');
    await term.waitForText(s, /^demo\/reflection › half a question/m);
    term.keys(s, 'C-c');
    await term.waitForText(s, /^demo\/reflection ›\s*$/m);
    expect(term.screen(s)).not.toContain('press Ctrl-C again');

    term.keys(s, 'C-c');
    await term.waitForText(s, '(press Ctrl-C again to exit)');
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(term.screen(s)).not.toContain('(press Ctrl-C again to exit)');
    term.keys(s, 'C-c');
    await term.waitForText(s, '(press Ctrl-C again to exit)');
    expect(term.screen(s)).not.toContain('EXIT=');
    term.keys(s, 'C-c');
    await term.waitForText(s, 'EXIT=0');

    const d = chat();
    await term.waitForText(d, PROMPT);
    term.keys(d, 'C-d');
    await term.waitForText(d, 'EXIT=0');
  }, 60_000);

  it('takes keys that arrive in one read one by one: Ctrl-U then Ctrl-D clears the line and leaves, Ctrl-A edits at the start', async () => {
    const s = chat();
    await term.waitForText(s, PROMPT);
    term.keys(s, '-l', 'tables');
    await term.waitForText(s, /^demo\/reflection › tables\s*$/m);
    term.together(s, 'C-a', '/');
    await term.waitForText(s, /^demo\/reflection › \/tables\s*$/m);
    term.together(s, 'C-u', 'C-d');
    await term.waitForText(s, 'EXIT=0');
  }, 60_000);

  it('keeps the input history between sessions in $XDG_STATE_HOME/sluice/history', async () => {
    const first = chat();
    await term.waitForText(first, PROMPT);
    term.type(first, '/plan');
    await term.waitForText(first, /plan is reflection/);
    term.type(first, '/tables');
    await term.waitForText(first, /tables in demo/);
    term.type(first, '/exit');
    await term.waitForText(first, 'EXIT=0');
    expect(fs.readFileSync(path.join(state, 'sluice', 'history'), 'utf8')).toBe('/plan\n/tables\n/exit\n');

    const second = chat();
    await term.waitForText(second, PROMPT);
    term.keys(second, 'Up');
    await term.waitForText(second, /^demo\/reflection › \/exit\s*$/m);
    term.keys(second, 'Up');
    await term.waitForText(second, /^demo\/reflection › \/tables\s*$/m);
    term.keys(second, 'Up');
    await term.waitForText(second, /^demo\/reflection › \/plan\s*$/m);
    // Two arrows read in one chunk (a held key, a slow terminal) are two steps, not one.
    term.together(second, 'Down', 'Down');
    await term.waitForText(second, /^demo\/reflection › \/exit\s*$/m);
    term.keys(second, 'C-u', 'C-d');
    await term.waitForText(second, 'EXIT=0');
  }, 60_000);

  it('leaves no stale prompt behind when the window gets narrower', async () => {
    const s = chat();
    await term.waitForText(s, PROMPT);
    term.keys(s, '-l', 'hello there');
    await term.waitForText(s, /› hello there/);
    term.resize(s, 50);
    await new Promise((resolve) => setTimeout(resolve, 800));
    term.resize(s, 30);
    await new Promise((resolve) => setTimeout(resolve, 800));
    const text = await term.waitForText(s, /› hello there/);
    expect(promptLines(text)).toEqual(['demo/reflection › hello there']);
    term.keys(s, 'C-u', 'C-d');
    await term.waitForText(s, 'EXIT=0');
  }, 60_000);

  it('a question result too wide for the terminal names the chat command that shows every column, not a CLI flag', async () => {
    const s = chat('', 26);
    await term.waitForText(s, PROMPT);
    term.type(s, 'Revenue by customer segment');
    const text = await term.waitForText(s, /answered/, 90_000);
    expect(text.replace(/\s+/g, ' ')).toMatch(/1 more column: revenue — use \/format json or a wider terminal/);
    expect(text).not.toMatch(/--format/);
    term.keys(s, 'C-d');
    await term.waitForText(s, 'EXIT=0');
  }, 120_000);

  it('at 80 columns keeps values whole, names the columns that do not fit, wraps SQL under its indentation; /schema uses the width', async () => {
    const s = chat('', 80);
    await term.waitForText(s, PROMPT);
    term.type(s, '/sql SELECT * FROM customers ORDER BY customer_id LIMIT 3');
    const table = await term.waitForText(s, /3 rows/);
    expect(table).toMatch(/^customer_id │ first_name │ last_name │ email\s+│ city/m);
    // /sql shows a table whatever /format says, and chat has no --format: the hint is what works here.
    expect(table).toMatch(/^3 rows\n3 more columns: state, signup_date, segment — use a wider terminal, or SELECT\s+fewer\s+columns$/m);
    const rows = table.split('\n').filter((line) => /^\s+\d+ │/.test(line));
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row).not.toContain('…');
    for (const line of table.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);

    const sql = `/sql SELECT customer_id, first_name, last_name, email, city, state, signup_date, segment FROM customers WHERE state = 'CA' AND segment = 'enterprise' LIMIT 1`;
    term.type(s, sql);
    const wrapped = await term.waitForText(s, /1 row\b/);
    expect(wrapped).toMatch(/^ {2}SELECT customer_id, first_name,[^\n]*\n {4}\S/m);
    term.keys(s, 'C-d');
    await term.waitForText(s, 'EXIT=0');

    const wide = chat('', 140);
    await term.waitForText(wide, PROMPT);
    term.type(wide, '/schema order_items');
    const schema = await term.waitForText(wide, /unit_price/);
    // 98 characters of comment get the 71 columns left of 140, not the old 40.
    expect(schema).toMatch(/│ Price per unit actually paid in US dollars, after discounts; line amou…$/m);
    term.keys(wide, 'C-d');
    await term.waitForText(wide, 'EXIT=0');
  }, 90_000);

  it('/chart draws the latest result on demand, and says why when it cannot', async () => {
    const s = chat();
    await term.waitForText(s, PROMPT);
    term.type(s, '/chart');
    await term.waitForText(s, 'no result yet: ask a question or run /sql first');
    term.type(s, '/sql SELECT * FROM customers LIMIT 3');
    await term.waitForText(s, /3 rows/);
    term.type(s, '/chart');
    await term.waitForText(s, 'the latest result has no chart');
    term.type(s, "/sql SELECT channel, count(*) AS orders FROM orders GROUP BY 1 ORDER BY 2 DESC");
    await term.waitForText(s, /web\s+│\s+[\d,]+/);
    term.type(s, '/chart');
    const text = await term.waitForText(s, /› \/chart\n(?:.*\n)*orders by channel\n(?:.*\n)*web\s+█+/);
    expect(text).toMatch(/store\s+█+/);
    term.keys(s, 'C-d');
    await term.waitForText(s, 'EXIT=0');
  }, 60_000);

  it('/resume with nothing unfinished names the chat syntax', async () => {
    const s = chat('--plan fixed');
    await term.waitForText(s, /^demo\/fixed ›/m);
    term.type(s, 'How many customers are there');
    await term.waitForText(s, /✓ answered/);
    term.type(s, '/resume');
    const text = await term.waitForText(s, /no unfinished run in \.\/save/);
    expect(text).toContain('name one with /resume ID');
    expect(text).not.toContain('--run');
    term.keys(s, 'C-d');
    await term.waitForText(s, 'EXIT=0');
  }, 60_000);
});
