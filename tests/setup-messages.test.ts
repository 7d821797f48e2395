import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/** A loopback port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('messages that say what to set', () => {
  it('--model openai without OPENAI_API_KEY names the variable', async () => {
    const result = await runCli(['run', '--task', 'How many customers are there?', '--model', 'openai']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'sluice: unknown model "openai"; configured models: offline; set OPENAI_API_KEY (and OPENAI_BASE_URL for another OpenAI-compatible server), or add models.openai to sluice.yml\n',
    );
    const other = await runCli(['run', '--task', 'x', '--model', 'claude']);
    expect(other.stderr).toBe('sluice: unknown model "claude"; configured models: offline\n');
  });

  it('an unreachable server is blamed on the setting the URL came from: OPENAI_BASE_URL, or models.X.base_url', async () => {
    const port = await closedPort();
    const fromEnv = await runCli(['run', '--task', 'How many customers are there?', '--model', 'openai', '--no-cache'], {
      env: { OPENAI_API_KEY: 'test-key', OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` },
    });
    expect(fromEnv.code).not.toBe(0);
    expect(fromEnv.stderr).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+\/v1 .*; check OPENAI_BASE_URL and that the server is up/);
    expect(fromEnv.stderr).not.toContain('models.openai.base_url');

    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, 'sluice.yml'),
      `models:\n  local:\n    provider: openai\n    model: m\n    base_url: http://127.0.0.1:${port}/v1\n    retries: 0\n`,
    );
    const fromFile = await runCli(['run', '--task', 'How many customers are there?', '--model', 'local', '--no-cache'], { cwd: dir });
    expect(fromFile.code).not.toBe(0);
    expect(fromFile.stderr).toMatch(/check models\.local\.base_url in sluice\.yml and that the server is up/);
  }, 60_000);
});

describe('batch mode and --format', () => {
  it('refuses csv and markdown in one line instead of quietly writing JSON lines', async () => {
    for (const format of ['csv', 'markdown']) {
      const result = await runCli(['run', '--format', format], { input: 'How many customers are there?\n' });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`sluice: batch mode writes JSON lines; --format ${format} applies to single questions (--task)\n`);
    }
    const json = await runCli(['run', '--format', 'json'], { input: 'How many customers are there?\n' });
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout.trim().split('\n')[0]!)).toMatchObject({ status: 'success' });
  });
});
