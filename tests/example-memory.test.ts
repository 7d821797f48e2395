import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBenchSluice } from '../src/bench/open-bench-sluice.js';
import { adaptExampleSql } from '../src/examples/adapt-example-sql.js';
import { maskQuestion, type KnownValue } from '../src/examples/mask-question.js';
import { exampleStorePath } from '../src/examples/example-store-path.js';
import { startFakeOpenAiServer, type FakeOpenAiServer, type FakeRequest } from './helpers/fake-openai-server.js';
import { REPO_ROOT, runCli, tempDir } from './helpers/run-cli.js';

/** Every test gets its own state folder, so the stores of parallel tests never meet (and the user's is never touched). */
function project(): { cwd: string; state: string; env: Record<string, string> } {
  const cwd = tempDir('sluice-examples-');
  const state = path.join(cwd, 'state');
  return { cwd, state, env: { SLUICE_STATE_DIR: state } };
}

type Project = ReturnType<typeof project>;

const store = (p: Project, namespace = 'demo') => exampleStorePath(path.join(p.state, 'examples'), namespace);
const cli = (p: Project, args: string[], env: Record<string, string | undefined> = {}) => runCli(args, { cwd: p.cwd, env: { ...p.env, ...env } });
const add = (p: Project, question: string, sql: string, extra: string[] = []) => cli(p, ['examples', 'add', '--question', question, '--sql', sql, ...extra]);

async function list(p: Project, extra: string[] = []): Promise<Array<{ id: string; question: string; sql: string; namespace: string; source: string; added_at: string }>> {
  const result = await cli(p, ['examples', 'list', '--format', 'json', ...extra]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout);
}

/** The saved context of the run a `run --format json` printed. */
function savedContext(p: Project, stdout: string): any {
  const runId = JSON.parse(stdout).run_id as string;
  return JSON.parse(fs.readFileSync(path.join(p.cwd, 'save', runId, 'state.json'), 'utf8')).context;
}

const ask = (p: Project, task: string, extra: string[] = [], env: Record<string, string | undefined> = {}) =>
  cli(p, ['run', '--task', task, '--format', 'json', '--current_date', '2025-06-30', ...extra], env);

/** The demo's California/2023 question, with SQL the offline model would not write itself (a tie-broken top list). */
const TOP_CUSTOMERS_QUESTION = 'Which 3 customers in California placed the most orders in 2023?';
const topCustomersSql = (state: string, year: number, limit: number) =>
  `SELECT c.customer_id, c.first_name, c.last_name, COUNT(DISTINCT o.order_id) AS orders_placed FROM customers c ` +
  `JOIN orders o ON o.customer_id = c.customer_id WHERE c.state = '${state}' AND o.order_date >= DATE '${year}-01-01' ` +
  `AND o.order_date < DATE '${year + 1}-01-01' GROUP BY c.customer_id, c.first_name, c.last_name ORDER BY orders_placed DESC, c.customer_id LIMIT ${limit}`;

beforeAll(async () => {
  // Builds the shared demo database once before the tests below run in parallel with other files.
  const result = await runCli(['sql', 'SELECT 1']);
  expect(result.code, result.stderr).toBe(0);
}, 120_000);

describe('sluice examples add / list / remove', () => {
  it('stores a checked pair once, lists it as a table and as JSON, and removes it by id with a removal line', async () => {
    const p = project();
    const sql = "SELECT COUNT(*) AS n FROM customers WHERE state = 'CA';";
    const added = await add(p, 'How many customers are in California?', sql);
    expect(added.code, added.stderr).toBe(0);
    const id = /example (\w+) stored in (.+)$/m.exec(added.stdout)![1]!;
    expect(added.stdout).toContain(store(p));

    const again = await add(p, 'How many customers are in California?', sql);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain(`example ${id} is already stored`);

    const listed = await list(p);
    expect(listed).toEqual([
      expect.objectContaining({ id, question: 'How many customers are in California?', sql: "SELECT COUNT(*) AS n FROM customers WHERE state = 'CA'", namespace: 'demo', source: 'user' }),
    ]);
    expect(Date.parse(listed[0]!.added_at)).toBeGreaterThan(Date.now() - 120_000);
    const table = await cli(p, ['examples', 'list', '--namespace', 'demo']);
    expect(table.stdout).toMatch(new RegExp(`^${id} +│ demo +│ user +│ How many customers are in California\\?`, 'm'));

    const removed = await cli(p, ['examples', 'remove', id]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toContain(`example ${id} removed from namespace demo`);
    expect(await list(p)).toEqual([]);
    const lines = fs.readFileSync(store(p), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toEqual([expect.objectContaining({ id }), expect.objectContaining({ removed: id })]);

    const unknown = await cli(p, ['examples', 'remove', id]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toEqual([`sluice: no example with id "${id}"; sluice examples list shows the ids`]);
  });

  it('does not store SQL the sandbox refuses or that fails, in one line each, and names an unknown namespace', async () => {
    const p = project();
    const refused = await add(p, 'Delete the customers', 'DELETE FROM customers');
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^sluice: not stored: .*read-only/)]);

    const twoStatements = await add(p, 'Customers', 'SELECT 1; DROP TABLE customers');
    expect(twoStatements.code).toBe(1);
    expect(twoStatements.stderr).toMatch(/^sluice: not stored: /);

    const failing = await add(p, 'Customer nicknames', 'SELECT nickname FROM customers');
    expect(failing.code).toBe(1);
    expect(failing.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^sluice: not stored: binder error: .*nickname/)]);

    const unknownNamespace = await add(p, 'Customers', 'SELECT 1', ['--namespace', 'warehouse']);
    expect(unknownNamespace.code).toBe(2);
    expect(unknownNamespace.stderr).toMatch(/^sluice: unknown namespace "warehouse"/);

    expect(fs.existsSync(store(p))).toBe(false);
    expect(await list(p)).toEqual([]);
  });

  it('reads a team file named by examples: in sluice.yml, warns about its bad entries by file:line and will not remove its examples', async () => {
    const p = project();
    fs.writeFileSync(
      path.join(p.cwd, 'team-examples.yml'),
      [
        'examples:',
        '  - question: How many products are there?',
        '    sql: SELECT COUNT(*) AS products FROM products',
        '  - question: A question without SQL',
        '',
      ].join('\n'),
    );
    fs.writeFileSync(path.join(p.cwd, 'sluice.yml'), 'namespaces:\n  demo:\n    type: demo\n    examples: team-examples.yml\n');
    const result = await cli(p, ['examples', 'list', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const listed = JSON.parse(result.stdout);
    expect(listed).toEqual([expect.objectContaining({ question: 'How many products are there?', source: 'file', namespace: 'demo' })]);
    expect(result.stderr.trim().split('\n')).toEqual([
      `sluice: warning: ${path.join(p.cwd, 'team-examples.yml')}:4:5: not an example (sql: Invalid input: expected string, received undefined), skipped`,
    ]);

    const removed = await cli(p, ['examples', 'remove', listed[0].id]);
    expect(removed.code).toBe(2);
    expect(removed.stderr).toContain(`comes from ${path.join(p.cwd, 'team-examples.yml')}`);

    fs.writeFileSync(path.join(p.cwd, 'sluice.yml'), 'namespaces:\n  demo:\n    type: demo\n    examples: 42\n');
    const wrongType = await cli(p, ['examples', 'list']);
    expect(wrongType.code).toBe(2);
    expect(wrongType.stderr).toMatch(/sluice\.yml:4:\d+: namespaces\.demo\.examples: /);
  });
});

describe('a corrupt store line', () => {
  it('is skipped with a one-line warning naming file:line; the rest is listed, retrieved and appended to', async () => {
    const p = project();
    const first = await add(p, 'How many customers are in California?', "SELECT COUNT(*) AS n FROM customers WHERE state = 'CA'");
    expect(first.code, first.stderr).toBe(0);
    // A torn write (no newline), then a line that is JSON but not an example.
    fs.appendFileSync(store(p), '{"id": "broken", "question": \n{"id":"x1","question":"q"}\n{"id":"x2","questi');
    const result = await cli(p, ['examples', 'list', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `sluice: warning: ${store(p)}:2: not a JSON line, skipped`,
      `sluice: warning: ${store(p)}:3: not an example (sql: Invalid input: expected string, received undefined), skipped`,
      `sluice: warning: ${store(p)}:4: not a JSON line, skipped`,
    ]);

    // The next append starts on a line of its own, so the torn line never swallows it.
    const second = await add(p, 'How many products are there?', 'SELECT COUNT(*) AS products FROM products');
    expect(second.code, second.stderr).toBe(0);
    expect(await list(p)).toHaveLength(2);

    const run = await ask(p, 'How many customers are in Texas?');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`warning: ${store(p)}:2: not a JSON line, skipped (+2 more)`);
    expect(JSON.parse(run.stdout).sql).toContain("state = 'TX'");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('retrieval and offline reuse', () => {
  it('masks values, so the same question about Texas in 2024 retrieves the California 2023 example first, with scores', async () => {
    const p = project();
    for (const [question, sql] of [
      ['How many products are in the catalog?', 'SELECT COUNT(*) AS products FROM products'],
      [TOP_CUSTOMERS_QUESTION, topCustomersSql('CA', 2023, 3)],
      ['Which channel had the most orders?', 'SELECT channel, COUNT(*) AS orders FROM orders GROUP BY channel ORDER BY orders DESC LIMIT 1'],
    ] as const) {
      const result = await add(p, question, sql);
      expect(result.code, result.stderr).toBe(0);
    }
    const run = await ask(p, 'Which 5 customers in Texas placed the most orders in 2024?');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/schema_linking: .*\d confirmed examples? found/);
    const context = savedContext(p, run.stdout);
    expect(context.examples.length).toBeGreaterThanOrEqual(1);
    expect(context.examples.length).toBeLessThanOrEqual(3);
    expect(context.examples[0]).toMatchObject({
      question: TOP_CUSTOMERS_QUESTION,
      masked: 'which <number> customers in <value> placed the most orders in <number>',
      slots: [{ kind: 'number', text: '3' }, { kind: 'value', text: 'California', value: 'CA' }, { kind: 'number', text: '2023' }],
    });
    const scores = context.examples.map((example: { score: number }) => example.score);
    expect(scores.every((score: number) => score > 0)).toBe(true);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('writes the example SQL with the new question values and gets the rows that SQL gets on the demo, saying it adapted it', async () => {
    const p = project();
    expect((await add(p, TOP_CUSTOMERS_QUESTION, topCustomersSql('CA', 2023, 3))).code).toBe(0);

    const run = await ask(p, 'Which 5 customers in Texas placed the most orders in 2024?', ['--plan', 'fixed']);
    expect(run.code, run.stderr).toBe(0);
    const answer = JSON.parse(run.stdout);
    expect(answer.sql).toBe(topCustomersSql('TX', 2024, 5));
    const expected = await cli(p, ['sql', topCustomersSql('TX', 2024, 5), '--format', 'json']);
    expect(expected.code, expected.stderr).toBe(0);
    const rows = JSON.parse(expected.stdout).rows;
    expect(rows).toHaveLength(5);
    expect(answer.rows).toEqual(rows);
    const attempt = savedContext(p, run.stdout).sql_attempts[0];
    expect(attempt.explanation).toMatch(/^Adapted from a confirmed example \(\w+: "Which 3 customers in California/);
    expect(attempt.explanation).toContain('Texas for California');

    // A question of another shape is answered as before: the example is retrieved, not reused.
    const other = await ask(p, 'How many customers are in Texas?', ['--plan', 'fixed']);
    expect(other.code, other.stderr).toBe(0);
    expect(JSON.parse(other.stdout).sql).not.toContain('orders_placed');
    expect(savedContext(p, other.stdout).sql_attempts[0].explanation).not.toMatch(/confirmed example/);
  });
});

describe('the LLM prompt', () => {
  let server: FakeOpenAiServer;
  const userText = (request: FakeRequest) => (request.body?.messages ?? []).map((m: { content: string }) => m.content).join('\n');
  beforeAll(async () => {
    server = await startFakeOpenAiServer({
      script: (request) => {
        const format = request.body?.response_format?.json_schema?.name;
        if (format === 'reflection_decision') return { content: { strategy: 'success', reason: 'answers it', unaddressed: [] } };
        return { content: { sql: "SELECT COUNT(*) AS n FROM customers WHERE state = 'TX'", explanation: 'count', tables_used: ['customers'] } };
      },
    });
  });
  afterAll(async () => server?.close());

  it('carries the retrieved examples as question/SQL pairs, most similar first, and no store means no section', async () => {
    const p = project();
    expect((await add(p, 'How many customers are in California?', "SELECT COUNT(*) AS n FROM customers WHERE state = 'CA'")).code).toBe(0);
    expect((await add(p, 'How many products are in the catalog?', 'SELECT COUNT(*) AS products FROM products')).code).toBe(0);
    const env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: server.url, SLUICE_MODEL: 'fake-coder' };
    const before = server.chatRequests().length;
    const run = await ask(p, 'How many customers are in Texas?', ['--no-cache'], env);
    expect(run.code, run.stderr).toBe(0);
    const generate = server.chatRequests().slice(before).find((r) => r.body.response_format?.json_schema?.name === 'sql_answer')!;
    const text = userText(generate);
    const section = text.indexOf('## Confirmed examples');
    expect(section).toBeGreaterThan(text.indexOf('CREATE TABLE customers'));
    expect(section).toBeLessThan(text.indexOf('## Question'));
    const pair = "Question: How many customers are in California?\n```sql\nSELECT COUNT(*) AS n FROM customers WHERE state = 'CA'\n```";
    expect(text).toContain(pair);
    const other = text.indexOf('Question: How many products are in the catalog?');
    expect(other === -1 || other > text.indexOf(pair)).toBe(true);

    const empty = project();
    const later = server.chatRequests().length;
    const plain = await ask(empty, 'How many customers are in Texas?', ['--no-cache'], env);
    expect(plain.code, plain.stderr).toBe(0);
    const plainGenerate = server.chatRequests().slice(later).find((r) => r.body.response_format?.json_schema?.name === 'sql_answer')!;
    expect(userText(plainGenerate)).toContain('CREATE TABLE customers');
    expect(userText(plainGenerate)).not.toContain('## Confirmed examples');
  });
});

describe('the bench', () => {
  const dataset = path.join(REPO_ROOT, 'tests/fixtures/bench/spider-mini');

  it('opens its runtime with example memory off', async () => {
    const p = project();
    const opened = await openBenchSluice({ cwd: p.cwd, env: { ...process.env, SLUICE_STATE_DIR: p.state } });
    const sluice = opened.withDatabases({});
    try {
      expect(opened.base.runtime.settings.examplesDir).toBe(path.join(p.state, 'examples'));
      expect(sluice.runtime.settings.examplesDir).toBeUndefined();
    } finally {
      await sluice.runtime.close();
    }
  });

  it('never retrieves a stored example and leaves the user store as it was, though a normal run reuses it', async () => {
    const p = project();
    const built = await cli(p, ['bench', '--dataset', dataset, '--filter', '^spider_dev_0000$', '--model', 'gold']);
    expect(built.code, built.stderr).toBe(0);
    const database = /(?:built|cached) concert_singer: (.+\.duckdb)$/m.exec(built.stderr)![1]!;
    fs.writeFileSync(path.join(p.cwd, 'sluice.yml'), `namespaces:\n  concert_singer:\n    type: duckdb\n    path: ${JSON.stringify(database)}\n`);
    const planted = 'SELECT 4242 AS planted_answer FROM singer LIMIT 1';
    const stored = await add(p, 'How many singers do we have?', planted, ['--namespace', 'concert_singer']);
    expect(stored.code, stored.stderr).toBe(0);

    // Control: outside the bench, the stored example is the same question, so the offline model reuses it.
    const control = await ask(p, 'How many singers do we have?', ['--namespace', 'concert_singer', '--plan', 'fixed']);
    expect(control.code, control.stderr).toBe(0);
    expect(JSON.parse(control.stdout).sql).toBe(planted);

    const file = store(p, 'concert_singer');
    const before = { text: fs.readFileSync(file, 'utf8'), mtime: fs.statSync(file).mtimeMs, files: fs.readdirSync(path.dirname(file)) };
    const out = path.join(p.cwd, 'report.json');
    const bench = await cli(p, ['bench', '--dataset', dataset, '--filter', '^spider_dev_000[01]$', '--out', out]);
    expect(bench.code, bench.stderr).toBe(0);
    const outcomes = fs.readFileSync(out.replace(/\.json$/, '.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line));
    expect(outcomes.map((outcome) => outcome.id)).toEqual(['spider_dev_0000', 'spider_dev_0001']);
    for (const outcome of outcomes) {
      expect(outcome.predicted_sql).not.toContain('planted_answer');
      for (const attempt of outcome.attempts) expect(attempt.sql).not.toContain('planted_answer');
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(before.text);
    expect(fs.statSync(file).mtimeMs).toBe(before.mtime);
    expect(fs.readdirSync(path.dirname(file))).toEqual(before.files);
  }, 120_000);
});

describe('adapting an example to new values (literal by literal)', () => {
  const adapt = (question: string, sql: string, task: string, known: { before?: KnownValue[]; after?: KnownValue[] } = {}) =>
    adaptExampleSql({ sql, ...maskQuestion(question, known.before) }, maskQuestion(task, known.after))?.sql;

  it.each([
    {
      name: 'a year range moves its exclusive end with it',
      question: 'Orders between 2020 and 2022',
      sql: "SELECT * FROM orders WHERE order_date >= '2020-01-01' AND order_date < '2023-01-01'",
      task: 'Orders between 2017 and 2018',
      expected: "SELECT * FROM orders WHERE order_date >= '2017-01-01' AND order_date < '2019-01-01'",
    },
    {
      name: 'a year named in the question wins over the year after another one',
      question: 'Orders from 2022 to 2023',
      sql: 'SELECT * FROM orders WHERE EXTRACT(year FROM order_date) BETWEEN 2022 AND 2023',
      task: 'Orders from 2010 to 2015',
      expected: 'SELECT * FROM orders WHERE EXTRACT(year FROM order_date) BETWEEN 2010 AND 2015',
    },
    {
      name: 'a quoted string inside a LIKE pattern, with a quote in the new value',
      question: "Customers whose last name contains 'Smith', top 10",
      sql: "SELECT * FROM customers WHERE last_name LIKE '%Smith%' LIMIT 10",
      task: 'Customers whose last name contains "O\'Brien", top 25',
      expected: "SELECT * FROM customers WHERE last_name LIKE '%O''Brien%' LIMIT 25",
    },
    {
      name: 'an ISO date',
      question: 'Orders placed on 2024-03-01',
      sql: "SELECT * FROM orders WHERE order_date = DATE '2024-03-01'",
      task: 'Orders placed on 2024-12-24',
      expected: "SELECT * FROM orders WHERE order_date = DATE '2024-12-24'",
    },
    {
      name: 'the stored value the catalog matched, not the words',
      question: 'Customers in California',
      sql: "SELECT * FROM customers WHERE state = 'CA' -- California only",
      task: 'Customers in Texas',
      known: { before: [{ text: 'California', value: 'CA' }], after: [{ text: 'Texas', value: 'TX' }] },
      expected: "SELECT * FROM customers WHERE state = 'TX' -- California only",
    },
  ])('$name', ({ question, sql, task, known, expected }) => {
    expect(adapt(question, sql, task, known)).toBe(expected);
  });

  it.each([
    { name: 'the questions differ in more than values', question: 'Customers in California', task: 'Orders in Texas' },
    { name: 'a value the SQL does not carry', question: 'Customers in California named Smith', task: 'Customers in California named Jones' },
    {
      name: 'a stored value with no stored value for the new words',
      question: 'Customers in California',
      task: 'Customers in Atlantis',
      known: { before: [{ text: 'California', value: 'CA' }] },
    },
  ])('gives nothing when $name', ({ question, task, known }) => {
    expect(adapt(question, "SELECT * FROM customers WHERE state = 'CA'", task, known)).toBeUndefined();
  });
});
