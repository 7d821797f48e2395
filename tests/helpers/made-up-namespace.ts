import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createDuckDbFile } from './catalog-test-runtime.js';
import { runCli, tempDir } from './run-cli.js';

export interface CliAnswer {
  status?: string;
  rows?: unknown[][];
  sql?: string;
}

/** A made-up DuckDB namespace in a temporary directory, asked through the real CLI with the offline model, and read directly for the expected rows. */
export interface MadeUpNamespace {
  ask(task: string): Promise<{ stderr: string; answer: CliAnswer }>;
  query(sql: string): Promise<unknown[][]>;
}

/** Creates the database from the statements (call in beforeAll) and a sluice.yml naming it `namespace`. */
export async function madeUpNamespace(namespace: string, statements: readonly string[]): Promise<MadeUpNamespace> {
  const dir = tempDir(`sluice-${namespace}-`);
  const database = join(dir, `${namespace}.duckdb`);
  const config = join(dir, 'sluice.yml');
  await createDuckDbFile(database, statements);
  writeFileSync(config, `namespaces:\n  ${namespace}:\n    type: duckdb\n    path: ${JSON.stringify(database)}\ncache_dir: ${JSON.stringify(join(dir, 'cache'))}\n`);
  const connection = await (await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' })).connect();
  return {
    async ask(task) {
      const run = await runCli(['run', '--config', config, '--namespace', namespace, '--model', 'offline', '--format', 'json', '--save_dir', join(dir, 'save'), '--task', task], { env: { SLUICE_CACHE_DIR: join(dir, 'cache') } });
      return { stderr: run.stderr, answer: (run.stdout ? JSON.parse(run.stdout) : {}) as CliAnswer };
    },
    query: async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][],
  };
}
