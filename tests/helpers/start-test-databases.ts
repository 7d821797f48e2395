import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './run-cli.js';

export interface TestDatabases {
  /** SLUICE_TEST_POSTGRES_URL and SLUICE_TEST_MYSQL_URL, as `.ci/start-databases.sh` prints them. */
  urls: Record<string, string>;
  /** The servers' data folder. */
  dir: string;
  /** Stops this pair and removes its data folder; a no-op for a shared pair (SLUICE_KEEP_TEST_DATABASES). */
  stop(): void;
}

/**
 * Starts PostgreSQL and MariaDB with `.ci/start-databases.sh` (never installing them). Each call starts its own pair,
 * in a data folder of its own on free loopback ports, so two test runs on one machine never stop each other's
 * servers. With SLUICE_KEEP_TEST_DATABASES in `env` it starts (or reuses) the shared pair of the script's defaults
 * instead and leaves it running for the next run (`bash .ci/stop-databases.sh` stops it). Throws the script's
 * message when a server does not start, after stopping whatever of the pair did.
 */
export async function startTestDatabases(env: NodeJS.ProcessEnv = process.env): Promise<TestDatabases> {
  const keep = Boolean(env.SLUICE_KEEP_TEST_DATABASES);
  const pgPort = await freeLoopbackPort();
  let mysqlPort = await freeLoopbackPort();
  while (mysqlPort === pgPort) mysqlPort = await freeLoopbackPort();
  const own = keep
    ? {}
    : { SLUICE_DB_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-test-databases-')), SLUICE_PG_PORT: String(pgPort), SLUICE_MYSQL_PORT: String(mysqlPort) };
  const scriptEnv = { ...env, ...own, SLUICE_DB_INSTALL: '0' };
  const stop = () => {
    if (!keep) execFileSync('bash', [path.join(REPO_ROOT, '.ci/stop-databases.sh')], { env: scriptEnv, stdio: 'ignore', timeout: 120_000 });
  };
  let output: string;
  try {
    output = execFileSync('bash', [path.join(REPO_ROOT, '.ci/start-databases.sh')], {
      env: scriptEnv,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 120_000,
    });
  } catch (error) {
    stop();
    throw new Error((error as { stderr?: string }).stderr?.trim() || (error as Error).message);
  }
  const urls: Record<string, string> = {};
  for (const [, name, value] of output.matchAll(/^export (\w+)=(\S+)$/gm)) urls[name!] = value!;
  return { urls, dir: scriptEnv.SLUICE_DB_DIR ?? '/tmp/sluice-test-databases', stop };
}

/** A TCP port on 127.0.0.1 that nothing listens on now (the system picks it), for a test server to take. */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
