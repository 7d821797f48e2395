import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDuckDbConnector } from '../src/connectors/duckdb-connector.js';
import { createDuckDbFile } from './helpers/catalog-test-runtime.js';

const dir = mkdtempSync(join(tmpdir(), 'sluice-read-duckdb-catalog-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Names a JSON text joined in SQL could break: quotes, backslashes, control characters, separators, non-ASCII. */
const ODD = ['say "hi"', 'back\\slash', 'line\nbreak', 'unit\u001fsep', 'comma,]bracket', 'naïve 名前 🎉'];

describe('DuckDB catalog reader', () => {
  it('reads every column of every table in position order, with its exact name, type, nullability, keys and comment', async () => {
    const file = join(dir, 'odd.duckdb');
    const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
    const text = (value: string) => `'${value.replaceAll("'", "''")}'`;
    const columns = ODD.map((name, i) => `${quote(name)} ${i % 2 ? 'VARCHAR' : 'DECIMAL(10, 2)'}${i === 2 ? ' NOT NULL' : ''}`);
    await createDuckDbFile(file, [
      `CREATE TABLE parent (id INTEGER PRIMARY KEY)`,
      `CREATE TABLE ${quote('odd "table"')} (pid INTEGER REFERENCES parent (id), ${columns.join(', ')})`,
      ...ODD.map((name, i) => `COMMENT ON COLUMN ${quote('odd "table"')}.${quote(name)} IS ${text(`note ${i}: ${name}`)}`),
    ]);
    const connector = await openDuckDbConnector(file);
    try {
      const tables = await connector.introspect();
      expect(tables.map((table) => table.name)).toEqual(['odd "table"', 'parent']);
      expect(tables[0]!.columns).toEqual([
        { name: 'pid', type: 'INTEGER', nullable: true, primary_key: false, references: 'parent.id' },
        ...ODD.map((name, i) => ({ name, type: i % 2 ? 'VARCHAR' : 'DECIMAL(10,2)', nullable: i !== 2, primary_key: false, comment: `note ${i}: ${name}` })),
      ]);
      expect(tables[1]!.columns).toEqual([{ name: 'id', type: 'INTEGER', nullable: false, primary_key: true }]);
    } finally {
      await connector.close();
    }
  });
});
