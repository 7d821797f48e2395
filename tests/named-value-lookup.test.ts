import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SqlError, type CatalogTable } from '../src/connectors/connector.js';
import { manyValuedColumns, namedSpans, piecesOfNames, probeNamedValues, spellings, type NamedValueCache } from '../src/catalog/probe-named-values.js';
import { madeUpNamespace, type CliAnswer, type MadeUpNamespace } from './helpers/made-up-namespace.js';
import { runCli } from './helpers/run-cli.js';
import { serverNamespaces, type ServerNamespaces } from './helpers/server-namespaces.js';

/**
 * The catalog keeps the values of text columns with at most 200 distinct values, so a name among thousands ("How many
 * calls did Harbour View Surgery make?") grounded nowhere: the question was declined, or answered without its filter.
 * schema_linking now looks such a name up in the linked tables' many-valued text columns (src/catalog/probe-named-values.ts),
 * one bounded, parameterised query per column; a hit grounds it as a stored value, a miss leaves it ungrounded.
 */

const FIRST = ['Harbour', 'Oak', 'Mill', 'River', 'Park', 'Church', 'Station', 'Castle', 'Bridge', 'Green', 'Hill', 'Lake', 'Forest', 'Meadow', 'Abbey', 'Kings', 'Queens', 'North', 'South', 'West'];
const SECOND = ['View', 'Lane', 'Road', 'Street', 'Side', 'Gate', 'Field', 'Way', 'Court', 'House', 'Row', 'Walk', 'Close', 'Place', 'Yard'];
const TARGET = 'Harbour View Surgery';
/** 300 practice names, the target the 251st: past the 200 distinct values the catalog keeps. */
const NAMES = (() => {
  const names = SECOND.flatMap((second) => FIRST.map((first) => `${first} ${second} Surgery`)).filter((name) => name !== TARGET);
  names.splice(250, 0, TARGET);
  return names;
})();
const code = (index: number): string => `PR${String(1000 + index)}`;
const sqlString = (text: string): string => `'${text.replace(/'/g, "''")}'`;

/** Portable SQL for every engine: practices (300 names and codes) and their calls, three of them the target's. */
const STATEMENTS = [
  'CREATE TABLE practices (practice_code VARCHAR(12) PRIMARY KEY, practice_name VARCHAR(80) NOT NULL, town VARCHAR(40) NOT NULL)',
  'CREATE TABLE calls (call_id INTEGER PRIMARY KEY, practice_code VARCHAR(12) NOT NULL REFERENCES practices (practice_code), call_date DATE NOT NULL, minutes INTEGER NOT NULL)',
  `INSERT INTO practices VALUES ${NAMES.map((name, index) => `(${sqlString(code(index))}, ${sqlString(name)}, ${sqlString(['Leeds', 'York', 'Hull'][index % 3]!)})`).join(', ')}`,
  `INSERT INTO calls VALUES ${Array.from({ length: 600 }, (_, index) => {
    const practice = index < 3 ? 250 : index % 250;
    return `(${index + 1}, ${sqlString(code(practice))}, '2026-0${1 + (index % 9)}-1${index % 10}', ${5 + (index % 20)})`;
  }).join(', ')}`,
];

describe('the spans a question may name a stored thing by', () => {
  it.each([
    ['How many calls did Harbour View Surgery make?', ['Harbour View Surgery']],
    ['Did Old Mill Bakery order anything in October 2026?', ['Old Mill Bakery']],
    ["Chloe Varley's funeral: which hymns were sung?", ['Chloe Varley']],
    // A lower-case noun ending the phrase after a name may end the name ('St Cuthbert's Church'): looked up after it.
    ['How many pianos are there at St Cuthberts church?', ['St Cuthberts', 'St Cuthberts church']],
    ['What price does The Drovers Arms charge?', ['The Drovers Arms']],
    ['How many times was SJ5001 inspected?', ['SJ5001']],
    ['Which analyst tested sample L26-00422?', ['L26-00422']],
    ["What's the rent at 2 Burnside Road?", ['2 Burnside Road']],
    // A focusing adverb, an indefinite pronoun or "however" opening the sentence is no part of the name after it
    // (closed classes, src/lexicon); the same word inside the sentence may be a name's first word.
    ['Only Harbour View Surgery made calls in March?', ['Harbour View Surgery']],
    ['However Old Mill Bakery ordered in October, what did it pay?', ['Old Mill Bakery']],
    ['How many visits did Everyone Active log?', ['Everyone Active']],
  ])('%s', (question, spans) => {
    expect(namedSpans(question)).toEqual(spans);
  });

  it.each([
    'How many calls were made in March 2026?',
    'Which practices had the most calls on Monday?',
    'What was the 3rd busiest week in Q3?',
    'How many SKUs sold in the 1990s?',
    'Show the calls longer than 10mins',
    'Calls per practice',
  ])('none in "%s": dates, units, periods, plurals, a sentence-initial capital', (question) => {
    expect(namedSpans(question)).toEqual([]);
  });

  it('leaves out a span a stored value already matched as it stands', () => {
    expect(namedSpans('How many calls did Harbour View Surgery make?', [{ table: 'practices', column: 'practice_name', value: TARGET, matched_text: TARGET, score: 1 }])).toEqual([]);
  });

  it('drops a value matched to a piece of a longer name the look-up found whole', () => {
    const piece = { table: 'estates', column: 'estate_name', value: 'Burnside', matched_text: 'Burnside', score: 1 };
    const other = { table: 'tenancies', column: 'status', value: 'active', matched_text: 'active', score: 1 };
    const whole = { table: 'properties', column: 'addr1', value: '2 Burnside Road', matched_text: '2 Burnside Road', score: 1 };
    expect([...piecesOfNames([piece, other], [whole])]).toEqual([piece]);
  });
});

describe('the look-up on DuckDB', () => {
  let namespace: MadeUpNamespace;
  beforeAll(async () => {
    namespace = await madeUpNamespace('practice_calls', STATEMENTS);
  }, 60_000);

  it('finds a name past the 200th distinct value and filters on it', async () => {
    const { stderr, answer } = await namespace.ask('How many calls did Harbour View Surgery make?');
    expect(answer.status, stderr).not.toBe('unanswerable');
    expect(answer.sql).toContain(`'${TARGET}'`);
    expect(answer.rows).toEqual([[3]]);
  }, 60_000);

  it('finds a letter-digit code the catalog did not keep', async () => {
    const { stderr, answer } = await namespace.ask(`How many calls did practice ${code(250)} make?`);
    expect(answer.status, stderr).not.toBe('unanswerable');
    expect(answer.sql).toContain(`'${code(250)}'`);
    expect(answer.rows).toEqual([[3]]);
  }, 60_000);

  it('leaves an unstored name of the same shape ungrounded', async () => {
    const { answer } = await namespace.ask('How many calls did Harbour Quay Surgery make?');
    expect(answer.status).not.toBe('success');
    expect(answer.sql ?? '').not.toContain('Harbour Quay');
  }, 60_000);

  it('binds hostile text as a value: quotes and semicolons reach no SQL', async () => {
    const { answer } = await namespace.ask("How many calls did Harbour View Surgery'; DROP TABLE calls; -- make?");
    expect(answer.status).not.toBe('success');
    expect(await namespace.query('SELECT count(*) FROM calls')).toEqual([['600']]);
  }, 60_000);
});

describe('the look-up on PostgreSQL, MariaDB and SQLite', () => {
  let servers: ServerNamespaces;
  beforeAll(async () => {
    servers = await serverNamespaces('named_lookup', STATEMENTS);
  }, 120_000);
  afterAll(async () => {
    await servers?.drop();
  });

  it('finds the name past the 200th distinct value on each engine and filters on it; an unstored one stays ungrounded', async () => {
    for (const name of servers.names) {
      const ask = async (task: string): Promise<CliAnswer> => {
        const run = await runCli(['run', '--namespace', name, '--model', 'offline', '--format', 'json', '--task', task], { cwd: servers.cwd });
        return (run.stdout ? JSON.parse(run.stdout) : { status: `no output: ${run.stderr}` }) as CliAnswer;
      };
      const found = await ask('How many calls did Harbour View Surgery make?');
      expect(found.sql, `${name} ${JSON.stringify(found)}`).toContain(`'${TARGET}'`);
      expect(found.rows?.map((row) => Number(row[0])), name).toEqual([3]);
      const missing = await ask('How many calls did Harbour Quay Surgery make?');
      expect(missing.status, name).not.toBe('success');
      const hostile = await ask("How many calls did Harbour View Surgery\\'; DROP TABLE calls; -- make?");
      expect(hostile.status, name).not.toBe('success');
      const still = await ask('How many calls did Harbour View Surgery make?');
      expect(still.rows?.map((row) => Number(row[0])), `${name} ${JSON.stringify(still)} after ${JSON.stringify(hostile)}`).toEqual([3]);
    }
  }, 240_000);
});

describe('spellings', () => {
  it('adds the article and the signs for "and" a stored name may use, and keeps a one-word span as it is', () => {
    expect(spellings('Drovers Arms')).toEqual(['Drovers Arms', 'The Drovers Arms']);
    expect(spellings('Florence and the Machine')).toEqual(expect.arrayContaining(['Florence and the Machine', 'Florence + the Machine', 'Florence & the Machine']));
    expect(spellings('The Drovers Arms')).toEqual(['The Drovers Arms']);
    expect(spellings('SJ5230')).toEqual(['SJ5230']);
  });

  it('reads a run joined by "and the" whole and by its parts', () => {
    expect(namedSpans('How many times did we play Florence and the Machine?')).toEqual(['Florence and the Machine', 'Florence', 'Machine']);
  });
});

describe('probeNamedValues', () => {
  const practices: CatalogTable = {
    name: 'practices',
    row_count: 300,
    columns: [
      { name: 'practice_code', type: 'VARCHAR', nullable: false, primary_key: true },
      { name: 'practice_name', type: 'VARCHAR', nullable: false, primary_key: false },
      { name: 'town', type: 'VARCHAR', nullable: false, primary_key: false },
    ],
  };

  it('probes only the text columns whose values the catalog did not keep, the key first', () => {
    const columns = manyValuedColumns([{ table: practices, columns: [], score: 1, reason: 'ranked' }], new Set(['practices']), [{ table: 'practices', column: 'town', values: ['Leeds', 'York', 'Hull'] }]);
    expect(columns.map((entry) => entry.column)).toEqual(['practice_code', 'practice_name']);
    expect(manyValuedColumns([{ table: practices, columns: [], score: 1, reason: 'ranked' }], new Set(), [])).toEqual([]);
  });

  it('binds the spans, finds what is stored whatever its case, and answers a second question from the cache', async () => {
    const executed: { sql: string; params?: readonly string[] }[] = [];
    const connector = {
      dialect: 'postgres' as const,
      location: 'test',
      introspect: async () => [],
      close: async () => undefined,
      async execute(sql: string, options: { params?: readonly string[] } = {}) {
        executed.push({ sql, params: options.params });
        const rows = options.params?.flatMap((param) => (param.toLowerCase() === TARGET.toLowerCase() ? [[TARGET]] : [])) ?? [];
        return { columns: ['practice_name'], column_types: ['VARCHAR'], rows, row_count: rows.length, truncated: false, duration_ms: 0 };
      },
    };
    const cache: NamedValueCache = new Map();
    const columns = [{ table: practices, column: 'practice_name' }];
    const spans = ['harbour view surgery', "x'); DROP TABLE calls; --"];
    const found = await probeNamedValues(connector, columns, spans, [], cache);
    expect(found).toEqual([{ table: 'practices', column: 'practice_name', value: TARGET, matched_text: 'harbour view surgery', score: 1 }]);
    expect(executed).toHaveLength(1);
    // Each span with the article a name may be stored under ('The Drovers Arms' for "the Drovers Arms").
    expect(executed[0]!.params).toEqual(spans.flatMap((span) => [span, `The ${span}`]));
    // Compared without apostrophes on both sides ("St Cuthberts" for 'St Cuthbert's Church'); the spans are still bound as written.
    const unquoted = (text: string) => `replace(replace(lower(${text}), '''', ''), '’', '')`;
    expect(executed[0]!.sql).toBe(`SELECT DISTINCT "practice_name" FROM "practices" WHERE ${unquoted('"practice_name"')} IN (${['$1', '$2', '$3', '$4'].map(unquoted).join(', ')}) LIMIT 4`);
    expect(await probeNamedValues(connector, columns, spans, [], cache)).toEqual(found);
    expect(executed).toHaveLength(1);
  });

  /** The same table as the catalog counts a big one: past what a probe may scan whatever the time. */
  const bigPractices: CatalogTable = { ...practices, row_count: 5_000_000 };

  /**
   * The look-up of TARGET in `table`'s code and name columns on a machine so busy that every probe takes 1.5 s of wall
   * time (the clock is faked: nothing waits): what it found and the time cap each probe was given.
   */
  async function probeOnBusyMachine(table: CatalogTable): Promise<{ found: unknown[]; timeouts: (number | undefined)[] }> {
    vi.useFakeTimers({ toFake: ['performance'] });
    const timeouts: (number | undefined)[] = [];
    const connector = {
      dialect: 'duckdb' as const,
      location: 'test',
      introspect: async () => [],
      close: async () => undefined,
      async execute(sql: string, options: { params?: readonly string[]; timeoutMs?: number } = {}) {
        timeouts.push(options.timeoutMs);
        vi.advanceTimersByTime(1_500);
        const rows = sql.includes('"practice_name"') ? (options.params ?? []).filter((param) => param === TARGET).map((param) => [param]) : [];
        return { columns: ['value'], column_types: ['VARCHAR'], rows, row_count: rows.length, truncated: false, duration_ms: 1_500 };
      },
    };
    try {
      const columns = ['practice_code', 'practice_name'].map((column) => ({ table, column }));
      return { found: await probeNamedValues(connector, columns, [TARGET], [], new Map()), timeouts };
    } finally {
      vi.useRealTimers();
    }
  }

  it('probes every column of a small table however long the machine takes, so the answer does not depend on its load', async () => {
    const { found, timeouts } = await probeOnBusyMachine(practices);
    expect(found).toEqual([{ table: 'practices', column: 'practice_name', value: TARGET, matched_text: TARGET, score: 1 }]);
    // Each under a cap of its own, not what is left of the budget.
    expect(timeouts).toEqual([10_000, 10_000]);
  });

  it('keeps the shared budget for a big table: a column left when it has run out is not probed', async () => {
    const { found, timeouts } = await probeOnBusyMachine(bigPractices);
    expect(found).toEqual([]);
    expect(timeouts).toEqual([1_000]);
  });

  it('skips, for later questions, a column too big to scan within the budget; a cancelled question ends without a stray rejection', async () => {
    let calls = 0;
    const connector = {
      dialect: 'duckdb' as const,
      location: 'test',
      introspect: async () => [],
      close: async () => undefined,
      async execute(): Promise<never> {
        calls += 1;
        throw new SqlError('query timed out after 1000 ms and was interrupted', 'timeout');
      },
    };
    const cache: NamedValueCache = new Map();
    const columns = [{ table: bigPractices, column: 'practice_name' }];
    expect(await probeNamedValues(connector, columns, [TARGET, 'Oak Lane Surgery'], [], cache)).toEqual([]);
    expect(await probeNamedValues(connector, columns, ['Mill Road Surgery'], [], cache)).toEqual([]);
    expect(calls).toBe(1);
    const cancelled = new AbortController();
    cancelled.abort();
    const aborting = { ...connector, execute: async (): Promise<never> => { throw new SqlError('query was cancelled before it started', 'timeout'); } };
    await expect(probeNamedValues(aborting, [{ table: practices, column: 'practice_code' }], [TARGET, 'Oak Lane Surgery'], [], new Map(), cancelled.signal)).rejects.toThrow(/cancelled/);
  });
});
