import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDuckDbFile } from './helpers/catalog-test-runtime.js';
import { startFakeOpenAiServer, type FakeOpenAiServer } from './helpers/fake-openai-server.js';
import { madeUpNamespace, type MadeUpNamespace } from './helpers/made-up-namespace.js';
import { serverNamespaces, type ServerNamespaces } from './helpers/server-namespaces.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * A database that declares no foreign keys, as ELT loads leave them: shipments.carrier holds carriers.carrier_code and
 * shipments.depot_id holds depots.depot_id, but nothing says so. sluice infers both from the data when it builds the
 * catalog (names point at the table, the target is unique, every value is found in it) and joins along them.
 * shipments.region_id looks like a key of regions by name, but some of its values are in no region: no key.
 */
const TABLES = [
  'CREATE TABLE carriers (carrier_code VARCHAR(10), carrier_name VARCHAR(40), country VARCHAR(20))',
  'CREATE TABLE depots (depot_id INTEGER, depot_name VARCHAR(40), town VARCHAR(20))',
  'CREATE TABLE regions (region_id INTEGER, region_name VARCHAR(20))',
  'CREATE TABLE parcels (parcel_id INTEGER PRIMARY KEY, label VARCHAR(20))',
  'CREATE TABLE shipments (shipment_id INTEGER, carrier VARCHAR(10), depot_id INTEGER, region_id INTEGER, parcels INTEGER, weight_kg DECIMAL(8,2))',
];
const ROWS = [
  "INSERT INTO carriers VALUES ('NWF', 'Northwind Freight', 'UK'), ('BLX', 'Bluefox Logistics', 'France'), ('TRM', 'Tramline Cargo', 'UK'), ('ORC', 'Orca Shipping', 'Norway')",
  "INSERT INTO depots VALUES (1, 'North Yard', 'Leeds'), (2, 'River Dock', 'Hull'), (3, 'Canal Shed', 'Leeds'), (4, 'Hill Store', 'York')",
  "INSERT INTO regions VALUES (1, 'North'), (2, 'South'), (3, 'East')",
  "INSERT INTO parcels VALUES (1, 'small'), (2, 'medium'), (3, 'large'), (4, 'pallet')",
];
/**
 * Shipment i: carrier by i % 3, depot 1 + i % 4, region 1 + i % 3 except every tenth, which names region 9 (none), and
 * 1 to 3 parcels: a count whose values all happen to be parcel ids, which the plural name says is no key.
 */
const shipment = (i: number): string =>
  `(${i}, '${['NWF', 'BLX', 'TRM'][i % 3]}', ${1 + (i % 4)}, ${i % 10 === 0 ? 9 : 1 + (i % 3)}, ${1 + (i % 3)}, ${10 + i})`;
const SHIPMENTS = `INSERT INTO shipments VALUES ${Array.from({ length: 60 }, (_, k) => shipment(k + 1)).join(', ')}`;
const STATEMENTS = [...TABLES, ...ROWS, SHIPMENTS];

/** The questions that need a join along an undeclared key, with the SQL that answers them by hand. */
const JOINED: Array<[string, string]> = [
  ["How many shipments does carrier 'Northwind Freight' have?", "SELECT COUNT(*) FROM shipments s JOIN carriers c ON c.carrier_code = s.carrier WHERE c.carrier_name = 'Northwind Freight'"],
  ['What is the total weight of shipments from depots in Leeds?', "SELECT SUM(s.weight_kg) FROM shipments s JOIN depots d ON d.depot_id = s.depot_id WHERE d.town = 'Leeds'"],
];

interface SchemaJson {
  tables: Array<{ name: string; columns: Array<{ name: string; references?: string; references_inferred?: boolean }> }>;
}

/** The last two dot-separated parts: "public.shipments.carrier" → "shipments.carrier". */
const tableAndColumn = (name: string): string => name.split('.').slice(-2).join('.').toLowerCase();

/** "table.column" → what it references, inferred or declared, as `sluice schema --format json` shows it (without schema names). */
function keysOf(schema: SchemaJson): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const table of schema.tables) {
    for (const column of table.columns) {
      if (column.references) keys[tableAndColumn(`${table.name}.${column.name}`)] = `${tableAndColumn(column.references)}${column.references_inferred ? ' (inferred)' : ''}`;
    }
  }
  return keys;
}

const INFERRED = { 'shipments.carrier': 'carriers.carrier_code (inferred)', 'shipments.depot_id': 'depots.depot_id (inferred)' };

const number = (value: unknown): number => Number(value);

async function schemaOf(cwd: string, namespace: string, cacheDir: string): Promise<SchemaJson> {
  const run = await runCli(['schema', '--namespace', namespace, '--format', 'json'], { cwd, env: { SLUICE_CACHE_DIR: cacheDir } });
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as SchemaJson;
}

async function ask(cwd: string, namespace: string, cacheDir: string, task: string): Promise<{ status?: string; sql?: string; rows?: unknown[][] }> {
  const run = await runCli(['run', '--namespace', namespace, '--model', 'offline', '--format', 'json', '--task', task], { cwd, env: { SLUICE_CACHE_DIR: cacheDir } });
  return run.stdout ? JSON.parse(run.stdout) : {};
}

describe('join keys inferred on a DuckDB file that declares none', () => {
  let shipping: MadeUpNamespace;
  let dir: string;
  beforeAll(async () => {
    shipping = await madeUpNamespace('shipping', STATEMENTS);
    dir = tempDir('sluice-inferred-keys-');
  }, 60_000);

  for (const [question, expectedSql] of JOINED) {
    it(`joins along them: ${question}`, { timeout: 90_000 }, async () => {
      const { answer, stderr } = await shipping.ask(question);
      expect(answer.status, `${answer.sql}\n${stderr}`).toBe('success');
      expect(answer.sql).toMatch(/\bJOIN\b/i);
      expect((answer.rows ?? []).map((row) => row.map(number))).toEqual((await shipping.query(expectedSql)).map((row) => row.map(number)));
    });
  }

  it('marks them inferred in the catalog, keeps them in the catalog cache, and infers none where a value is missing', { timeout: 90_000 }, async () => {
    const database = path.join(dir, 'shipping.duckdb');
    await createDuckDbFile(database, STATEMENTS);
    fs.writeFileSync(path.join(dir, 'sluice.yml'), `namespaces:\n  shipping:\n    type: duckdb\n    path: ${JSON.stringify(database)}\n`);
    const cache = path.join(dir, 'cache');
    const cold = keysOf(await schemaOf(dir, 'shipping', cache));
    expect(cold).toEqual(INFERRED);
    expect(fs.readdirSync(path.join(cache, 'catalogs')).some((file) => file.endsWith('.catalog'))).toBe(true);
    // The second process reads the catalog from the cache: the keys come back without being checked again.
    expect(keysOf(await schemaOf(dir, 'shipping', cache))).toEqual(INFERRED);
  });

  it('shows an inferred key to an LLM as what was seen in the data, not as a declared REFERENCES', { timeout: 90_000 }, async () => {
    const prompts: string[] = [];
    const server: FakeOpenAiServer = await startFakeOpenAiServer({
      script: (request) => {
        prompts.push(JSON.stringify(request.body?.messages ?? []));
        const schema: string = request.body?.response_format?.json_schema?.name ?? '';
        const usage = { prompt_tokens: 400, completion_tokens: 20 };
        if (schema === 'reflection_decision') return { content: { strategy: 'success', reason: 'answers it', unaddressed: [] }, usage };
        return { content: { sql: 'SELECT COUNT(*) FROM shipments', explanation: 'x', tables_used: ['shipments'], unanswerable: null }, usage };
      },
      models: ['fake-coder'],
    });
    try {
      const cwd = tempDir('sluice-inferred-keys-llm-');
      const database = path.join(cwd, 'shipping.duckdb');
        await createDuckDbFile(database, STATEMENTS);
      fs.writeFileSync(
        path.join(cwd, 'sluice.yml'),
        `namespaces:\n  shipping: {type: duckdb, path: ${JSON.stringify(database)}}\nmodels:\n  local:\n    provider: openai\n    model: fake-coder\n    base_url: ${server.url}\n    api_key: none\n    retries: 0\ndefaults:\n  model: local\n`,
      );
      const run = await runCli(['run', '--namespace', 'shipping', '--plan', 'fixed', '--format', 'json', '--task', "How many shipments does carrier 'Northwind Freight' have?"], { cwd, env: { SLUICE_CACHE_DIR: path.join(cwd, 'cache') } });
      expect(run.code, run.stderr).not.toBeNull();
      const prompt = prompts.join('\n');
      expect(prompt).toContain('inferred: values of carrier are in carriers.carrier_code');
      expect(prompt).not.toContain('REFERENCES carriers');
    } finally {
      await server.close();
    }
  });
});

describe('join keys inferred on PostgreSQL, MariaDB and SQLite through the same catalog queries', () => {
  let servers: ServerNamespaces;
  const cache = () => path.join(servers.cwd, 'cache');

  beforeAll(async () => {
    // Fresh tables without ANALYZE: PostgreSQL's row estimates may say 0, and the inference must not trust them.
    servers = await serverNamespaces('shipping', STATEMENTS);
  }, 60_000);

  afterAll(async () => {
    await servers?.drop();
  });

  for (const namespace of ['shipping_pg', 'shipping_my', 'shipping_lite']) {
    it(`${namespace}: infers the two keys and not the one with a missing value`, { timeout: 90_000 }, async () => {
      expect(keysOf(await schemaOf(servers.cwd, namespace, cache()))).toEqual(INFERRED);
    });

    it(`${namespace}: answers a question that needs the join`, { timeout: 90_000 }, async () => {
      const [question] = JOINED[0]!;
      const answer = await ask(servers.cwd, namespace, cache(), question);
      expect(answer.status, answer.sql).toBe('success');
      expect(answer.sql).toMatch(/JOIN\s+"?carriers"?/i);
      expect((answer.rows ?? []).map((row) => row.map(number))).toEqual([[20]]);
    });
  }
});
