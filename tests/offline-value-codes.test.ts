import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { matchValues } from '../src/catalog/match-values.js';
import { createDuckDbFile } from './helpers/catalog-test-runtime.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * Stored values a question names by a short form (issue 14): a value of several words by its initials in capitals
 * ("DD" for direct_debit), a flag named by one side of a pair by the other side's words ("women" for Is_male = 'F'),
 * a country code in capitals that is also a stop word ("the US"). Made-up columns and questions.
 */
const sets: ColumnValues[] = [
  { table: 'gifts', column: 'paid_by', values: ['direct_debit', 'card', 'cash', 'standing_order'] },
  { table: 'vets', column: 'field', values: ['General Practice', 'Large Animals', 'Dentistry', 'Lab Animals'] },
  { table: 'vets', column: 'badge', values: ['In Duty', 'Off Duty'] },
  { table: 'riders', column: 'Is_male', values: ['T', 'F'] },
];
const lookup = buildValueLookup(sets);
const found = (question: string) => matchValues(lookup, question).filter((match) => match.score >= 1).map((match) => `${match.table}.${match.column}=${match.value}`).sort();

describe('short forms of stored values', () => {
  it('reaches a value of several words by its initials written in capitals', () => {
    expect(found('How many gifts came by DD?')).toEqual(['gifts.paid_by=direct_debit']);
    expect(found('How many GP vets are there?')).toEqual(['vets.field=General Practice']);
  });

  it('takes no initials in lower case, shared by two values, or spelling a word', () => {
    expect(found('gifts paid by dd')).toEqual([]);
    // Large Animals and Lab Animals are both LA.
    expect(found('How many LA vets?')).toEqual([]);
    // In Duty would be ID, which is a word: "the ID of each vet" names no value.
    expect(found('What is the ID of each vet?')).toEqual([]);
    // standing_order would be SO, a stop word.
    expect(found('Were any gifts paid by SO?')).toEqual([]);
  });

  it("names a flag's values by the words for either side of the pair it is named after", () => {
    expect(found('Which riders are women?')).toEqual(['riders.Is_male=F']);
    expect(found('How many female riders?')).toEqual(['riders.Is_male=F']);
    expect(found('How many men ride?')).toEqual(['riders.Is_male=T']);
  });
});

describe('a run over a made-up database', () => {
  const dir = tempDir('sluice-value-codes-');
  const database = join(dir, 'appeal.duckdb');
  const config = join(dir, 'sluice.yml');
  let query: (sql: string) => Promise<unknown[][]>;

  beforeAll(async () => {
    await createDuckDbFile(database, [
      'CREATE TABLE supporters (supporter_id INTEGER PRIMARY KEY, name VARCHAR NOT NULL, country VARCHAR NOT NULL, Is_male VARCHAR NOT NULL)',
      `INSERT INTO supporters VALUES (1, 'Ann Ray', 'United States', 'F'), (2, 'Bo Li', 'Ireland', 'T'), (3, 'Cy Dee', 'United States', 'T'), (4, 'Di Fox', 'United States', 'F'), (5, 'Ed Gay', 'Ireland', 'F')`,
      'CREATE TABLE gifts (gift_id INTEGER PRIMARY KEY, supporter_id INTEGER NOT NULL REFERENCES supporters(supporter_id), paid_by VARCHAR NOT NULL, amount DOUBLE NOT NULL)',
      `INSERT INTO gifts VALUES (1, 1, 'direct_debit', 10), (2, 1, 'card', 25), (3, 2, 'direct_debit', 10), (4, 3, 'cash', 5), (5, 4, 'standing_order', 20), (6, 5, 'direct_debit', 15)`,
    ]);
    writeFileSync(config, `namespaces:\n  appeal:\n    type: duckdb\n    path: ${JSON.stringify(database)}\ncache_dir: ${JSON.stringify(join(dir, 'cache'))}\n`);
    const connection = await (await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' })).connect();
    query = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
  });

  const ask = async (task: string) => {
    const run = await runCli(['run', '--config', config, '--namespace', 'appeal', '--model', 'offline', '--format', 'json', '--save_dir', join(dir, 'save'), '--task', task], { env: { SLUICE_CACHE_DIR: join(dir, 'cache') } });
    return { stderr: run.stderr, answer: (run.stdout ? JSON.parse(run.stdout) : {}) as { status?: string; rows?: unknown[][]; sql?: string } };
  };

  it('counts the gifts paid by the method the initials name', async () => {
    const { answer, stderr } = await ask('How many gifts did we receive by DD?');
    expect(answer.sql, stderr).toMatch(/direct_debit/);
    expect(JSON.stringify(answer.rows)).toBe(JSON.stringify(await query("SELECT count(*)::INTEGER FROM gifts WHERE paid_by = 'direct_debit'")));
  }, 120_000);

  it('keeps the country named by a code in capitals that is also the word "us"', async () => {
    const { answer, stderr } = await ask('How many supporters live in the US?');
    expect(answer.status, stderr).toBe('success');
    expect(JSON.stringify(answer.rows)).toBe(JSON.stringify(await query("SELECT count(*)::INTEGER FROM supporters WHERE country = 'United States'")));
  }, 120_000);

  it('lists the women where the flag is named for men', async () => {
    const { answer, stderr } = await ask('Which of the supporters are women?');
    expect(answer.status, stderr).toBe('success');
    expect(JSON.stringify(answer.rows)).toBe(JSON.stringify(await query("SELECT name FROM supporters WHERE Is_male = 'F'")));
  }, 120_000);
});
