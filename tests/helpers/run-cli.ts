import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundled bin, as users get it (package.json `bin`; `npm run build` writes it). */
export const CLI = path.join(REPO_ROOT, 'dist/cli/sluice.js');
/** One demo database for the whole test session; builds are atomic, so parallel files can share it. */
export const TEST_CACHE_DIR = path.join(os.tmpdir(), 'sluice-tests-cache');
/** An example store no test writes to: tests that add examples pass their own SLUICE_STATE_DIR. */
export const TEST_STATE_DIR = path.join(os.tmpdir(), 'sluice-tests-state');

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function cliEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  // The developer's own confirmed examples (~/.local/state/sluice) must not change what the offline model answers.
  const env: NodeJS.ProcessEnv = { ...process.env, SLUICE_CACHE_DIR: TEST_CACHE_DIR, SLUICE_STATE_DIR: TEST_STATE_DIR, CI: '1', NO_COLOR: '1', ...extra };
  for (const key of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'SLUICE_MODEL']) if (!(key in extra)) delete env[key];
  return env;
}

export function tempDir(prefix = 'sluice-cli-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Runs the real CLI as a subprocess. */
export function runCli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? tempDir(), env: cliEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}
