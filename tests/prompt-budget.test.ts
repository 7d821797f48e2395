import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContextSchema, type Context } from '../src/context/context-schema.js';
import { buildPrompt, promptSizeReport } from '../src/prompt/build-prompt.js';
import { buildPromptMaterial } from '../src/prompt/build-prompt-material.js';
import { countTokens } from '../src/prompt/count-tokens.js';
import { fitToBudget, materialTokens, renderMaterialText } from '../src/prompt/fit-to-budget.js';
import { californiaContext, monthlyActiveUsersContext, quarterlyRevenueContext } from './helpers/prompt-contexts.js';

function largeContext(): Context {
  const tables = Array.from({ length: 30 }, (_, t) => ({
    name: `table_${t}`,
    score: 1 - t / 30,
    ddl: '',
    row_count: 5000,
    columns: [
      { name: 'id', type: 'INTEGER', primary_key: true, nullable: false },
      ...(t > 0 ? [{ name: 'parent_id', type: 'INTEGER', references: `table_${t - 1}.id` }] : []),
      ...Array.from({ length: 25 }, (_, c) => ({
        name: `attribute_${c}_of_${t}`,
        type: c % 2 ? 'VARCHAR' : 'DOUBLE',
        score: (25 - c) / 25,
        comment: `what attribute ${c} of table ${t} means, in a few words`,
      })),
    ],
    sample_rows: Array.from({ length: 5 }, (_, r) => [r, r, ...Array.from({ length: 25 }, (_, c) => `value ${r}-${c}`)]),
  }));
  return ContextSchema.parse({
    run_id: 'run-large',
    task: { text: 'Which attribute_3_of_0 values are most common?', namespace: 'demo', plan: 'reflection', current_date: '2024-05-15', max_iterations: 3 },
    table_schemas: tables,
    matched_values: [{ table: 'table_29', column: 'attribute_24_of_29', value: 'x', matched_text: 'x' }],
    doc_passages: Array.from({ length: 8 }, (_, d) => ({
      source: `docs/doc_${d}.md`,
      heading: `Passage ${d}`,
      text: `Passage ${d} explains a business rule in some detail. `.repeat(30).trim() + ` END-OF-PASSAGE-${d}`,
      score: 1 - d / 8,
    })),
    sql_attempts: Array.from({ length: 3 }, (_, a) => ({
      sql: `SELECT attribute_3_of_0, COUNT(*) FROM table_0 GROUP BY 1 /* attempt ${a} */`,
      explanation: `attempt ${a}`,
      source: a === 0 ? 'generate_sql' : 'fix',
      executed: true,
      columns: ['attribute_3_of_0', 'n'],
      column_types: ['VARCHAR', 'BIGINT'],
      row_count: 40,
      rows: Array.from({ length: 40 }, (_, r) => [`value ${r}`, 40 - r]),
      ...(a < 2 ? { error: `Binder Error: something went wrong in attempt ${a}`, error_kind: 'binder', executed: false, rows: [], columns: [] } : {}),
    })),
    plan: { done: [], pending: [], next_step_id: 0 },
  });
}

describe('countTokens', () => {
  it('counts o200k tokens locally, special-token text included', () => {
    expect(countTokens('')).toBe(0);
    expect(countTokens('SELECT 1')).toBeGreaterThan(1);
    expect(countTokens('a <|endoftext|> b')).toBeGreaterThan(3);
  });
});

describe('buildPrompt', () => {
  it('puts fixed instructions and schema first, sections in a stable order and the question last', () => {
    const context = quarterlyRevenueContext();
    const { messages } = buildPrompt(context, { node: 'generate_sql', dialect: 'duckdb', budgetTokens: 100_000 });
    expect(messages.system).toContain('"sql"');
    expect(messages.system).not.toContain(context.task.text);
    const order = ['Write SQL for duckdb', 'CREATE TABLE orders', '## Business metrics', '## Documentation', '## SQL attempts so far', '## Review notes', '## Question'];
    const positions = order.map((marker) => messages.user.indexOf(marker));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(messages.user.trimEnd().endsWith('(Today is 2024-05-15.)')).toBe(true);
    expect(messages.user).toContain(context.task.text);
    // Identical context, identical prompt: providers' prefix caches and our response cache depend on it.
    expect(buildPrompt(context, { node: 'generate_sql', dialect: 'duckdb', budgetTokens: 100_000 }).messages).toEqual(messages);
  });

  it('uses a user template from prompts.<node> and rejects unknown placeholders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sluice-prompts-'));
    writeFileSync(join(dir, 'mine.md'), '<!-- system -->\nBe brief. {{output_schema}}\n<!-- user -->\n{{tables}}\nQ: {{question}}');
    writeFileSync(join(dir, 'typo.md'), '<!-- user -->\n{{tabels}} {{question}}');
    const { messages } = buildPrompt(californiaContext(), {
      node: 'generate_sql',
      dialect: 'duckdb',
      budgetTokens: 10_000,
      templates: { generate_sql: 'mine.md' },
      templateBaseDir: dir,
    });
    expect(messages.system.startsWith('Be brief.')).toBe(true);
    expect(messages.user).toMatch(/^## Tables\nCREATE TABLE customers/);
    expect(messages.user.endsWith('Q: List all customers from California')).toBe(true);
    expect(() =>
      buildPrompt(californiaContext(), { node: 'fix', dialect: 'duckdb', budgetTokens: 10_000, templates: { fix: join(dir, 'typo.md') } }),
    ).toThrow(/unknown placeholder\(s\) \{\{tabels\}\}/);
  });
});

describe('fitToBudget', () => {
  it('leaves material that fits untouched', () => {
    const material = buildPromptMaterial(californiaContext(), { node: 'generate_sql', dialect: 'duckdb' });
    const fitted = fitToBudget(material, 10_000);
    expect(fitted.report.dropped).toEqual([]);
    expect(renderMaterialText(fitted.material)).toBe(renderMaterialText(material));
  });

  it('shrinks a large context under budget in order of relevance, never cutting an item mid-text', () => {
    const context = largeContext();
    const material = buildPromptMaterial(context, { node: 'reflect', dialect: 'duckdb' });
    const budget = 2_500;
    expect(materialTokens(material)).toBeGreaterThan(budget * 5);

    const { material: fitted, report } = fitToBudget(material, budget);
    const text = renderMaterialText(fitted);
    expect(report.fits).toBe(true);
    expect(report.tokens_after).toBe(countTokens(text));
    expect(report.tokens_after).toBeLessThanOrEqual(budget);
    expect(report.tokens_before).toBeGreaterThan(report.tokens_after);

    // Relevance order: sample rows go first, then older attempts are summarised, then docs, columns, tables.
    const firstOf = (pattern: RegExp) => report.dropped.findIndex((note) => pattern.test(note));
    expect(firstOf(/^sample rows/)).toBe(0);
    expect(firstOf(/summarised/)).toBeGreaterThan(firstOf(/^sample rows/));
    expect(firstOf(/^doc passage/)).toBeGreaterThan(firstOf(/summarised/));
    expect(firstOf(/low-ranked column/)).toBeGreaterThan(firstOf(/^doc passage/));
    expect(firstOf(/^table /)).toBeGreaterThan(firstOf(/low-ranked column/));

    // The best table stays, with its key; the lowest-ranked tables go first.
    expect(text).toContain('CREATE TABLE table_0 (');
    expect(text).toContain('  id INTEGER PRIMARY KEY');
    expect(text).not.toContain('CREATE TABLE table_29 (');
    // Whole items only: every table shown is closed, every passage and attempt complete or absent.
    expect(text.match(/CREATE TABLE/g)!.length).toBe(text.match(/^\);$/gm)!.length);
    for (const passage of context.doc_passages) {
      const start = text.includes(passage.text.slice(0, 40));
      expect(start).toBe(text.includes(passage.text));
    }
    for (const attempt of context.sql_attempts) expect(text).toContain(attempt.sql);
    expect(text).toContain(context.task.text);
    // Older attempts keep their SQL and error.
    expect(text).toContain('Error: Binder Error: something went wrong in attempt 0');
  });

  it('keeps key, join and matched-value columns when dropping low-ranked ones', () => {
    const context = largeContext();
    const material = buildPromptMaterial(context, { node: 'generate_sql', dialect: 'duckdb' });
    material.tables = material.tables.filter((table) => table.name === 'table_29');
    const { material: fitted, report } = fitToBudget(material, 300);
    const columns = fitted.tables[0]!.columns.map((column) => column.name);
    expect(report.dropped.some((note) => note.includes('low-ranked column(s) of table_29'))).toBe(true);
    expect(columns).toEqual(expect.arrayContaining(['id', 'parent_id', 'attribute_24_of_29']));
    expect(renderMaterialText(fitted)).toMatch(/-- \d+ less relevant column\(s\) not shown/);
  });

  it('reports that it cannot fit when the question alone is over budget, without cutting the question', () => {
    const context = californiaContext();
    context.task.text = 'customers '.repeat(200).trim();
    const { material, report } = fitToBudget(buildPromptMaterial(context, { node: 'generate_sql', dialect: 'duckdb' }), 50);
    expect(report.fits).toBe(false);
    expect(renderMaterialText(material)).toContain(context.task.text);
  });
});

describe('prompt size for the spec examples', () => {
  it('reports tokens before and after the budget', () => {
    const cases = [
      ['california (fixed, generate_sql)', californiaContext(), 'generate_sql'],
      ['quarterly revenue (reflection, reflect)', quarterlyRevenueContext(), 'reflect'],
      ['quarterly revenue (reflection, fix)', quarterlyRevenueContext(), 'fix'],
      ['monthly active users (metric_to_sql, generate_sql)', monthlyActiveUsersContext(), 'generate_sql'],
    ] as const;
    for (const [label, context, node] of cases) {
      const roomy = promptSizeReport(context, { node, dialect: 'duckdb', budgetTokens: 6_000, windowTokens: 128_000 - 1024 });
      const tight = promptSizeReport(context, { node, dialect: 'duckdb', budgetTokens: 400, windowTokens: 128_000 - 1024 });
      console.log(
        `${label}: default budget ${roomy.tokens_before} -> ${roomy.tokens_after} tokens; 400-token budget ${tight.tokens_before} -> ${tight.tokens_after} (dropped: ${tight.dropped.join('; ') || 'nothing'})`,
      );
      expect(roomy.tokens_after).toBe(roomy.tokens_before);
      expect(tight.tokens_after).toBeLessThanOrEqual(tight.tokens_before);
    }
  });
});

describe('table pieces shared between a question\'s prompts', () => {
  it('renders each prompt as a fresh context would, however the tables were rendered before', () => {
    const context = largeContext();
    const fresh = () => structuredClone(context);
    for (const node of ['generate_sql', 'reflect', 'fix'] as const) {
      // The same table objects, prompt after prompt (as the nodes of one run see them), at a roomy and a tight budget.
      for (const budgetTokens of [100_000, 3_000]) {
        expect(buildPrompt(context, { node, dialect: 'duckdb', budgetTokens }).messages).toEqual(buildPrompt(fresh(), { node, dialect: 'duckdb', budgetTokens }).messages);
      }
    }
  });

  it('renders a material table changed after it was built as it now is, not as its linked table was', () => {
    const context = californiaContext();
    const before = renderMaterialText(buildPromptMaterial(context, { node: 'generate_sql', dialect: 'duckdb' }));
    const material = buildPromptMaterial(context, { node: 'generate_sql', dialect: 'duckdb' });
    const table = material.tables[0]!;
    const reason = table.reason;
    table.reason = 'changed by hand';
    const after = renderMaterialText(material);
    expect(after).toContain('linked: changed by hand');
    expect(after.replace('linked: changed by hand', `linked: ${reason}`)).toEqual(before);
    table.reason = reason;
    // A column dropped in place: rendered as a copy of the material (which shares nothing with the linked table) is.
    const dropped = table.columns.pop()!;
    expect(renderMaterialText(material)).toEqual(renderMaterialText(structuredClone(material)));
    expect(renderMaterialText(material)).not.toEqual(before);
    table.columns.push(dropped);
    expect(renderMaterialText(material)).toEqual(before);
    expect(renderMaterialText(buildPromptMaterial(context, { node: 'generate_sql', dialect: 'duckdb' }))).toEqual(before);
  });
});
