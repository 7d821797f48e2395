import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SLOW } from './helpers/slow-plan-cli.js';
import { TEST_CACHE_DIR } from './helpers/run-cli.js';
import { openTmuxTerminal, shellQuote } from './helpers/tmux-terminal.js';

const term = openTmuxTerminal('sluice-short-chat');
afterAll(() => term.close());

/** The last `rows` lines of the pane (the capture has the scrollback too) once they show `needle`. */
async function waitForPane(name: string, needle: RegExp, rows: number): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  let pane: string[] = [];
  while (Date.now() < deadline) {
    pane = term.screen(name).replace(/\n+$/, '').split('\n').slice(-rows);
    if (needle.test(pane.join('\n'))) return pane;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the pane never showed ${String(needle)}; it was:\n${pane.join('\n')}`);
}

describe('chat on a 20 x 6 terminal', () => {
  it("keeps a question's live part to the rows there are: the step under way and the status line", async () => {
    const name = term.start(term.sluice(`chat --save_dir ./save ${SLOW.map(shellQuote).join(' ')}`), {
      width: 20,
      height: 6,
      env: { SLUICE_CACHE_DIR: TEST_CACHE_DIR, XDG_STATE_HOME: path.join(term.work, 'state') },
    });
    await term.waitForText(name, /›/, 60_000);
    term.type(name, 'How many orders were cancelled?');
    // The pause node waits 5 s.
    const pane = (await term.waitForText(name, /elapsed/, 90_000)) && (await waitForPane(name, /^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] pause/m, 6));
    expect(pane.filter((line) => line.trim() !== '').at(-1)).toMatch(/^ +\d.* elapsed/);
    for (const line of pane) expect(line.length).toBeLessThanOrEqual(20);
    await term.waitForText(name, /✓ answered|\? unsure|✗/, 90_000);
    term.keys(name, 'C-d');
    await term.waitForText(name, /EXIT=0/, 30_000);
  }, 180_000);
});
