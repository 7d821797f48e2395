import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { attemptOf, questionContext } from './helpers/answer-check-cases.js';
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
  { name: 'voyages', columns: ['voyage_id', 'boat_id', 'skipper_id', 'sailed_on', 'minutes', 'from_port', 'to_port', 'finish_place'] },
  { name: 'repairs', columns: ['repair_id', 'boat_id', 'repaired_on', 'cost'] },
  { name: 'harbourmasters', columns: ['harbourmaster_id', 'master_name', 'port'] },
  { name: 'crews', columns: ['crewid', 'boatid', 'crew_name'] },
  { name: 'ports', columns: ['port_code', 'line_1', 'line_2', 'country'] },
];

interface Extra {
  matched_values?: Array<{ table: string; column: string; value: string; matched_text: string; score: number }>;
  sample_rows?: Record<string, unknown[][]>;
}

function contextFor(question: string, extra: Extra = {}): Context {
  const tables = TABLES.map((table) => ({ name: table.name, columns: table.columns.map((name) => ({ name })), sample_rows: extra.sample_rows?.[table.name] ?? [] }));
  return questionContext(question, 'harbour', tables, { matched_values: (extra.matched_values ?? []) as Context['matched_values'] });
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

  // unaddressed: a code that is the word's initial ("left handed" → hand = 'L')
  { why: 'initial as code', question: 'How many left handed sailors are there?', sql: "SELECT COUNT(*) FROM sailors WHERE hand = 'L'", columns: ['n'], rows: [[3]], check: 'unaddressed', passed: true },
  { why: 'initial as code (female)', question: 'How many female sailors are older than 40?', sql: "SELECT COUNT(*) FROM sailors WHERE sex = 'F' AND age > 40", columns: ['n'], rows: [[3]], check: 'unaddressed', passed: true },
  { why: 'another code', question: 'How many left handed sailors are there?', sql: "SELECT COUNT(*) FROM sailors WHERE hand = 'R'", columns: ['n'], rows: [[3]], check: 'unaddressed', passed: false },
  // "full names" as first and last name
  { why: 'full names', question: 'What are the full names of sailors from Oslo?', sql: "SELECT first_name, last_name FROM sailors WHERE home_port = 'Oslo'", columns: ['first_name', 'last_name'], check: 'unaddressed', passed: true },
  { why: 'full names, one part', question: 'What are the full names of sailors from Oslo?', sql: "SELECT first_name FROM sailors WHERE home_port = 'Oslo'", columns: ['first_name'], check: 'unaddressed', passed: false },
  // two words written as one identifier
  { why: 'closed compound', question: 'Which ports do the harbour masters run?', sql: 'SELECT port FROM harbourmasters', columns: ['port'], check: 'unaddressed', passed: true },
  // a key glued to what it identifies, a transposed typo, ordering words, pronouns
  { why: 'glued id', question: 'What are the ids of crews on boat 3?', sql: 'SELECT crewid FROM crews WHERE boatid = 3', columns: ['crewid'], check: 'unaddressed', passed: true },
  { why: 'transposed letters', question: 'What are the names of the saliors from Oslo?', sql: "SELECT first_name FROM sailors WHERE home_port = 'Oslo'", columns: ['first_name'], check: 'unaddressed', passed: true },
  { why: 'lexicographical order', question: 'List the boat names in reversed lexicographical order.', sql: 'SELECT boat_name FROM boats ORDER BY boat_name DESC', columns: ['boat_name'], check: 'unaddressed', passed: true },
  { why: 'lexicographical order unordered', question: 'List the boat names in reversed lexicographical order.', sql: 'SELECT boat_name FROM boats', columns: ['boat_name'], check: 'unaddressed', passed: false },
  { why: 'pronoun one', question: 'What is the berth fee of the one whose name has the word gull?', sql: "SELECT berth_fee FROM boats WHERE boat_name ILIKE '%gull%'", columns: ['berth_fee'], check: 'unaddressed', passed: true },
  { why: 'number one', question: 'Which boats made one voyage from Oslo?', sql: "SELECT boat_id FROM voyages WHERE from_port = 'Oslo'", columns: ['boat_id'], check: 'unaddressed', passed: false },
  { why: 'everybody, someone else', question: 'Show everybody who owns a boat and is also skipper of someone else.', sql: 'SELECT owner_id FROM boats INTERSECT SELECT skipper_id FROM voyages', columns: ['owner_id'], check: 'unaddressed', passed: true },
  { why: 'demonstrative', question: 'For each home port, how many sailors are from that harbour?', sql: 'SELECT home_port, COUNT(*) FROM sailors GROUP BY home_port', columns: ['home_port', 'n'], check: 'unaddressed', passed: true },
  { why: 'synonym', question: 'How many sailors of each gender are there?', sql: 'SELECT sex, COUNT(*) FROM sailors GROUP BY sex', columns: ['sex', 'n'], check: 'unaddressed', passed: true },
  // a verb relating what the SQL reads on both sides
  { why: 'relating verb', question: 'How many boats visit any port?', sql: 'SELECT COUNT(DISTINCT boat_id) FROM voyages WHERE to_port IS NOT NULL', columns: ['n'], rows: [[3]], check: 'unaddressed', passed: true },
  { why: 'relating verb, object unread', question: 'How many boats visit any port?', sql: 'SELECT COUNT(*) FROM boats', columns: ['n'], rows: [[3]], check: 'unaddressed', passed: false },

  // grouping: "across all X" and across the rows read name the scope
  { why: 'across all', question: 'What is the average hull length across all boats?', sql: 'SELECT AVG(hull_length) FROM boats', columns: ['avg'], rows: [[40]], check: 'grouping', passed: true },
  { why: 'across the rows read', question: 'What is the best finish place of skippers across voyages?', sql: 'SELECT MIN(finish_place) FROM voyages', columns: ['min'], rows: [[1]], check: 'grouping', passed: true },
  { why: 'across a column', question: 'What is the total berth fee across home ports?', sql: 'SELECT SUM(berth_fee) FROM boats JOIN sailors ON sailors.sailor_id = boats.owner_id', columns: ['sum'], rows: [[900]], check: 'grouping', passed: false },

  // distinct: "different from" compares; a listing with no repeated row is already distinct
  { why: 'different from', question: 'Which sailors have a home port different from their boat port?', sql: 'SELECT s.first_name FROM sailors s JOIN voyages v ON v.skipper_id = s.sailor_id WHERE s.home_port <> v.from_port', columns: ['first_name'], check: 'distinct', passed: true },
  { why: 'no repeated row', question: 'What are the distinct boat names with a hull length over 40?', sql: 'SELECT boat_name FROM boats WHERE hull_length > 40', columns: ['boat_name'], rows: [['Gull'], ['Tern']], check: 'distinct', passed: true },
  { why: 'a repeated row', question: 'What are the distinct boat names with a hull length over 40?', sql: 'SELECT boat_name FROM boats WHERE hull_length > 40', columns: ['boat_name'], rows: [['Gull'], ['Gull']], check: 'distinct', passed: false },
  { why: 'a count is no listing', question: 'How many different home ports are there?', sql: 'SELECT COUNT(home_port) FROM sailors', columns: ['n'], rows: [[7]], check: 'distinct', passed: false },

  // both: "show both the A and the B" asks for two columns
  { why: 'show both', question: 'Which boat sailed the most voyages? Show both the name and the id.', sql: 'SELECT b.boat_name, b.boat_id FROM boats b JOIN voyages v ON v.boat_id = b.boat_id GROUP BY 1, 2 ORDER BY COUNT(*) DESC LIMIT 1', columns: ['boat_name', 'boat_id'], rows: [['Gull', 1]], check: 'both', passed: true },
  { why: 'both of two values', question: 'Which sailors skippered both the Gull and the Tern?', sql: "SELECT DISTINCT skipper_id FROM voyages v JOIN boats b ON b.boat_id = v.boat_id WHERE b.boat_name IN ('Gull', 'Tern')", columns: ['skipper_id'], check: 'both', passed: false },

  // literals: the question's words written together
  { why: 'glued value', question: 'Which sailors live in Port Louis?', sql: "SELECT first_name FROM sailors WHERE home_port = 'PortLouis'", columns: ['first_name'], check: 'literals', passed: true },
  { why: 'another value', question: 'Which sailors live in Port Louis?', sql: "SELECT first_name FROM sailors WHERE home_port = 'PortSaid'", columns: ['first_name'], check: 'literals', passed: false },

  // projection: ordinals as column numbers, synonyms, "numbers of", a superlative, "who is enrolled"
  { why: 'ordinal columns', question: 'What is the first and second line for all ports?', sql: 'SELECT line_1, line_2 FROM ports', columns: ['line_1', 'line_2'], check: 'projection', passed: true },
  { why: 'ordinal columns, no ranking', question: 'What is the first and second line for all ports?', sql: 'SELECT line_1, line_2 FROM ports', columns: ['line_1', 'line_2'], check: 'ranking', passed: true },
  { why: 'ordinal column missing', question: 'What is the first and second line for all ports?', sql: 'SELECT line_1 FROM ports', columns: ['line_1'], check: 'projection', passed: false },
  { why: 'projection synonym', question: 'Find the first name and gender of sailors older than 60.', sql: 'SELECT first_name, sex FROM sailors WHERE age > 60', columns: ['first_name', 'sex'], check: 'projection', passed: true },
  { why: 'projection synonym missing', question: 'Find the first name and gender of sailors older than 60.', sql: 'SELECT first_name, age FROM sailors WHERE age > 60', columns: ['first_name', 'age'], check: 'projection', passed: false },
  { why: 'numbers of', question: 'Show the boat ids and numbers of voyages corresponding to each.', sql: 'SELECT boat_id, COUNT(*) FROM voyages GROUP BY boat_id', columns: ['boat_id', 'count_star()'], check: 'projection', passed: true },
  { why: 'superlative item', question: 'What is the best finish place of skippers across all voyages?', sql: 'SELECT MIN(finish_place) FROM voyages', columns: ['min(finish_place)'], rows: [[1]], check: 'projection', passed: true },
  { why: 'participle after who is', question: 'Who is registered for a voyage from Oslo? List the first name and last name.', sql: "SELECT DISTINCT s.first_name, s.last_name FROM sailors s JOIN voyages v ON v.skipper_id = s.sailor_id WHERE v.from_port = 'Oslo'", columns: ['first_name', 'last_name'], check: 'projection', passed: true },

  // new checks that catch wrong answers the others let through
  { why: 'values in phrases of their own', question: 'How many voyages sailed from Oslo to Bergen?', sql: "SELECT COUNT(*) FROM voyages WHERE from_port IN ('Oslo', 'Bergen')", columns: ['n'], rows: [[5]], check: 'value_roles', passed: false },
  { why: 'values listed together', question: 'How many voyages sailed from Oslo or Bergen?', sql: "SELECT COUNT(*) FROM voyages WHERE from_port IN ('Oslo', 'Bergen')", columns: ['n'], rows: [[5]], check: 'value_roles', passed: true },
  { why: 'values listed with and', question: "How many sailors live in 'Oslo' and 'Bergen'?", sql: "SELECT COUNT(*) FROM sailors WHERE home_port IN ('Oslo', 'Bergen')", columns: ['n'], rows: [[5]], check: 'value_roles', passed: true },
  { why: 'one thing asked, one row repeated', question: 'What is the berth fee of the boat named Gull?', sql: "SELECT b.berth_fee FROM boats b JOIN voyages v ON v.boat_id = b.boat_id WHERE b.boat_name = 'Gull'", columns: ['berth_fee'], rows: [[40], [40], [40]], check: 'repeated_rows', passed: false },
  { why: 'many things asked, values repeat', question: 'What are the ages of sailors from Oslo?', sql: "SELECT age FROM sailors WHERE home_port = 'Oslo'", columns: ['age'], rows: [[40], [40]], check: 'repeated_rows', passed: true },
  { why: 'how old, no age shown', question: 'What home port does every sailor without a boat have, and how old are they?', sql: 'SELECT home_port FROM sailors WHERE sailor_id NOT IN (SELECT owner_id FROM boats)', columns: ['home_port'], check: 'asked_attribute', passed: false },
  { why: 'how old, age shown', question: 'What home port does every sailor without a boat have, and how old are they?', sql: 'SELECT home_port, age FROM sailors WHERE sailor_id NOT IN (SELECT owner_id FROM boats)', columns: ['home_port', 'age'], check: 'asked_attribute', passed: true },
  // a demonym met by the country it pertains to (WordNet)
  { why: 'demonym', question: 'How many Norwegian ports are there?', sql: "SELECT COUNT(*) FROM ports WHERE country = 'Norway'", columns: ['n'], rows: [[4]], check: 'literals', passed: true },
  { why: 'demonym read', question: 'How many Norwegian ports are there?', sql: "SELECT COUNT(*) FROM ports WHERE country = 'Norway'", columns: ['n'], rows: [[4]], check: 'unaddressed', passed: true },
  { why: 'another country', question: 'How many Norwegian ports are there?', sql: "SELECT COUNT(*) FROM ports WHERE country = 'Sweden'", columns: ['n'], rows: [[4]], check: 'literals', passed: false },
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
