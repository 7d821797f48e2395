import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, TEST_CACHE_DIR } from './helpers/run-cli.js';
import { openTmuxTerminal, type TmuxTerminal } from './helpers/tmux-terminal.js';

let term: TmuxTerminal;
let state: string;
const PROMPT = /^demo\/reflection ›/m;

beforeAll(async () => {
  term = openTmuxTerminal('sluice-good');
  state = path.join(term.work, 'state');
  // Builds the shared demo database once, so the session below starts quickly.
  const built = await runCli(['sql', 'SELECT 1']);
  expect(built.code, built.stderr).toBe(0);
}, 120_000);

afterAll(() => term?.close());

describe('chat /good', () => {
  it('keeps the last answered question and its SQL as a confirmed example, and says so when nothing was answered yet', async () => {
    // An earlier session's answered run, newest in the save dir when chat starts: /good must not confirm it.
    const earlier = await runCli(['run', '--task', 'How many orders are there?', '--save_dir', './save', '--current_date', '2025-06-30'], {
      cwd: term.work,
      env: { SLUICE_STATE_DIR: state },
    });
    expect([0, 3], earlier.stderr).toContain(earlier.code);
    const s = term.start(term.sluice('chat --save_dir ./save --current_date 2025-06-30'), {
      width: 140,
      env: { SLUICE_STATE_DIR: state, SLUICE_CACHE_DIR: TEST_CACHE_DIR, XDG_STATE_HOME: path.join(term.work, 'xdg') },
    });
    await term.waitForText(s, PROMPT);
    term.type(s, '/good');
    await term.waitForText(s, 'no question answered yet in this session');

    term.type(s, 'How many customers are in California?');
    await term.waitForText(s, /success|unsure/);
    term.type(s, '/good');
    // It says where it wrote: the user's own store, which every folder shares (helper user22).
    await term.waitForText(s, new RegExp(`kept as example (\\w+) of demo in ${state.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/examples/demo\\.jsonl: How many customers are in California\\?\\s+\\(sluice\\s+examples\\s+remove\\s+\\1\\s+forgets\\s+it\\)`));
    term.type(s, '/good');
    await term.waitForText(s, /already kept as example/);
    term.type(s, '/exit');
    await term.waitForText(s, 'EXIT=0');

    const listed = await runCli(['examples', 'list', '--format', 'json'], { env: { SLUICE_STATE_DIR: state } });
    expect(listed.code, listed.stderr).toBe(0);
    const examples = JSON.parse(listed.stdout);
    expect(examples).toEqual([expect.objectContaining({ question: 'How many customers are in California?', namespace: 'demo', source: 'chat' })]);
    const saved = fs
      .readdirSync(path.join(term.work, 'save'))
      .map((runId) => JSON.parse(fs.readFileSync(path.join(term.work, 'save', runId, 'state.json'), 'utf8')).context)
      .find((context) => context.task.text === 'How many customers are in California?');
    expect(examples[0].sql).toBe(saved.sql_attempts.at(-1).sql);
  }, 90_000);
});
