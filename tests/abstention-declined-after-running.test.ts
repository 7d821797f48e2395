import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unreadPhrases } from '../src/trust/unread-phrases.js';
import { benchDatabasesDir } from './helpers/ask-bench-databases.js';
import { REPO_ROOT, runCli } from './helpers/run-cli.js';
import { openTmuxTerminal, type TmuxTerminal } from './helpers/tmux-terminal.js';

/**
 * A run the post-execution decline ends unanswerable (src/trust/unsure-decline.ts) ran its SQL, but the rows do not
 * answer the question: every surface says so and none shows them as the answer (plain, json, csv, markdown, html,
 * batch lines, the live dashboard, chat); json keeps them under `not_an_answer`. Its reason names the question's
 * phrase as written, and says "no column or value answers" it where a column's name holds one of its words
 * (pupils.theory_pass). An answerable look-alike that stays unsure still shows its rows. Through the real CLI on the
 * driving school of abstention-dev-l.
 */
const DATASET = path.join(REPO_ROOT, 'bench/datasets/abstention-dev-l');
const DECLINED = 'How long does a theory test pass certificate stay valid?';
const LOOK_ALIKE = 'How long does a standard lesson last?';
const RAN = /The query ran \(\d+ rows\), but it does not answer the question, so its rows are not shown as an answer\./;
const REASON = "no column or value answers 'theory test pass certificate'";
// A centre code every listing of passed tests shows; no surface of the declined run may show it.
const ROW_VALUE = 'CDF-CT';

let dir = '';
let term: TmuxTerminal | undefined;

beforeAll(async () => {
  dir = await benchDatabasesDir(DATASET, ['driving_school'], 'sluice-declined-after-running-');
}, 120_000);

afterAll(() => term?.close());

const ask = (task: string, format: string) =>
  runCli(['run', '--task', task, '--namespace', 'driving_school', '--format', format, '--current_date', '2026-12-01', '--save_dir', path.join(dir, 'save')], { cwd: dir, timeoutMs: 120_000 });

describe('a query that ran but does not answer the question', () => {
  it('plain: says the query ran and does not answer, shows no rows, names the phrase', async () => {
    const result = await ask(DECLINED, 'table');
    expect(result.code, result.stderr).toBe(4);
    expect(result.stdout).toMatch(RAN);
    expect(result.stdout).toContain(`Unanswerable: ${REASON}`);
    expect(result.stdout).not.toContain(ROW_VALUE);
    expect(result.stdout).not.toMatch(/^\d+ rows?\b/m);
    expect(result.stderr).toContain(`sluice: unanswerable: ${REASON}`);
  }, 120_000);

  it('json: no rows as the answer, what the query returned under not_an_answer; result files alike', async () => {
    const result = await ask(DECLINED, 'json');
    expect(result.code, result.stderr).toBe(4);
    const line = JSON.parse(result.stdout) as { status: string; rows: unknown[]; row_count: number; reason: string; not_an_answer: { note: string; rows: unknown[]; row_count: number } };
    expect(line.status).toBe('unanswerable');
    expect(line.rows).toEqual([]);
    expect(line.row_count).toBe(0);
    expect(line.reason).toBe(REASON);
    expect(line.not_an_answer.note).toMatch(RAN);
    expect(line.not_an_answer.rows.length).toBe(line.not_an_answer.row_count);
    expect(line.not_an_answer.row_count).toBeGreaterThan(0);
    const runDir = path.join(dir, 'save', (JSON.parse(result.stdout) as { run_id: string }).run_id);
    const saved = JSON.parse(fs.readFileSync(path.join(runDir, 'result.json'), 'utf8')) as { rows: unknown[]; not_an_answer: { rows: unknown[] } };
    expect(saved.rows).toEqual([]);
    expect(saved.not_an_answer.rows.length).toBeGreaterThan(0);
    const csv = fs.readFileSync(path.join(runDir, 'result.csv'), 'utf8');
    expect(csv).toMatch(RAN);
    expect(csv).not.toContain(ROW_VALUE);
  }, 120_000);

  it('csv and markdown: the note in place of the rows', async () => {
    const csv = await ask(DECLINED, 'csv');
    expect(csv.code, csv.stderr).toBe(4);
    expect(csv.stdout.split('\n').filter(Boolean).every((line) => line.startsWith('# '))).toBe(true);
    expect(csv.stdout).toMatch(RAN);
    expect(csv.stdout).toContain(`# unanswerable: ${REASON}`);
    const markdown = await ask(DECLINED, 'markdown');
    expect(markdown.code, markdown.stderr).toBe(4);
    expect(markdown.stdout).toMatch(RAN);
    expect(markdown.stdout).not.toMatch(/^\|/m);
    expect(markdown.stdout).toContain(`> **Unanswerable**: ${REASON}`);
  }, 240_000);

  it('html: the note on the page, no rows in its table', async () => {
    const result = await ask(DECLINED, 'html');
    expect(result.code, result.stderr).toBe(4);
    expect(result.stdout).toMatch(RAN);
    expect(result.stdout).toContain(REASON);
    expect(result.stdout).not.toContain('<td');
    expect(result.stdout).not.toContain('<table>');
    expect(result.stdout).not.toMatch(/\d+ rows?</);
  }, 120_000);

  it('batch lines: the declined line carries no rows, the answerable look-alike keeps its own', async () => {
    const result = await runCli(['run', '--namespace', 'driving_school', '--format', 'json', '--current_date', '2026-12-01', '--save_dir', path.join(dir, 'save')], {
      cwd: dir,
      input: `${DECLINED}\n${LOOK_ALIKE}\n`,
      timeoutMs: 240_000,
    });
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { line: number; status: string; rows: unknown[]; row_count: number; reason?: string; not_an_answer?: unknown })
      // Lines come out as they finish: put them back in input order.
      .sort((a, b) => a.line - b.line);
    expect(lines[0]!.status).toBe('unanswerable');
    expect(lines[0]!.rows).toEqual([]);
    expect(lines[0]!.reason).toBe(REASON);
    expect(lines[0]!.not_an_answer).toBeDefined();
    expect(lines[1]!.status).toBe('unsure');
    expect(lines[1]!.not_an_answer).toBeUndefined();
    expect(lines[1]!.rows.length).toBe(lines[1]!.row_count);
    expect(lines[1]!.row_count).toBeGreaterThan(0);
  }, 240_000);

  it('an answerable look-alike that stays unsure shows its rows as before', async () => {
    const result = await ask(LOOK_ALIKE, 'table');
    expect(result.code, result.stderr).toBe(3);
    expect(result.stdout).not.toMatch(RAN);
    expect(result.stdout).toMatch(/^\d+ rows?\b/m);
  }, 120_000);

  it('the live dashboard and chat on a terminal: the note, no rows, the reason', async () => {
    term = openTmuxTerminal('sluice-declined');
    fs.copyFileSync(path.join(dir, 'sluice.yml'), path.join(term.work, 'sluice.yml'));
    const live = term.start(term.sluice(`run --namespace driving_school --current_date 2026-12-01 --save_dir ./save --task '${DECLINED}'`), { width: 160 });
    const shown = await term.waitForText(live, 'EXIT=', 120_000);
    expect(shown).toContain('EXIT=4');
    expect(shown.replace(/\s+/g, ' ')).toMatch(RAN);
    expect(shown).toContain(REASON);
    expect(shown).not.toContain(ROW_VALUE);

    const chat = term.start(term.sluice('chat --namespace driving_school --current_date 2026-12-01 --save_dir ./save'), { width: 160 });
    await term.waitForText(chat, /^driving_school\/reflection ›/m, 60_000);
    term.type(chat, DECLINED);
    // The progress line names the reason first; the outcome (note, then the unanswerable line) follows.
    const answered = await term.waitForText(chat, `∅ unanswerable: ${REASON}`, 120_000);
    expect(answered.replace(/\s+/g, ' ')).toMatch(RAN);
    expect(answered).not.toContain(ROW_VALUE);
    term.type(chat, '/exit');
    await term.waitForText(chat, 'EXIT=0');
  }, 300_000);
});

describe('the phrase a decline names', () => {
  it('is the noun phrase around the unread words, as the question writes it', () => {
    expect(unreadPhrases(DECLINED, ['theory', 'certificate'])).toEqual(['theory test pass certificate']);
    // A verb after the head starts what is said of it; a determiner or preposition ends the phrase.
    expect(unreadPhrases('What is the national animal of Canada?', ['animal', 'canada'])).toEqual(['national animal', 'Canada']);
    expect(unreadPhrases('Which parking permits expire in June?', ['permits'])).toEqual(['parking permits']);
  });
});
