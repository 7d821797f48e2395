import { afterAll, describe, expect, it } from 'vitest';
import { SLOW } from './helpers/slow-plan-cli.js';
import { TEST_CACHE_DIR } from './helpers/run-cli.js';
import { openTmuxTerminal, shellQuote } from './helpers/tmux-terminal.js';

const term = openTmuxTerminal('sluice-short');
afterAll(() => term.close());

/**
 * A terminal a few lines tall (a split pane, a resized window): the live region used to be taller than the screen,
 * so Ink cleared the whole screen on every frame (a blank frame between redraws) and the step under way scrolled
 * off the top, leaving only the steps still waiting and a wrapped status line (helper user30).
 */
async function waitForPane(name: string, needle: RegExp): Promise<string[]> {
  const deadline = Date.now() + 20_000;
  let pane: string[] = [];
  while (Date.now() < deadline) {
    pane = term.screen(name).replace(/\n+$/, '').split('\n').slice(-6);
    if (needle.test(pane.join('\n'))) return pane;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the pane never showed ${String(needle)}; it was:\n${pane.join('\n')}`);
}

describe('the live dashboard on a 20 x 6 terminal', () => {
  it('shows the step under way and the status line, in the rows there are', async () => {
    const name = term.start(term.sluice(`run --task 'How many orders were cancelled?' ${SLOW.map(shellQuote).join(' ')}`), {
      width: 20,
      height: 6,
      env: { SLUICE_CACHE_DIR: TEST_CACHE_DIR },
    });
    // The pause node waits 5 s; the capture has the scrollback too, the pane is its last 6 lines.
    const running = /^[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] pause/m;
    const pane = (await term.waitForText(name, /elapsed/, 90_000)) && (await waitForPane(name, running));
    expect(pane.filter((line) => line.trim() !== '').at(-1)).toMatch(/^ +\d.* elapsed/);
    for (const line of pane) expect(line.length).toBeLessThanOrEqual(20);
    const end = await term.waitForText(name, /EXIT=\d+/, 90_000);
    expect(end).toMatch(/EXIT=0/);
  }, 180_000);
});
