import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../src/config/config-schema.js';
import { createRuntime } from '../src/engine/create-runtime.js';

/**
 * A batch opens its DuckDB namespaces with one thread (src/cli/commands/batch-command.ts): DuckDB starts `threads - 1`
 * scheduler threads per instance, so the threads this process gains while a namespace opens tell how it was opened.
 */
let scratch: string;
let file: string;

beforeAll(async () => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-batch-duckdb-threads-'));
  file = path.join(scratch, 'shop.duckdb');
  const instance = await DuckDBInstance.create(file);
  const connection = await instance.connect();
  await connection.run('CREATE TABLE orders (order_id INTEGER, status VARCHAR); INSERT INTO orders VALUES (1, \'open\'), (2, \'shipped\')');
  connection.closeSync();
  instance.closeSync();
  // libuv's pool starts its threads on first use: started now, so it never counts as the namespace's.
  await fs.promises.readFile(file);
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const threadsNow = () => fs.readdirSync('/proc/self/task').length;

async function threadsGained(duckDbThreads: number | undefined, namespaceThreads?: number): Promise<number> {
  const config = ConfigSchema.parse({ namespaces: { shop: { type: 'duckdb', path: file, ...(namespaceThreads ? { threads: namespaceThreads } : {}) } } });
  const runtime = createRuntime({ config, baseDir: scratch, duckDbThreads, env: { SLUICE_CACHE_DIR: path.join(scratch, 'cache') } });
  const before = threadsNow();
  const connector = await runtime.connector('shop');
  try {
    const result = await connector.execute('SELECT COUNT(*) AS n FROM orders');
    expect(result.rows).toEqual([[2]]);
    return threadsNow() - before;
  } finally {
    await runtime.close();
  }
}

describe('DuckDB threads of a batch', () => {
  it('opens a namespace without its own threads on the one thread the batch asks for', async () => {
    expect(await threadsGained(1)).toBe(0);
  });

  it('keeps the connector default (two threads) when nobody asks', async () => {
    expect(await threadsGained(undefined)).toBe(1);
  });

  it('lets the namespace\'s own threads win over the batch\'s', async () => {
    expect(await threadsGained(1, 3)).toBe(2);
  });
});
