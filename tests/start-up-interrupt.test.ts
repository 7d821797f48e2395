import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, cliEnv, tempDir } from './helpers/run-cli.js';
import { finished } from './helpers/slow-plan-cli.js';
import { openTmuxTerminal } from './helpers/tmux-terminal.js';

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);

/**
 * Ctrl-C while sluice starts (here: a plugin that takes its time to load, as a first run's demo build or a large
 * catalog does), before the progress lines or the dashboard take Ctrl-C over. It used to end the process by the
 * signal's default action: no word said, so a user could not tell a cancel from a crash (helper user22).
 */
async function interruptWhileStarting(args: string[], input?: string) {
  const cwd = tempDir();
  const mark = path.join(cwd, 'loading');
  fs.writeFileSync(
    path.join(cwd, 'slow-load.mjs'),
    `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(mark)}, 'x');\nawait new Promise((resolve) => setTimeout(resolve, 60000));\nexport const nodes = [];\n`,
  );
  fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'plugins:\n  - ./slow-load.mjs\n');
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: cliEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
  const done = finished(child);
  if (input !== undefined) child.stdin.end(input);
  else child.stdin.end();
  const deadline = Date.now() + 60_000;
  while (!fs.existsSync(mark)) {
    if (Date.now() > deadline) throw new Error('the plugin never started loading');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  child.kill('SIGINT');
  const result = await done;
  return { ...result, cwd };
}

describe('Ctrl-C while sluice starts says so in one line and leaves nothing behind', () => {
  it('run --task: exit 130, one line, no run folder', async () => {
    const result = await interruptWhileStarting(['run', '--task', 'How many orders per status']);
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/^sluice: cancelled \(Ctrl-C\) while starting, before the run began; nothing was saved$/m);
    noStack(result.stderr);
    expect(result.stdout).toBe('');
    expect(fs.existsSync(path.join(result.cwd, 'save'))).toBe(false);
  });

  it('batch from stdin: exit 130, one line, no answer lines', async () => {
    const result = await interruptWhileStarting(['run'], 'How many orders per status\n');
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/^sluice: cancelled \(Ctrl-C\) while starting, before any question was read; nothing was saved$/m);
    noStack(result.stderr);
    expect(result.stdout).toBe('');
  });

  it('resume: exit 130, one line, the run left as it was', async () => {
    const result = await interruptWhileStarting(['resume', '--run', 'nope']);
    expect(result.code).toBe(130);
    expect(result.stderr).toMatch(/^sluice: cancelled \(Ctrl-C\) while starting the resume; the run is as it was and stays resumable$/m);
    noStack(result.stderr);
  });
});

describe('Ctrl-C while the interactive session starts (a real terminal)', () => {
  it('sluice chat and sluice alone: exit 130 and the same one line as run, not silence', async () => {
    const terminal = openTmuxTerminal('sluice-chat-start');
    try {
      const mark = path.join(terminal.work, 'loading');
      fs.writeFileSync(
        path.join(terminal.work, 'slow-load.mjs'),
        `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(mark)}, 'x');\nawait new Promise((resolve) => setTimeout(resolve, 60000));\nexport const nodes = [];\n`,
      );
      fs.writeFileSync(path.join(terminal.work, 'sluice.yml'), 'plugins:\n  - ./slow-load.mjs\n');
      for (const args of ['chat', '']) {
        fs.rmSync(mark, { force: true });
        const name = terminal.start(terminal.sluice(args));
        const deadline = Date.now() + 60_000;
        while (!fs.existsSync(mark)) {
          if (Date.now() > deadline) throw new Error(`the plugin never started loading:\n${terminal.screen(name)}`);
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        terminal.keys(name, 'C-c');
        const screen = await terminal.waitForText(name, /EXIT=\d+/);
        expect(screen, `sluice ${args}`).toMatch(/sluice: cancelled \(Ctrl-C\) while starting the interactive session; nothing was saved/);
        expect(screen).toContain('EXIT=130');
        noStack(screen);
      }
    } finally {
      terminal.close();
    }
  });
});
