import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The real CLI in a real pseudo-terminal: tmux runs it, the test types with send-keys and reads
 * the screen with capture-pane. CI is unset for the child, since the dashboard stays off in CI.
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist', 'cli', 'sluice.js');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `sluice-test-${process.pid}-${Date.now().toString(36)}`;
let work: string;
let sessions = 0;

const PAUSE_NODE = `export const nodes = [
  {
    name: 'pause',
    description: 'waits, so a test can watch a run in flight',
    defaults: { timeout_ms: 60000, retries: 0 },
    async run(context, call) {
      const ms = call.options.parameters?.ms ?? 3000;
      call.progress('waiting ' + ms + ' ms');
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, ms);
        call.signal.addEventListener('abort', () => { clearTimeout(timer); reject(new Error('aborted')); }, { once: true });
      });
      return { context, summary: 'waited ' + ms + ' ms' };
    },
  },
];
`;

const WORKFLOW = `workflow:
  slow:
    - schema_linking
    - parallel: [search_metrics, date_parser]
    - pause: {parameters: {ms: 4000}}
    - generate_sql
    - execute_sql
    - output
`;

function tmux(...args: string[]): string {
  return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** Starts a command in a fresh 120x40 window; after it ends the window stays, showing EXIT=<code>. */
function start(command: string, extraEnv: Record<string, string> = {}): string {
  const name = `s${++sessions}`;
  const env = Object.entries({ SLUICE_CACHE_DIR: path.join(work, 'cache'), TERM: 'xterm-256color', LANG: 'C.UTF-8', ...extraEnv })
    .map(([key, value]) => `${key}=${quote(value)}`)
    .join(' ');
  const script = `cd ${quote(work)} && env -u CI -u CONTINUOUS_INTEGRATION -u OPENAI_API_KEY -u NO_COLOR ${env} ${command}; echo EXIT=$?; sleep 600`;
  tmux('new-session', '-d', '-s', name, '-x', '120', '-y', '40', script);
  return name;
}

/** The window's text, scroll-back included, without colours. */
function screen(name: string, colours = false): string {
  return tmux('capture-pane', '-p', '-J', ...(colours ? ['-e'] : []), '-S', '-', '-t', name);
}

async function waitFor(name: string, test: (text: string) => boolean, what: string, timeoutMs = 45_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = screen(name);
    if (test(text)) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}; the screen was:\n${text}`);
}

const waitForText = (name: string, needle: string | RegExp, timeoutMs?: number) =>
  waitFor(name, (text) => (typeof needle === 'string' ? text.includes(needle) : needle.test(text)), JSON.stringify(String(needle)), timeoutMs);

function type(name: string, text: string): void {
  tmux('send-keys', '-t', name, '-l', text);
  tmux('send-keys', '-t', name, 'Enter');
}

const sluice = (args: string) => `node ${quote(cli)} ${args}`;

beforeAll(() => {
  // A missing tmux fails these tests rather than skipping them: .ci/run installs it (apt-get install tmux).
  if (!hasTmux) throw new Error('the terminal tests need tmux: apt-get install tmux');
  if (!fs.existsSync(cli)) throw new Error(`${cli} is missing: build first (npx tsc -p tsconfig.json)`);
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-tty-'));
  fs.writeFileSync(path.join(work, 'pause-node.mjs'), PAUSE_NODE);
  fs.writeFileSync(path.join(work, 'sluice.yml'), 'plugins:\n  - ./pause-node.mjs\n');
  fs.writeFileSync(path.join(work, 'workflow.yml'), WORKFLOW);
  // Builds the demo database once, so the sessions below start quickly.
  execFileSync(process.execPath, [cli, 'sql', 'SELECT 1'], { cwd: work, env: { ...process.env, SLUICE_CACHE_DIR: path.join(work, 'cache') } });
}, 120_000);

afterAll(() => {
  if (!hasTmux) return;
  spawnSync('tmux', ['-L', socket, 'kill-server']);
  fs.rmSync(work, { recursive: true, force: true });
});

describe('in a real terminal (tmux)', () => {
  it('holds an interactive session: commands, a question, history, errors, exit', async () => {
    const s = start(sluice('chat --save_dir ./chat-save'));
    await waitForText(s, 'interactive session · namespace demo · plan reflection · model offline');
    await waitForText(s, /^demo\/reflection ›/m);

    type(s, '/help');
    await waitForText(s, /\/schema TABLE\s+columns of a table/);

    type(s, '/tables');
    const tables = await waitForText(s, /tables in demo/);
    expect(tables).toMatch(/customers\s+[\d,]+ rows\s+\d+ columns/);
    expect(tables).toMatch(/orders\s+[\d,]+ rows/);

    type(s, '/schema customers');
    await waitForText(s, /customer_id\s+│ INTEGER\s+│ PK/);

    type(s, '/frobnicate now');
    await waitForText(s, '✗ unknown command /frobnicate; /help lists the commands');

    type(s, 'How many orders per status');
    const answered = await waitForText(s, '✓ answered');
    expect(answered).toMatch(/◆ How many orders per status/);
    expect(answered).toMatch(/✓ schema_linking\s+\S+\s+\d+ tables? linked/);
    expect(answered).toMatch(/✓ execute_sql\s+\S+\s+\d+ rows?/);
    expect(answered).toMatch(/SELECT/);
    expect(answered).toMatch(/status\s+│ order_count\s+order_count by status/);
    expect(answered).toMatch(/completed\s+█+/);
    await waitForText(s, /✓ answered[^\n]*\n(?:.*\n)*demo\/reflection ›/);

    type(s, '/plan nope');
    await waitForText(s, '✗ unknown plan "nope"');
    type(s, '/plan fixed');
    await waitForText(s, /^demo\/fixed ›/m);

    type(s, '/sql SELECT count(*) AS n FROM customers');
    await waitForText(s, /^\s*n\s*$/m);
    type(s, '/sql DELETE FROM customers');
    await waitForText(s, /✗ .*(refused|read-only|only SELECT)/i);

    // The arrow keys walk back through what was typed.
    tmux('send-keys', '-t', s, 'Up');
    await waitForText(s, /^demo\/fixed › \/sql DELETE FROM customers\s*$/m);
    tmux('send-keys', '-t', s, 'Up');
    await waitForText(s, /^demo\/fixed › \/sql SELECT count\(\*\) AS n FROM customers\s*$/m);
    tmux('send-keys', '-t', s, 'C-u');
    await waitForText(s, /^demo\/fixed ›\s*$/m);

    type(s, '/history');
    await waitForText(s, /Recent runs in \.\/chat-save[\s\S]*success\s+How many orders per status/);

    type(s, '/exit');
    await waitForText(s, 'EXIT=0');
  }, 120_000);

  it('in the session, Ctrl-C cancels only the question, and /resume finishes it', async () => {
    const s = start(sluice('chat --plan slow --save_dir ./chat-cancel'));
    await waitForText(s, /^demo\/slow ›/m);
    type(s, 'How many orders per status');
    await waitForText(s, /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] pause\s+\S+\s+waiting 4000 ms/);
    tmux('send-keys', '-t', s, 'C-c');
    const cancelled = await waitForText(s, /Resume it with: \/resume \S+[\s\S]*demo\/slow ›/);
    expect(cancelled).toMatch(/– pause\s+cancelled; runs again on resume/);
    expect(cancelled).not.toContain('EXIT=');

    type(s, '/resume');
    const resumed = await waitForText(s, /↻ resume How many orders per status[\s\S]*✓ answered[\s\S]*demo\/slow ›/, 60_000);
    expect(resumed).toMatch(/✓ schema_linking\s+\S+\s+earlier run: /);
    expect(resumed).toMatch(/✓ pause\s+\S+\s+waited 4000 ms/);

    tmux('send-keys', '-t', s, 'C-d');
    await waitForText(s, 'EXIT=0');
  }, 120_000);

  it('shows the live dashboard for `sluice run`, cancels on Ctrl-C with the resume command, and resumes', async () => {
    const s = start(sluice('run --task "How many orders per status" --plan slow --save_dir ./run-save'));
    const live = await waitForText(s, /[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏] pause\s+\S+\s+waiting 4000 ms/);
    expect(live).toMatch(/◆ How many orders per status/);
    expect(live).toContain('namespace demo · plan slow · model offline');
    expect(live).toMatch(/✓ schema_linking\s+\S+\s+\d+ tables? linked/);
    expect(live).toMatch(/✓ parallel \(2\)\s+\S+\s+2 branches done/);
    expect(live).toMatch(/✓\s+├ search_metrics/);
    expect(live).toMatch(/✓\s+└ date_parser/);
    expect(live).toMatch(/^· generate_sql\s*$/m);
    expect(live).toMatch(/^· output\s*$/m);
    expect(live).toContain('Ctrl-C cancels');

    tmux('send-keys', '-t', s, 'C-c');
    const cancelled = await waitForText(s, 'EXIT=130');
    expect(cancelled).toMatch(/– pause\s+cancelled; runs again on resume/);
    expect(cancelled).toMatch(/– generate_sql\s+not run/);
    expect(cancelled).toContain('■ cancelled after');
    const runId = /Resume it with: sluice resume --save_dir \.\/run-save --run (\S+)/.exec(cancelled)?.[1];
    expect(runId).toBeTruthy();

    const r = start(sluice(`resume --save_dir ./run-save --run ${runId}`));
    const resumed = await waitForText(r, 'EXIT=0', 60_000);
    expect(resumed).toContain('↻ resume How many orders per status');
    expect(resumed).toMatch(/✓ schema_linking\s+\S+\s+earlier run: \d+ tables? linked/);
    expect(resumed).toMatch(/✓ pause\s+\S+\s+waited 4000 ms/);
    expect(resumed).toMatch(/✓ execute_sql\s+\S+\s+\d+ rows?/);
    expect(resumed).toContain('✓ answered');
  }, 120_000);

  it('shows dynamic insertion by reflection in place', async () => {
    const s = start(sluice('run --task "revenue by region and by weather" --save_dir ./run-save'));
    // Revenue is in the data, region and weather are not: reflection searches the docs for them, and the run
    // ends unsure (exit 3) naming them, never success. ("Average shoe size", asked of nothing, is unanswerable.)
    const text = await waitForText(s, /EXIT=\d+/);
    expect(text).toContain('EXIT=3');
    const names = text
      .split('\n')
      .filter((line) => /^[✓✗–·] (↳ )?[a-z_]+(?: #\d+)?(\s{2,}|$)/.test(line))
      .map((line) => line.slice(2).trim().split(/\s{2,}/)[0]);
    const reflectAt = names.indexOf('reflect');
    // schema_linking adds search_metrics in place, since the demo namespace has metrics.
    expect(names.slice(0, reflectAt + 1)).toEqual(['schema_linking', '↳ search_metrics', 'generate_sql', 'execute_sql', 'reflect']);
    const inserted = names.slice(reflectAt + 1, -1);
    expect(inserted.length).toBeGreaterThan(1);
    expect(inserted.every((name) => /^↳ [a-z_]+ #1$/.test(name))).toBe(true);
    expect(inserted.at(-1)).toBe('↳ reflect #1');
    expect(names.at(-1)).toBe('output');
    expect(text).toMatch(/✓ reflect\s+\S+\s+(reflect: )?\w+/);
  }, 120_000);

  it('shows a batch dashboard on a terminal stderr while JSON lines go to stdout', async () => {
    const questions = Array.from({ length: 60 }, (_, i) => (i % 10 === 9 ? '{"id": "broken", "task": ' : ['How many orders per status', 'Revenue by customer segment'][i % 2]));
    fs.writeFileSync(path.join(work, 'questions.txt'), `${questions.join('\n')}\n`);
    const s = start(sluice('run --save_dir ./batch-save --concurrency 4 < questions.txt > answers.jsonl'));
    const text = await waitForText(s, /EXIT=\d+/, 60_000);
    expect(text).toContain('EXIT=1');
    expect(text).toMatch(/✗ line 10 \(broken\)\s+malformed JSON/);
    expect(text).toContain('60 questions: 54 answered, 6 not answered');
    const answers = fs.readFileSync(path.join(work, 'answers.jsonl'), 'utf8').trimEnd().split('\n');
    expect(answers).toHaveLength(60);
    expect(answers.every((line) => !line.includes('\u001B'))).toBe(true);
  }, 120_000);

  it('stays plain when CI is set, and colourless with NO_COLOR', async () => {
    const ci = start(sluice('run --task "How many orders per status" --plan fixed --save_dir ./run-save'), { CI: '1' });
    const plain = await waitForText(ci, 'EXIT=0');
    expect(plain).toMatch(/\[\s*[\d.]+s\] ✓ schema_linking: /);
    expect(plain).not.toContain('◆');

    const mono = start(sluice('run --task "How many orders per status" --plan fixed --save_dir ./run-save'), { NO_COLOR: '1' });
    await waitForText(mono, 'EXIT=0');
    const raw = screen(mono, true);
    expect(raw).toContain('◆ How many orders per status');
    expect(raw).not.toMatch(/\u001B\[[0-9;]*[1-9][0-9;]*m/);
  }, 120_000);
});
