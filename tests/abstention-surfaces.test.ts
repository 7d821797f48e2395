import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';
import { cliPath, openTmuxTerminal, type TmuxTerminal } from './helpers/tmux-terminal.js';

/**
 * Every surface says plainly that the data cannot answer (issue 14), naming the ungrounded parts, with no SQL run: the
 * live dashboard and the chat session in a real terminal (tmux), batch lines, and chat's suggestion of what it can answer.
 */
const QUESTION = 'What is the national animal of Canada?';
const NAMED = "'national animal' or 'Canada'";
let term: TmuxTerminal;

beforeAll(() => {
  term = openTmuxTerminal('sluice-abstention');
  execFileSync(process.execPath, [cliPath, 'sql', 'SELECT 1'], { cwd: term.work, env: { ...process.env, SLUICE_CACHE_DIR: path.join(term.work, 'cache') } });
}, 120_000);
afterAll(() => term?.close());

describe('an unanswerable question on each surface', () => {
  it('the live dashboard ends with the unanswerable line naming the parts, shows no SQL or table, exit 4', async () => {
    const s = term.start(term.sluice(`run --save_dir ./save --current_date 2026-11-25 --task '${QUESTION}'`));
    const text = await term.waitForText(s, /EXIT=\d+/);
    expect(text).toContain('EXIT=4');
    expect(text).toMatch(new RegExp(`∅ unanswerable: nothing in demo \\(tables, columns, values, metrics or docs\\) matches ${NAMED.replace(/[()]/g, '\\$&')}`));
    expect(text).not.toMatch(/SELECT/);
    expect(text).not.toMatch(/│/);
  }, 60_000);

  it('chat says so and suggests what the database can answer: its main tables and metrics', async () => {
    const s = term.start(term.sluice('chat --save_dir ./save --current_date 2026-11-25'), { env: { XDG_STATE_HOME: path.join(term.work, 'state') } });
    await term.waitForText(s, /^demo\/reflection ›/m);
    term.type(s, QUESTION);
    const text = await term.waitForText(s, /demo can answer questions about [^\n]*\n(?:.*\n)*demo\/reflection ›/);
    expect(text).toMatch(new RegExp(`∅ unanswerable: [^\\n]*${NAMED}`));
    // The suggestion wraps at the terminal's width: read it up to the next prompt.
    const topics = /demo can answer questions about ([^]*?)\n\s*\n?demo\/reflection ›/.exec(text)![1]!.replace(/\s+/g, ' ');
    for (const table of ['orders', 'customers', 'products']) expect(topics).toContain(table);
    // order_items links orders and products but has columns of its own, so it counts; metrics come from metrics.yml.
    expect(topics).toMatch(/and the metrics [a-z_]+/);
    expect(text).not.toMatch(/SELECT/);
    term.keys(s, 'C-d');
    await term.waitForText(s, 'EXIT=0');
  }, 90_000);

  it('batch lines give status unanswerable with the reason and no SQL, beside answered lines', async () => {
    const dir = tempDir('sluice-abstention-batch-');
    const input = [JSON.stringify({ id: 'animal', task: QUESTION }), JSON.stringify({ id: 'count', task: 'How many customers are there?' })].join('\n');
    const result = await runCli(['run', '--current_date', '2026-11-25', '--save_dir', path.join(dir, 'save')], { cwd: dir, input: `${input}\n` });
    const lines = new Map(result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { id: string; status: string; sql: string | null; reason?: string }).map((line) => [line.id, line]));
    expect(lines.get('animal')).toMatchObject({ status: 'unanswerable', sql: null });
    expect(lines.get('animal')!.reason).toContain(NAMED);
    expect(lines.get('count')!.status).toBe('success');
    expect(result.stderr).toMatch(/1 answered, 1 not \(1 unanswerable from the data\)/);
    expect(fs.existsSync(path.join(dir, 'save'))).toBe(true);
  }, 120_000);
});
