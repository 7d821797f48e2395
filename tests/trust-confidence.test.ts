import fs from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContextSchema, type Context } from '../src/context/context-schema.js';
import { ANSWER_CONFIDENCE_MODEL } from '../src/trust/answer-confidence-model.js';
import { answerProbability, ConfidenceModelSchema } from '../src/trust/confidence-model-schema.js';
import { judgeAnswer } from '../src/trust/judge-answer.js';
import { scoreAnswer } from '../src/trust/score-answer.js';
import { attemptOf } from './helpers/answer-check-cases.js';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeRequest } from './helpers/fake-openai-server.js';
import { runCli, tempDir } from './helpers/run-cli.js';

/**
 * The scored confidence of a `success` answer (issue 14): after every check passed, a fitted model of the finished
 * run's features turns an answer whose SQL ignores what the question asks about into `unsure`, naming the words.
 * A made-up allotment garden, on a real DuckDB file, through the real CLI with the offline model and an LLM.
 */
let cwd: string;
let server: FakeOpenAiServer;

interface RunJson {
  status: string;
  sql: string;
  checks: Array<{ name: string; passed: boolean; detail: string }>;
  confidence: number;
}

/**
 * The LLM answers "plots that are shaded" with a count of every plot, as the offline model does. Asked as "How many
 * plots are there that are shaded?": "How many plots are shaded?" states its condition after the verb, which
 * unrestricted_rows doubts first, and "How many shaded plots are there?" before the noun, which unread_modifier doubts
 * first.
 */
function llmAnswer(request: FakeRequest) {
  const schema: string = request.body?.response_format?.json_schema?.name ?? '';
  const usage = { prompt_tokens: 400, completion_tokens: 20 };
  if (schema === 'sql_answer') return { content: { sql: 'SELECT COUNT(*) AS plot_count FROM plots', explanation: 'counts plots', tables_used: ['plots'], unanswerable: null }, usage };
  return { content: { strategy: 'success', reason: 'answers the question', unaddressed: [] }, usage };
}

beforeAll(async () => {
  cwd = tempDir('sluice-trust-confidence-');
  const instance = await DuckDBInstance.create(path.join(cwd, 'garden.duckdb'));
  const connection = await instance.connect();
  await connection.run(`
    CREATE TABLE gardeners (gardener_id INTEGER PRIMARY KEY, full_name VARCHAR, town VARCHAR, joined_on DATE);
    INSERT INTO gardeners VALUES (1, 'Ada Moss', 'Leeds', '2024-03-01'), (2, 'Ben Reed', 'York', '2024-05-11'), (3, 'Cora Vale', 'Leeds', '2025-01-20'), (4, 'Dev Shah', 'Hull', '2025-06-02');
    CREATE TABLE plots (plot_id INTEGER PRIMARY KEY, gardener_id INTEGER REFERENCES gardeners(gardener_id), area_m2 DOUBLE, soil VARCHAR, rent DOUBLE);
    INSERT INTO plots VALUES (10, 1, 40, 'clay', 120), (11, 2, 25, 'loam', 90), (12, 3, 60, 'sand', 150), (13, 4, 30, 'loam', 100), (14, 1, 20, 'clay', 70);`);
  connection.closeSync();
  instance.closeSync();
  server = await startFakeOpenAiServer({ script: llmAnswer, models: ['fake-coder'] });
  fs.writeFileSync(
    path.join(cwd, 'sluice.yml'),
    `namespaces:\n  garden: {type: duckdb, path: ./garden.duckdb}\nmodels:\n  local:\n    provider: openai\n    model: fake-coder\n    base_url: ${server.url}\n    api_key: none\n    retries: 0\n`,
  );
});
afterAll(async () => server?.close());

const run = (task: string, model = 'offline') =>
  runCli(['run', '--task', task, '--namespace', 'garden', '--model', model, '--format', 'json', '--current_date', '2026-11-25'], { cwd });

describe('a success answer scored by the fitted confidence model, through the real CLI', () => {
  it('a question whose main word the SQL ignores ends unsure (exit 3), naming the word', async () => {
    const result = await run('How many plots are there that are shaded?');
    const json = JSON.parse(result.stdout) as RunJson;
    expect(json.sql).toMatch(/FROM plots/i);
    expect(json.sql).not.toMatch(/shade/i);
    const doubt = json.checks.find((check) => check.name === 'scored_confidence');
    expect(doubt, JSON.stringify(json.checks)).toMatchObject({ passed: false, detail: expect.stringMatching(/the SQL never uses 'shaded' from the question/) });
    expect(json.checks.filter((check) => !check.passed)).toHaveLength(1);
    expect(json.status).toBe('unsure');
    expect(result.code).toBe(3);
  }, 120_000);

  it('a plain question answered fully stays success (exit 0)', async () => {
    const result = await run('What is the total rent of plots with clay soil?');
    const json = JSON.parse(result.stdout) as RunJson;
    expect(json.sql).toMatch(/sum\s*\(\s*"?rent/i);
    expect(json.sql).toMatch(/'clay'/);
    expect(json.checks.find((check) => check.name === 'scored_confidence'), JSON.stringify(json.checks)).toBeUndefined();
    expect(json.status).toBe('success');
    expect(result.code).toBe(0);
  }, 120_000);

  it('an LLM\'s SQL that passes every check gets the same judgement', async () => {
    const result = await run('How many plots are there that are shaded?', 'local');
    const json = JSON.parse(result.stdout) as RunJson;
    expect(json.sql, result.stderr).toBe('SELECT COUNT(*) AS plot_count FROM plots');
    expect(json.checks.find((check) => check.name === 'scored_confidence')?.detail, JSON.stringify(json.checks)).toMatch(/'shaded'/);
    expect(json.status).toBe('unsure');
    expect(result.code).toBe(3);
  }, 120_000);
});

function gardenContext(question: string): Context {
  return ContextSchema.parse({
    run_id: 'confidence-test',
    task: { text: question, namespace: 'garden', plan: 'fixed', current_date: '2026-11-25', max_iterations: 1 },
    plan: {},
    table_schemas: [
      { name: 'plots', columns: ['plot_id', 'gardener_id', 'area_m2', 'soil', 'rent'].map((name) => ({ name, type: 'VARCHAR' })), ddl: '', score: 1 },
    ],
    grounding: {
      grounded: ['plots', 'soil'],
      ungrounded: ['shaded'],
      words: [
        { word: { text: 'plots', stem: 'plot', index: 2, offset: 9, clauseEnd: false }, evidence: 'table' },
        { word: { text: 'shaded', stem: 'shaded', index: 4, offset: 19, clauseEnd: true } },
      ],
    },
  });
}

describe('the fitted model file', () => {
  it('loads as a valid model whose weights name features the runtime computes', () => {
    const model = ConfidenceModelSchema.parse(ANSWER_CONFIDENCE_MODEL);
    const context = gardenContext('How many plots are shaded?');
    const attempt = attemptOf('SELECT COUNT(*) FROM plots', ['n'], [[5]]);
    const scored = scoreAnswer(context, attempt)!;
    expect(Object.keys(model.weights).length).toBeGreaterThan(0);
    for (const name of Object.keys(model.weights)) expect(Object.keys(scored.vector), name).toContain(name);
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('is the model the judgement uses: its probability, and its threshold deciding the status', () => {
    const context = gardenContext('How many plots are shaded?');
    const attempt = attemptOf('SELECT COUNT(*) FROM plots', ['n'], [[5]]);
    const context1 = { ...context, sql_attempts: [attempt] };
    const judged = judgeAnswer(context1);
    const report = scoreAnswer(context1, attempt)!;
    expect(judged.probability).toBeCloseTo(answerProbability(ANSWER_CONFIDENCE_MODEL, report.vector), 3);
    expect(judged.status).toBe(report.probability < ANSWER_CONFIDENCE_MODEL.threshold ? 'unsure' : 'success');
    // The same answer under a model that trusts everything, and one that doubts everything.
    expect(scoreAnswer(context1, attempt, { ...ANSWER_CONFIDENCE_MODEL, threshold: 0 })?.doubt).toBeUndefined();
    expect(scoreAnswer(context1, attempt, { ...ANSWER_CONFIDENCE_MODEL, threshold: 1 })?.doubt?.detail).toMatch(/'shaded'/);
  });

  it('reads the question\'s words the SQL uses: a fully read question has none unread', () => {
    const context = gardenContext('How many plots are shaded?');
    const read = scoreAnswer(context, attemptOf('SELECT COUNT(*) FROM plots WHERE shaded = true', ['n'], [[2]]))!;
    expect(read.unread).toEqual([]);
    expect(read.vector.unread_share).toBe(0);
    const ignored = scoreAnswer(context, attemptOf('SELECT COUNT(*) FROM plots', ['n'], [[5]]))!;
    expect(ignored.unread).toEqual(['shaded']);
    expect(ignored.vector.unread_share).toBe(0.5);
    expect(ignored.probability).toBeLessThan(read.probability);
  });
});
