import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { valuesBySynonym } from '../src/catalog/values-by-synonym.js';
import { createDuckDbFile } from './helpers/catalog-test-runtime.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * A stored value named by a synonym (issue 14): "telephone" for phone, "seized" for Captured, "kids" for child. Only
 * words WordNet puts in one synonym set: related words (closed / open, dish / dessert) name no value. Made-up data.
 */
const sets: ColumnValues[] = [
  { table: 'bookings', column: 'booked_via', values: ['phone', 'web', 'walk_in'] },
  { table: 'bookings', column: 'status', values: ['open', 'closed', 'cancelled'] },
  { table: 'vessels', column: 'fate', values: ['Captured', 'Sunk', 'Scuttled'] },
  { table: 'dishes', column: 'course', values: ['starter', 'main', 'dessert'] },
];
const lookup = buildValueLookup(sets);
const linked = [
  { name: 'bookings', columns: [{ name: 'booking_id' }, { name: 'booked_via' }, { name: 'status' }] },
  { name: 'vessels', columns: [{ name: 'vessel_id' }, { name: 'fate' }] },
  { name: 'dishes', columns: [{ name: 'dish_id' }, { name: 'course' }, { name: 'price' }] },
];
const found = (question: string) => valuesBySynonym(lookup, question, linked, []).map((match) => `${match.table}.${match.column}=${match.value}`).sort();

describe('stored values named by a synonym', () => {
  it('reaches a one-word value by a word of its synonym set', () => {
    expect(found('How many bookings came over the telephone?')).toEqual(['bookings.booked_via=phone']);
    expect(found('How many vessels were seized?')).toEqual(['vessels.fate=Captured']);
  });

  it('takes no related word that is not a synonym, and no word that names a column', () => {
    // "shut" is a synonym of closed; "locked" only related; open is closed's opposite, never its synonym
    expect(found('Which bookings are locked?')).toEqual([]);
    expect(found('Which dish is the sweetest?')).toEqual([]);
    expect(found('List the price of each dish')).toEqual([]);
  });
});

describe('a run over a made-up database', () => {
  const dir = tempDir('sluice-value-synonyms-');
  const database = join(dir, 'diner.duckdb');
  const config = join(dir, 'sluice.yml');
  let query: (sql: string) => Promise<unknown[][]>;

  beforeAll(async () => {
    await createDuckDbFile(database, [
      'CREATE TABLE bookings (booking_id INTEGER PRIMARY KEY, party INTEGER NOT NULL, booked_via VARCHAR NOT NULL, booked_for DATE NOT NULL)',
      `INSERT INTO bookings VALUES (1, 2, 'phone', DATE '2026-10-01'), (2, 4, 'web', DATE '2026-10-02'), (3, 3, 'phone', DATE '2026-10-02'), (4, 2, 'walk_in', DATE '2026-10-03'), (5, 6, 'web', DATE '2026-10-04')`,
    ]);
    writeFileSync(config, `namespaces:\n  diner:\n    type: duckdb\n    path: ${JSON.stringify(database)}\ncache_dir: ${JSON.stringify(join(dir, 'cache'))}\n`);
    const connection = await (await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' })).connect();
    query = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
  });

  it('counts the bookings made by the channel a synonym names', async () => {
    const run = await runCli(['run', '--config', config, '--namespace', 'diner', '--model', 'offline', '--format', 'json', '--save_dir', join(dir, 'save'), '--task', 'How many bookings were made over the telephone?'], { env: { SLUICE_CACHE_DIR: join(dir, 'cache') } });
    const answer = (run.stdout ? JSON.parse(run.stdout) : {}) as { status?: string; rows?: unknown[][] };
    expect(answer.status, run.stderr).toBe('success');
    expect(JSON.stringify(answer.rows)).toBe(JSON.stringify(await query("SELECT count(*)::INTEGER FROM bookings WHERE booked_via = 'phone'")));
  }, 120_000);
});
