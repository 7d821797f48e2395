import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { ContextSchema, type Context, type SqlAttempt } from '../src/context/context-schema.js';
import type { NamespaceTables } from '../src/trust/answer-facts.js';
import { runAnswerChecks } from '../src/trust/run-answer-checks.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * Right answers the checks used to doubt, each beside a wrong answer the same check must still catch. A harbour's
 * made-up schema: the readings are English and SQL, not any benchmark's words.
 */
const TABLES = [
  { name: 'sailors', columns: ['sailor_id', 'first_name', 'last_name', 'sex', 'hand', 'home_port', 'phone_no', 'age'] },
  { name: 'boats', columns: ['boat_id', 'boat_name', 'hull_length', 'berth_fee', 'owner_id'] },
  { name: 'voyages', columns: ['voyage_id', 'boat_id', 'skipper_id', 'sailed_on', 'minutes', 'from_port', 'to_port'] },
  { name: 'repairs', columns: ['repair_id', 'boat_id', 'repaired_on', 'cost'] },
  { name: 'harbourmasters', columns: ['harbourmaster_id', 'full_name', 'port'] },
];

interface Extra {
  matched_values?: Array<{ table: string; column: string; value: string; matched_text: string; score: number }>;
  sample_rows?: Record<string, unknown[][]>;
}

function contextFor(question: string, extra: Extra = {}): Context {
  return ContextSchema.parse({
    run_id: 'false-alarm-test',
    task: { text: question, namespace: 'harbour', plan: 'fixed', current_date: '2026-11-25', max_iterations: 2 },
    plan: {},
    table_schemas: TABLES.map((table) => ({ name: table.name, columns: table.columns.map((name) => ({ name, type: 'VARCHAR' })), ddl: '', score: 1, sample_rows: extra.sample_rows?.[table.name] ?? [] })),
    matched_values: extra.matched_values ?? [],
  });
}

function attemptOf(sql: string, columns: string[], rows: unknown[][]): SqlAttempt {
  return { sql, explanation: '', source: 'generate_sql', tables_used: [], executed: true, columns, column_types: [], row_count: rows.length, rows, truncated: false, duration_ms: 1 };
}

const rowsOf = (width: number, count = 4) => Array.from({ length: count }, (_, i) => Array.from({ length: width }, (_, c) => (c === 0 ? `r${i}` : i)));

interface Case {
  why: string;
  question: string;
  sql: string;
  columns: string[];
  rows?: unknown[][];
  check: string;
  passed: boolean;
  extra?: Extra;
  tables?: NamespaceTables;
}

const cases: Case[] = [
  // empty_result: an empty answer is believable when a table it reads is empty, or when only stored values, numbers and counts select nothing
  { why: 'empty table', question: 'Show the cost of each repair.', sql: 'SELECT repair_id, cost FROM repairs', columns: ['repair_id', 'cost'], rows: [], check: 'empty_result', passed: true, tables: { empty: ['repairs'] } },
  { why: 'empty table joined', question: 'List the boat names and their total repair costs.', sql: 'SELECT b.boat_name, SUM(r.cost) FROM boats b JOIN repairs r ON r.boat_id = b.boat_id GROUP BY 1', columns: ['boat_name', 'sum'], rows: [], check: 'empty_result', passed: true, tables: { empty: ['repairs'] } },
  { why: 'range of numbers', question: 'Which boats have a hull length between 40 and 45?', sql: 'SELECT boat_name FROM boats WHERE hull_length BETWEEN 40 AND 45', columns: ['boat_name'], rows: [], check: 'empty_result', passed: true },
  { why: 'count threshold', question: 'Show the home ports shared by at least five sailors.', sql: 'SELECT home_port FROM sailors GROUP BY home_port HAVING COUNT(*) >= 5', columns: ['home_port'], rows: [], check: 'empty_result', passed: true },
  { why: 'stored values intersected', question: 'Which sailors skippered both the Gull and the Tern?', sql: "SELECT skipper_id FROM voyages v JOIN boats b ON b.boat_id = v.boat_id WHERE b.boat_name = 'Gull' INTERSECT SELECT skipper_id FROM voyages v JOIN boats b ON b.boat_id = v.boat_id WHERE b.boat_name = 'Tern'", columns: ['skipper_id'], rows: [], check: 'empty_result', passed: true, extra: { matched_values: [{ table: 'boats', column: 'boat_name', value: 'Gull', matched_text: 'Gull', score: 1 }, { table: 'boats', column: 'boat_name', value: 'Tern', matched_text: 'Tern', score: 1 }] } },
  { why: 'value spelled otherwise than stored', question: 'Which boats did Mara Quist skipper?', sql: "SELECT b.boat_name FROM boats b JOIN voyages v ON v.boat_id = b.boat_id JOIN sailors s ON s.sailor_id = v.skipper_id WHERE s.first_name = 'mara'", columns: ['boat_name'], rows: [], check: 'empty_result', passed: false, extra: { matched_values: [{ table: 'sailors', column: 'first_name', value: 'Mara', matched_text: 'Mara', score: 1 }] } },
  { why: 'value nobody stores', question: 'Which boats are moored at Atlantis?', sql: "SELECT boat_name FROM boats b JOIN sailors s ON s.sailor_id = b.owner_id WHERE s.home_port = 'Atlantis'", columns: ['boat_name'], rows: [], check: 'empty_result', passed: false },
  { why: 'column cast to compare', question: 'Which ports have more than 20 sailors?', sql: 'SELECT home_port FROM sailors WHERE TRY_CAST(home_port AS DOUBLE) > 20', columns: ['home_port'], rows: [], check: 'empty_result', passed: false },
  { why: 'nothing restricts, tables hold rows', question: 'List every voyage with its boat name.', sql: 'SELECT v.voyage_id, b.boat_name FROM voyages v JOIN boats b ON b.boat_id = v.skipper_id', columns: ['voyage_id', 'boat_name'], rows: [], check: 'empty_result', passed: false },
];

describe('right answers are not doubted, wrong ones still are', () => {
  it.each(cases.map((c) => [`${c.check} ${c.passed ? 'passes' : 'fails'}, ${c.why}: ${c.question}`, c] as const))('%s', (_title, c) => {
    const checks = runAnswerChecks(contextFor(c.question, c.extra), attemptOf(c.sql, c.columns, c.rows ?? rowsOf(c.columns.length)), c.tables);
    const found = checks.find((check) => check.name === c.check);
    if (c.passed) expect(found?.passed ?? true, JSON.stringify(found)).toBe(true);
    else expect(found?.passed, JSON.stringify(checks)).toBe(false);
  });
});

describe('an empty table read by the real CLI', () => {
  it('ends success: the catalog says the table holds no rows, so no rows is the answer', async () => {
    const cwd = tempDir('sluice-empty-table-');
    const instance = await DuckDBInstance.create(path.join(cwd, 'harbour.duckdb'));
    const connection = await instance.connect();
    await connection.run("CREATE TABLE boats (boat_id INTEGER PRIMARY KEY, boat_name VARCHAR); INSERT INTO boats VALUES (1, 'Gull'), (2, 'Tern')");
    await connection.run('CREATE TABLE repairs (repair_id INTEGER PRIMARY KEY, boat_id INTEGER REFERENCES boats(boat_id), cost DOUBLE)');
    connection.closeSync();
    instance.closeSync();
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  harbour: {type: duckdb, path: ./harbour.duckdb}\n');
    const result = await runCli(['run', '--task', 'Show the cost of every repair', '--namespace', 'harbour', '--format', 'json', '--current_date', '2026-11-25'], { cwd });
    const summary = JSON.parse(result.stdout) as { status: string; sql: string; row_count: number; checks: Array<{ name: string; passed: boolean; detail: string }> };
    expect(summary.sql, result.stderr).toMatch(/repairs/i);
    expect(summary.row_count).toBe(0);
    expect(summary.checks.find((check) => check.name === 'empty_result'), JSON.stringify(summary.checks)).toMatchObject({ passed: true, detail: expect.stringMatching(/repairs holds no rows/) });
    expect(summary.status, JSON.stringify(summary.checks)).toBe('success');
    expect(result.code).toBe(0);
  }, 120_000);
});
