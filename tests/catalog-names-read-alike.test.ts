import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { identifierParts } from '../src/catalog/identifier-parts.js';
import { splitIdentifier } from '../src/catalog/split-identifier.js';
import { tableNameWords } from '../src/models/offline/table-name-words.js';
import { questionContext, type CaseTable } from './helpers/answer-check-cases.js';
import { createDuckDbFile } from './helpers/catalog-test-runtime.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * A made-up fleet workshop's warehouse under terse names: vowel-dropped nouns (drvr, trctr, chgr), listed short forms
 * (mbr, nm, dt, amt), a glued part (custnm) and a table whose comment spells its one-part name (cst).
 */
const TABLES: CaseTable[] = [
  { name: 'dim_drvr', columns: [{ name: 'drvr_id', type: 'INTEGER' }, { name: 'drvr_nm' }, { name: 'lic_dt', type: 'DATE' }] },
  { name: 'dim_trctr', columns: [{ name: 'trctr_id', type: 'INTEGER' }, { name: 'mdl_cd' }, { name: 'hp_max', type: 'INTEGER' }] },
  { name: 'dim_chgr', columns: [{ name: 'chgr_id', type: 'INTEGER' }, { name: 'kw_max', type: 'INTEGER' }, { name: 'inst_dt', type: 'DATE' }] },
  { name: 'cst', comment: 'Customer account', columns: [{ name: 'cst_id', type: 'INTEGER' }, { name: 'custnm' }, { name: 'mbr_flg', type: 'BOOLEAN' }] },
  { name: 'fct_svc', columns: [{ name: 'svc_id', type: 'INTEGER' }, { name: 'trctr_id', type: 'INTEGER' }, { name: 'cst_id', type: 'INTEGER' }, { name: 'svc_amt', type: 'DECIMAL(8,2)' }, { name: 'svc_dt', type: 'DATE' }] },
];

const ddl = (table: CaseTable): string[] => [
  `CREATE TABLE ${table.name} (${table.columns.map((column) => `${column.name} ${column.type ?? 'VARCHAR'}`).join(', ')})`,
  ...(table.comment ? [`COMMENT ON TABLE ${table.name} IS '${table.comment}'`] : []),
];

interface SchemaJson {
  tables: Array<{ name: string; words: string[]; columns: Array<{ name: string; words: string[] }> }>;
}

/**
 * Unit tests of the checks build their contexts in memory (questionContext) while users' runs load a catalog: both
 * must read a terse schema's names with the same lexicon, or a test passes on a reading no user gets ("chgr" kept as
 * written in a test, read as another word by the CLI).
 */
describe('a terse schema read in a test and by the CLI', () => {
  let cli: SchemaJson;
  beforeAll(async () => {
    const dir = tempDir('sluice-names-read-alike-');
    const database = join(dir, 'workshop.duckdb');
    await createDuckDbFile(database, TABLES.flatMap(ddl));
    const config = join(dir, 'sluice.yml');
    writeFileSync(config, `namespaces:\n  workshop:\n    type: duckdb\n    path: ${JSON.stringify(database)}\ncache_dir: ${JSON.stringify(join(dir, 'cache'))}\n`);
    const run = await runCli(['schema', '--config', config, '--namespace', 'workshop', '--format', 'json'], { env: { SLUICE_CACHE_DIR: join(dir, 'cache') } });
    expect(run.code, run.stderr).toBe(0);
    cli = JSON.parse(run.stdout) as SchemaJson;
  }, 120_000);

  it('gives every table and column name the same words', () => {
    questionContext('How many tractors were serviced?', 'workshop', TABLES);
    const inProcess = TABLES.map((table) => ({ name: table.name, words: tableNameWords(table.name), columns: table.columns.map((column) => ({ name: column.name, words: splitIdentifier(column.name) })) }));
    const fromCli = TABLES.map((table) => {
      const found = cli.tables.find((each) => each.name === table.name)!;
      return { name: found.name, words: found.words, columns: table.columns.map((column) => ({ name: column.name, words: found.columns.find((each) => each.name === column.name)!.words })) };
    });
    expect(inProcess).toEqual(fromCli);
  });

  it('reads the shorthand, so the comparison is of a lexicon and not of names as written', () => {
    const names = cli.tables.flatMap((table) => [table, ...table.columns]);
    const read = names.filter((name) => name.words.join(' ') !== identifierParts(name.name).join(' '));
    expect(read.map((name) => name.name)).toEqual(expect.arrayContaining(['dim_drvr', 'drvr_nm', 'dim_trctr', 'svc_amt', 'custnm']));
    expect(cli.tables.find((table) => table.name === 'dim_drvr')!.words).toEqual(['dim', 'driver']);
  });
});
