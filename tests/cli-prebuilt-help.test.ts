import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureHelp } from '../src/cli/capture-help.js';
import { helpRequests } from '../src/cli/help-requests.js';
import { buildProgram } from '../src/cli/main.js';
import { CLI, REPO_ROOT, cliEnv, tempDir } from './helpers/run-cli.js';

/**
 * The bin answers help and version requests from texts captured when it was built. They must be what the program
 * prints: compared with commander run in this process from the source, and with the bundled program itself run
 * without the bin (dist/cli/sluice-main.cjs), both with stdout a pipe as here.
 */
const work = tempDir('sluice-help-');

function spawnNode(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: work, env: cliEnv({ SLUICE_CACHE_DIR: path.join(work, 'cache'), ...env }), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

const bin = (args: string[]) => spawnNode([CLI, ...args]);
// The program's path goes in the environment: were it argv[1], main.ts would take itself for the command run directly.
const program = (args: string[]) =>
  spawnNode(['-e', 'require(process.env.PROGRAM).startCli([process.execPath, "sluice", ...process.argv.slice(1)])', '--', ...args], {
    PROGRAM: path.join(REPO_ROOT, 'dist/cli/sluice-main.cjs'),
  });

const requests = helpRequests(buildProgram());

describe('prebuilt help', () => {
  it('covers the root, every command and subcommand, and the version', () => {
    const keys = requests.map((args) => args.join(' '));
    for (const key of ['', '--help', '-h', '--version', '-v', 'help', 'run --help', 'run -h', 'help run', 'demo load --help', 'examples add -h', 'bench import --help']) {
      expect(keys).toContain(key);
    }
  });

  it('prints, for every request, what commander prints for it from the source', async () => {
    expect(requests.length).toBeGreaterThan(30);
    for (let i = 0; i < requests.length; i += 4) {
      const batch = requests.slice(i, i + 4);
      const results = await Promise.all(batch.map((args) => bin(args)));
      for (const [index, args] of batch.entries()) {
        const expected = await captureHelp(args);
        expect(expected, args.join(' ')).toBeTruthy();
        expect(results[index]!.stdout, `sluice ${args.join(' ')}`).toBe(expected);
        expect(results[index]!.code, `sluice ${args.join(' ')}`).toBe(0);
        expect(results[index]!.stderr).toBe('');
      }
    }
  }, 240_000);

  it('prints what the bundled program prints without the bin', async () => {
    for (const args of [['--help'], ['run', '--help'], ['--version'], ['help', 'examples'], ['bench', 'import', '-h']]) {
      const [fromBin, fromProgram] = await Promise.all([bin(args), program(args)]);
      expect(fromProgram.code, fromProgram.stderr).toBe(0);
      expect(fromProgram.stdout.length).toBeGreaterThan(0);
      expect(fromBin.stdout, `sluice ${args.join(' ')}`).toBe(fromProgram.stdout);
    }
  }, 120_000);

  it('leaves anything that is not only a help request to the program', async () => {
    const unknown = await bin(['--help', '--bogus']);
    const fromProgram = await program(['--help', '--bogus']);
    expect(unknown.stdout).toBe(fromProgram.stdout);
    expect(unknown.code).toBe(fromProgram.code);
    const bad = await bin(['run', '--format', 'pdf', '--task', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/argument 'pdf' is invalid/);
  }, 120_000);

  it('ends quietly with 141 when the reader of the help has gone', async () => {
    const result = await new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, '--help'], { cwd: work, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stdout.destroy();
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stderr }));
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(141);
  }, 60_000);
});
