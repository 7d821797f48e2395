import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildValueLookup, type ColumnValues } from '../src/catalog/build-value-lookup.js';
import { matchValues } from '../src/catalog/match-values.js';
import { createDuckDbFile } from './helpers/catalog-test-runtime.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * Values a question names in everyday words the data stores otherwise (issue 14): countries as ISO or IOC codes or
 * by name, single letters a column's name gives the meaning of, yes/no flags. Made-up columns and questions.
 */
const sets: ColumnValues[] = [
  { table: 'parcels', column: 'dest', values: ['GB', 'NL', 'FR', 'DE', 'IT'] },
  { table: 'athletes', column: 'nation', values: ['GER', 'SUI', 'NED', 'USA'] },
  { table: 'athletes', column: 'throws', values: ['L', 'R'] },
  { table: 'athletes', column: 'throwing_hand', values: ['L', 'R'] },
  { table: 'staff', column: 'sex', values: ['M', 'F'] },
  { table: 'staff', column: 'gender', values: ['Male', 'Female'] },
  { table: 'staff', column: 'smoker_yn', values: ['Y', 'N'] },
  { table: 'airports', column: 'Country', values: ['United States', 'Mexico'] },
  { table: 'depots', column: 'city', values: ['Paris', 'Lyon', 'Nice'] },
  { table: 'depots', column: 'is_hq', values: ['true', 'false'] },
];
const lookup = buildValueLookup(sets);
const found = (question: string) => matchValues(lookup, question).filter((match) => match.score >= 1).map((match) => `${match.table}.${match.column}=${match.value}`).sort();

describe('everyday names of stored values', () => {
  it('reaches country codes by the country, its everyday name, its demonym and its other codes', () => {
    expect(found('How many parcels went to the UK?')).toEqual(['parcels.dest=GB']);
    expect(found('parcels sent to the Netherlands')).toEqual(['athletes.nation=NED', 'parcels.dest=NL']);
    expect(found('parcels for Holland')).toEqual(['athletes.nation=NED', 'parcels.dest=NL']);
    expect(found('How many Swiss athletes?')).toEqual(['athletes.nation=SUI']);
    expect(found('list the Germans')).toEqual(['athletes.nation=GER', 'parcels.dest=DE']);
    expect(found('Italian parcels')).toEqual(['parcels.dest=IT']);
    expect(found('parcels to GBR')).toEqual(['parcels.dest=GB']);
    expect(found('airports in the US')).toEqual(['airports.Country=United States', 'athletes.nation=USA']);
    expect(found('athletes from the USA')).toEqual(['athletes.nation=USA']);
    expect(found('American airports')).toEqual(['airports.Country=United States', 'athletes.nation=USA']);
  });

  it('reaches no country the data does not hold, and takes no code for a word', () => {
    expect(found('parcels sent to Canada')).toEqual([]);
    expect(found('Spanish athletes')).toEqual([]);
    expect(found('Which parcels can we send, and is it done?')).toEqual([]);
    // A code given as an alias matches only in capitals.
    expect(found('parcels to gbr')).toEqual([]);
    // A city column holds no countries: "France" is no alias of Paris.
    expect(found('depots in France')).toEqual(['parcels.dest=FR']);
  });

  it('reaches single-letter codes by the words for them where the column name says what they code', () => {
    expect(found('How many lefties are there?')).toEqual(['athletes.throwing_hand=L']);
    expect(found('right-handed athletes')).toEqual(['athletes.throwing_hand=R']);
    expect(found('How many women work here?')).toEqual(['staff.gender=Female', 'staff.sex=F']);
    // A word some column stores as it is names that column's value, not the codes it is an everyday name of.
    expect(found('male staff')).toEqual(['staff.gender=Male']);
    // "left" alone is a direction; a column named "throws" does not say it holds hands.
    expect(found('What is left in the depots?')).toEqual([]);
  });

  it("names a yes/no flag's values by the flag's name", () => {
    expect(found('How many smoker staff?')).toEqual(['staff.smoker_yn=Y']);
    expect(found('staff who are not smoker')).toEqual(['staff.smoker_yn=N']);
    // A true/false column: its name for true, capitals for a short one; the word "true" names no flag.
    expect(found('Which depots are HQ?')).toEqual(['depots.is_hq=true']);
    expect(found('Is it true that Lyon has a depot?')).toEqual(['depots.city=Lyon']);
  });
});

describe('a run over a made-up database', () => {
  const dir = tempDir('sluice-value-names-');
  const database = join(dir, 'league.duckdb');
  const config = join(dir, 'sluice.yml');
  let query: (sql: string) => Promise<unknown[][]>;

  beforeAll(async () => {
    await createDuckDbFile(database, [
      'CREATE TABLE members (member_id INTEGER PRIMARY KEY, full_name VARCHAR NOT NULL, country VARCHAR NOT NULL, bats VARCHAR, batting_hand VARCHAR NOT NULL, joined DATE NOT NULL, retired BOOLEAN NOT NULL)',
      `INSERT INTO members VALUES (1, 'Ann Ray', 'NL', 'x', 'L', DATE '2020-01-04', false), (2, 'Bo Li', 'GB', 'x', 'R', DATE '2021-03-01', true), (3, 'Cy Dee', 'NL', 'x', 'R', DATE '2022-05-06', false),
        (4, 'Di Fox', 'DE', 'x', 'L', DATE '2019-02-02', true), (5, 'Ed Gay', 'FR', 'x', 'R', DATE '2023-07-07', true), (6, 'Flo Hu', 'NL', 'x', 'L', DATE '2024-01-01', false)`,
    ]);
    writeFileSync(config, `namespaces:\n  league:\n    type: duckdb\n    path: ${JSON.stringify(database)}\ncache_dir: ${JSON.stringify(join(dir, 'cache'))}\n`);
    const connection = await (await DuckDBInstance.create(database, { access_mode: 'READ_ONLY' })).connect();
    query = async (sql) => (await connection.runAndReadAll(sql)).getRowsJson() as unknown[][];
  });

  const ask = async (task: string) => {
    const run = await runCli(['run', '--config', config, '--namespace', 'league', '--model', 'offline', '--format', 'json', '--save_dir', join(dir, 'save'), '--task', task], { env: { SLUICE_CACHE_DIR: join(dir, 'cache') } });
    return { code: run.code, stderr: run.stderr, answer: (run.stdout ? JSON.parse(run.stdout) : {}) as { status?: string; rows?: unknown[][] } };
  };

  it('answers a question that names countries and hands in everyday words', async () => {
    const dutch = await ask('How many Dutch members are there?');
    expect(dutch.answer.status, dutch.stderr).toBe('success');
    expect(JSON.stringify(dutch.answer.rows)).toBe(JSON.stringify(await query("SELECT count(*)::INTEGER FROM members WHERE country = 'NL'")));
    const lefties = await ask('How many lefties are members?');
    expect(lefties.answer.status, lefties.stderr).toBe('success');
    expect(JSON.stringify(lefties.answer.rows)).toBe(JSON.stringify(await query("SELECT count(*)::INTEGER FROM members WHERE batting_hand = 'L'")));
  }, 240_000);

  it('filters on a true/false column the question names', async () => {
    const retired = await ask('How many members retired?');
    expect(retired.answer.status, retired.stderr).toBe('success');
    expect(JSON.stringify(retired.answer.rows)).toBe(JSON.stringify(await query('SELECT count(*)::INTEGER FROM members WHERE retired')));
  }, 120_000);

  it('still declines a country the data does not hold', async () => {
    const canada = await ask('How many members live in Canada?');
    expect(canada.answer.status, canada.stderr).not.toBe('success');
  }, 120_000);
});
