import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real CLI in a real pseudo-terminal: tmux runs it, a test types with send-keys and reads the
 * screen with capture-pane. CI is unset for the child, since the dashboard stays off in CI.
 */
export interface TmuxTerminal {
  work: string;
  /** Starts a command in a fresh window; after it ends the window stays, showing EXIT=<code>. */
  start(command: string, options?: { width?: number; height?: number; env?: Record<string, string> }): string;
  screen(name: string): string;
  waitForText(name: string, needle: string | RegExp, timeoutMs?: number): Promise<string>;
  type(name: string, text: string): void;
  keys(name: string, ...keys: string[]): void;
  /** Sends the keys in one tmux command, so they reach the program in one read, as from a fast sender. */
  together(name: string, ...keys: string[]): void;
  resize(name: string, width: number): void;
  /** The CLI as a shell command. */
  sluice(args: string): string;
  close(): void;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const cliPath = path.join(root, 'dist', 'cli', 'sluice.js');
export const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** A tmux server of its own and a scratch folder; fails (never skips) without tmux or a build. */
export function openTmuxTerminal(prefix: string): TmuxTerminal {
  if (spawnSync('tmux', ['-V']).status !== 0) throw new Error('the terminal tests need tmux: apt-get install tmux');
  if (!fs.existsSync(cliPath)) throw new Error(`${cliPath} is missing: build first (npm run build)`);
  const socket = `${prefix}-${process.pid}-${Date.now().toString(36)}`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  let sessions = 0;
  const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const screen = (name: string) => tmux('capture-pane', '-p', '-J', '-S', '-', '-t', name);
  return {
    work,
    start(command, options = {}) {
      const name = `s${++sessions}`;
      const env = Object.entries({ SLUICE_CACHE_DIR: path.join(work, 'cache'), TERM: 'xterm-256color', LANG: 'C.UTF-8', ...options.env })
        .map(([key, value]) => `${key}=${shellQuote(value)}`)
        .join(' ');
      const script = `cd ${shellQuote(work)} && env -u CI -u CONTINUOUS_INTEGRATION -u OPENAI_API_KEY -u NO_COLOR ${env} ${command}; echo EXIT=$?; sleep 600`;
      tmux('new-session', '-d', '-s', name, '-x', String(options.width ?? 120), '-y', String(options.height ?? 40), script);
      return name;
    },
    screen,
    async waitForText(name, needle, timeoutMs = 45_000) {
      const deadline = Date.now() + timeoutMs;
      let text = '';
      while (Date.now() < deadline) {
        text = screen(name);
        if (typeof needle === 'string' ? text.includes(needle) : needle.test(text)) return text;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`timed out waiting for ${String(needle)}; the screen was:\n${text}`);
    },
    type(name, text) {
      tmux('send-keys', '-t', name, '-l', text);
      tmux('send-keys', '-t', name, 'Enter');
    },
    keys(name, ...keys) {
      for (const key of keys) tmux('send-keys', '-t', name, key);
    },
    together(name, ...keys) {
      tmux('send-keys', '-t', name, ...keys);
    },
    resize(name, width) {
      tmux('resize-window', '-t', name, '-x', String(width));
    },
    sluice: (args) => `node ${shellQuote(cliPath)} ${args}`,
    close() {
      spawnSync('tmux', ['-L', socket, 'kill-server']);
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}
