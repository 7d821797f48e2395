import fs from 'node:fs';
import path from 'node:path';
import mysql from 'mysql2/promise';
import pg from 'pg';
import { demoFiles } from '../../src/demo/demo-files.js';
import { MYSQL_ADMIN_URL, POSTGRES_ADMIN_URL, missingServerMessage, scratchName, withDatabase, connectPostgresAdmin } from './real-servers.js';
import { TEST_CACHE_DIR, runCli, tempDir, type CliResult } from './run-cli.js';

/** The namespaces a scratch sluice.yml names: the demo loaded into PostgreSQL, MariaDB and SQLite. */
export const ENGINE_NAMESPACES = { postgres: 'pg', mysql: 'maria', sqlite: 'lite' } as const;
export type LoadableEngine = keyof typeof ENGINE_NAMESPACES;

export interface DemoEngines {
  /** Folder holding sluice.yml (run the CLI with it as cwd). */
  dir: string;
  config: string;
  postgresUrl: string;
  mysqlUrl: string;
  sqliteFile: string;
  /** `sluice demo load --namespace NS` (plus extra flags) through the real CLI. */
  load(engine: LoadableEngine, ...flags: string[]): Promise<CliResult>;
  /** Drops the scratch databases and the folder. */
  drop(): Promise<void>;
}

/** Scratch PostgreSQL and MariaDB databases, a SQLite path and a sluice.yml naming them with the demo's metrics and docs. */
export async function createDemoEngines(label: string): Promise<DemoEngines> {
  const database = scratchName(label);
  const admin = await connectPostgresAdmin();
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  let myAdmin: mysql.Connection;
  try {
    myAdmin = await mysql.createConnection(MYSQL_ADMIN_URL);
  } catch (error) {
    throw new Error(missingServerMessage('MariaDB', MYSQL_ADMIN_URL, error));
  }
  await myAdmin.query(`CREATE DATABASE ${database}`);
  await myAdmin.end();

  const dir = tempDir('sluice-demo-engines-');
  const demo = demoFiles(TEST_CACHE_DIR);
  const postgresUrl = withDatabase(POSTGRES_ADMIN_URL, database);
  const mysqlUrl = withDatabase(MYSQL_ADMIN_URL, database);
  const sqliteFile = path.join(dir, 'data', 'demo.sqlite');
  const shared = `    metrics: ${demo.metrics}\n    docs: ${demo.docs}\n`;
  const config = path.join(dir, 'sluice.yml');
  fs.writeFileSync(
    config,
    `namespaces:\n` +
      `  pg:\n    type: postgres\n    url: ${postgresUrl}\n${shared}` +
      `  maria:\n    type: mysql\n    url: ${mysqlUrl}\n${shared}` +
      `  lite:\n    type: sqlite\n    path: ./data/demo.sqlite\n${shared}`,
  );
  return {
    dir,
    config,
    postgresUrl,
    mysqlUrl,
    sqliteFile,
    load: (engine, ...flags) => runCli(['demo', 'load', '--namespace', ENGINE_NAMESPACES[engine], ...flags], { cwd: dir, timeoutMs: 180_000 }),
    async drop() {
      const pgAdmin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await pgAdmin.connect();
      await pgAdmin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await pgAdmin.end();
      const my = await mysql.createConnection(MYSQL_ADMIN_URL);
      await my.query(`DROP DATABASE IF EXISTS ${database}`);
      await my.end();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
