import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Vitest global setup: when no test servers are named (SLUICE_TEST_POSTGRES_URL / SLUICE_TEST_MYSQL_URL, as
 * `.ci/run` sets them), start PostgreSQL and MariaDB from their Debian packages with `.ci/start-databases.sh`,
 * without installing anything, and stop them afterwards. When the packages are missing the tests that need a
 * server fail and say how to install it.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let startedHere = false;

export function setup(): void {
  if (process.env.SLUICE_TEST_POSTGRES_URL && process.env.SLUICE_TEST_MYSQL_URL) return;
  try {
    const output = execFileSync('bash', [path.join(root, '.ci/start-databases.sh')], {
      env: { ...process.env, SLUICE_DB_INSTALL: '0' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
    for (const [, name, value] of output.matchAll(/^export (\w+)=(\S+)$/gm)) process.env[name!] = value;
    startedHere = output.includes("# started");
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    process.stderr.write(`test databases not started: ${stderr || (error as Error).message}\n`);
  }
}

export function teardown(): void {
  if (!startedHere || process.env.SLUICE_KEEP_TEST_DATABASES) return;
  execFileSync('bash', [path.join(root, '.ci/stop-databases.sh')], { stdio: 'ignore', timeout: 120_000 });
}
