import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/run-cli.js';

/** User-given names are looked up as own keys: "toString" is an unknown name, not Object.prototype.toString. */
describe('plan, namespace and model names that are Object.prototype members', () => {
  it.each([
    [['--plan', 'toString'], /^sluice: unknown plan "toString"; known plans: .*reflection/],
    [['--plan', 'constructor'], /^sluice: unknown plan "constructor"; known plans: /],
    [['--namespace', 'constructor'], /^sluice: unknown namespace "constructor"; configured namespaces: demo/],
    [['--namespace', '__proto__'], /^sluice: unknown namespace "__proto__"; configured namespaces: demo/],
    [['--model', 'toString'], /^sluice: unknown model "toString"; configured models: offline/],
    [['--model', 'hasOwnProperty'], /^sluice: unknown model "hasOwnProperty"; configured models: offline/],
  ])('%j exits 2 with the valid names', async (flags, message) => {
    const result = await runCli(['run', '--task', 'how many customers are there', '--save_dir', 'save', ...flags]);
    expect(result.stderr.trim()).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.code).toBe(2);
  });
});

/** Words of questions, schemas and values are looked up in word tables: "constructor" is a word like any other. */
describe('schemas, values and questions with Object.prototype words', () => {
  it('answers or doubts every question, and no step fails on a lookup that found a built-in function', async () => {
    const cwd = tempDir('sluice-prototype-words-');
    const instance = await DuckDBInstance.create(path.join(cwd, 'f1.duckdb'));
    const connection = await instance.connect();
    await connection.run(
      'CREATE TABLE constructor (constructor_id INTEGER, constructor VARCHAR, "__proto__" VARCHAR, "valueOf" INTEGER, "toString" VARCHAR, "hasOwnProperty" VARCHAR)',
    );
    await connection.run("INSERT INTO constructor VALUES (1, 'Ferrari', 'a', 1, 'x', 'y'), (2, 'McLaren', 'b', 2, 'z', 'w')");
    await connection.run('CREATE TABLE results (race_id INTEGER, constructor_id INTEGER, constructor VARCHAR, drvr_nm VARCHAR, pts INTEGER, sts_cd VARCHAR)');
    await connection.run(
      "INSERT INTO results VALUES (1, 1, 'Ferrari', 'Leclerc', 25, 'constructor'), (1, 2, 'McLaren', 'Norris', 18, 'toString'), (2, 1, 'Ferrari', 'Sainz', 25, 'valueOf')",
    );
    await connection.run("COMMENT ON COLUMN results.sts_cd IS 'constructor = team entry, toString = classified, valueOf = retired, __proto__ = disqualified'");
    connection.closeSync();
    instance.closeSync();
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  f1: { type: duckdb, path: ./f1.duckdb }\n');
    const questions = [
      'Total points per constructor',
      'Which constructor has the most points?',
      'How many races did each constructor win',
      'Average points by constructor in race 2',
      'Show the __proto__ of each result',
      'What is the valueOf for race 1',
      'toString per race',
      'hasOwnProperty by driver',
      'How many results are constructor entries?',
      'List the drivers who retired',
      'Which constructors have the tallest drivers?',
    ];
    const run = await runCli(['run', '--namespace', 'f1', '--no-cache', '--save_dir', 'save'], { cwd, input: `${questions.join('\n')}\n` });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; status: string; error?: string });
    expect(lines).toHaveLength(questions.length);
    for (const line of lines) expect({ line: line.line, status: line.status, error: line.error }).toMatchObject({ status: expect.stringMatching(/^(success|unsure|unanswerable)$/) });
  }, 120_000);

  it('reads a comment that glosses stored codes named like Object.prototype members as it reads any other', async () => {
    const cwd = tempDir('sluice-prototype-codes-');
    const instance = await DuckDBInstance.create(path.join(cwd, 'f1.duckdb'));
    const connection = await instance.connect();
    await connection.run('CREATE TABLE results (race_id INTEGER, drvr_nm VARCHAR, pts INTEGER, sts_cd VARCHAR)');
    await connection.run("INSERT INTO results VALUES (1, 'Leclerc', 25, 'constructor'), (1, 'Norris', 18, 'toString'), (2, 'Sainz', 25, '__proto__'), (2, 'Alonso', 3, 'valueOf')");
    await connection.run("COMMENT ON COLUMN results.sts_cd IS '''constructor'' = team entry, ''toString'' = classified, ''valueOf'' = retired, ''__proto__'' = disqualified'");
    connection.closeSync();
    instance.closeSync();
    fs.writeFileSync(path.join(cwd, 'sluice.yml'), 'namespaces:\n  f1: { type: duckdb, path: ./f1.duckdb }\n');
    const questions = ['How many results are team entries?', 'List the drivers who retired', 'Which drivers were disqualified?'];
    const run = await runCli(['run', '--namespace', 'f1', '--no-cache', '--save_dir', 'save'], { cwd, input: `${questions.join('\n')}\n` });
    const lines = run.stdout.trim().split('\n').map((line) => JSON.parse(line) as { line: number; status: string; error?: string });
    expect(lines).toHaveLength(questions.length);
    for (const line of lines) expect({ line: line.line, status: line.status, error: line.error }).toMatchObject({ status: expect.stringMatching(/^(success|unsure|unanswerable)$/) });
  }, 120_000);
});
