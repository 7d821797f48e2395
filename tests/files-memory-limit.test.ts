import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SqlError, type Connector } from '../src/connectors/connector.js';
import { openFilesConnector } from '../src/connectors/files/open-files-connector.js';

/** A files namespace is a DuckDB instance too: its queries are bounded by the namespace's memory_limit. */
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-files-memory-'));
fs.writeFileSync(path.join(folder, 'people.csv'), 'id,name\n1,Ada\n2,Grace\n');
let connector: Connector | undefined;

afterAll(async () => {
  await connector?.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('files namespace memory limit', () => {
  it('answers within the limit and turns running out of it into one reflectable line naming memory_limit', async () => {
    connector = await openFilesConnector(folder, { memoryLimit: '256MB', threads: 1 });
    const small = await connector.execute('SELECT COUNT(*) FROM people');
    expect(small.rows).toEqual([[2]]);
    const error = await connector.execute('SELECT list(range) FROM range(2000000000)', { timeoutMs: 60_000 }).then(
      () => undefined,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(SqlError);
    expect((error as SqlError).message).toMatch(/memory_limit/);
    expect((error as SqlError).message).toContain('256MB');
    expect((error as SqlError).message).not.toContain('\n');
  });
});
