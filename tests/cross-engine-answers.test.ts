import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoEngines, ENGINE_NAMESPACES, type DemoEngines, type LoadableEngine } from './helpers/demo-engines.js';
import { runCli } from './helpers/run-cli.js';

/**
 * The same questions on the demo in DuckDB and on the demo loaded into PostgreSQL, MariaDB and SQLite, through the
 * real CLI with the offline model: every engine must give the same rows (numbers within a small tolerance, dates as
 * YYYY-MM-DD).
 */
const QUESTIONS: [task: string, plan: string][] = [
  ['List all customers from California', 'fixed'],
  ['Show monthly active users for the last quarter', 'metric_to_sql'],
  ['Show me quarterly revenue trends by product category, excluding returns and considering seasonal adjustments', 'reflection'],
  ['Which 3 products have the highest unit price?', 'fixed'],
  ['Show the 4 customers with the most orders', 'fixed'],
  ['How many customers are in each segment?', 'fixed'],
  ['Which state has the most customers?', 'fixed'],
  ['How many orders were placed in 2025?', 'fixed'],
  ["Show the customer with email 'Anthony.Lopez2@yahoo.com'", 'fixed'],
  ['Total revenue last month', 'fixed'],
  ['How many orders were cancelled?', 'reflection'],
  ['What is the average order value per channel?', 'metric_to_sql'],
];

interface Answer {
  code: number | null;
  stderr: string;
  sql: string;
  columns: string[];
  rows: unknown[][];
}

let engines: DemoEngines;
const duckdbAnswers = new Map<string, Promise<Answer>>();

beforeAll(async () => {
  engines = await createDemoEngines('crossengine');
  for (const engine of Object.keys(ENGINE_NAMESPACES) as LoadableEngine[]) {
    const loaded = await engines.load(engine);
    if (loaded.code !== 0) throw new Error(`demo load into ${engine} failed: ${loaded.stderr}`);
  }
}, 300_000);

afterAll(async () => {
  await engines?.drop();
});

async function ask(namespace: string, task: string, plan: string): Promise<Answer> {
  const result = await runCli(['run', '--namespace', namespace, '--plan', plan, '--format', 'json', '--current_date', '2026-11-25', '--task', task], {
    cwd: engines.dir,
    timeoutMs: 120_000,
  });
  const json = result.stdout.trim() ? JSON.parse(result.stdout) : { sql: '', columns: [], rows: [] };
  return { code: result.code, stderr: result.stderr, sql: json.sql ?? '', columns: json.columns ?? [], rows: json.rows ?? [] };
}

/** Dates as YYYY-MM-DD, numeric text as numbers, everything else as it is. */
function normalise(value: unknown): unknown {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}(?:[ T]00:00:00(?:\.0+)?(?:Z|[+-]00(?::?00)?)?)?$/.test(value)) return value.slice(0, 10);
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** Rows in a fixed order: sorted by their text with numbers rounded, so ties in ORDER BY cannot make engines differ. */
function sortedRows(rows: unknown[][]): unknown[][] {
  const key = (row: unknown[]) => JSON.stringify(row.map((v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
  return rows.map((row) => row.map(normalise)).sort((a, b) => key(a).localeCompare(key(b)));
}

describe.each(Object.entries(ENGINE_NAMESPACES) as [LoadableEngine, string][])('the demo questions on %s', (engine, namespace) => {
  it.each(QUESTIONS)('"%s" (%s) gives the same rows as on DuckDB', async (task, plan) => {
    let expected = duckdbAnswers.get(`${plan}:${task}`);
    if (!expected) duckdbAnswers.set(`${plan}:${task}`, (expected = ask('demo', task, plan)));
    const [want, got] = await Promise.all([expected, ask(namespace, task, plan)]);
    // Answered (0) or answered but unsure (3), and equally sure on every engine: the catalogs carry the same comments.
    expect([0, 3], want.stderr).toContain(want.code);
    expect(got.code, `${engine}: ${got.stderr}\n${got.sql}`).toBe(want.code);
    expect(got.columns, got.sql).toEqual(want.columns);
    expect(got.rows.length, got.sql).toBe(want.rows.length);
    expect(want.rows.length).toBeGreaterThan(0);
    const wantRows = sortedRows(want.rows);
    const gotRows = sortedRows(got.rows);
    for (const [i, row] of wantRows.entries()) {
      for (const [j, value] of row.entries()) {
        const other = gotRows[i]![j];
        if (typeof value === 'number') expect(Number(other), `${engine} row ${i} ${want.columns[j]}\n${got.sql}`).toBeCloseTo(value, 2);
        else expect(other, `${engine} row ${i} ${want.columns[j]}\n${got.sql}`).toEqual(value);
      }
    }
  });
});
