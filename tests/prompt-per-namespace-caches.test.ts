import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/context/context-schema.js';
import { answerJsonSchema, sharedAnswerJsonSchema, type PromptNode } from '../src/prompt/answer-schemas.js';
import { defaultPromptsDir } from '../src/prompt/prompt-template.js';
import { buildPrompt, type BuildPromptOptions, type BuiltPrompt } from '../src/prompt/build-prompt.js';
import { californiaContext, monthlyActiveUsersContext, quarterlyRevenueContext } from './helpers/prompt-contexts.js';

/**
 * A batch builds two prompts per question from the same namespace, so buildPrompt keeps what repeats: the prompt
 * without material (per template, dialect, date and round), a linked table's material columns (per table and kept
 * columns), which columns a metric text names, and one frozen answer schema per node. Whatever order prompts are
 * built in, each must equal the prompt built with nothing kept for it: from fresh context objects (so no table's
 * columns are known) and a template of its own (a copy of the shipped one, so no prompt without material is known).
 */

const copies = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-prompt-caches-'));
afterAll(() => fs.rmSync(copies, { recursive: true, force: true }));
let copied = 0;

/** The node's shipped template under a new name: a template object nothing was kept for. */
function templateCopy(node: PromptNode): Record<string, string> {
  const file = path.join(copies, `${node}-${++copied}.md`);
  fs.copyFileSync(path.join(defaultPromptsDir(), `${node}.md`), file);
  return { [node]: file };
}

const CONTEXTS = [californiaContext, quarterlyRevenueContext, monthlyActiveUsersContext];
const NODES: PromptNode[] = ['generate_sql', 'reflect', 'fix'];

interface Case {
  context: number;
  node: PromptNode;
  dialect: string;
  date: string;
  iteration: number;
  maxIterations: number;
  /** Drops every matched value, so the kept columns differ from the same table's in another case. */
  noValues: boolean;
  budget: number;
  window: number;
}

function contextOf(c: Case): Context {
  const context = CONTEXTS[c.context]!();
  return {
    ...context,
    task: { ...context.task, current_date: c.date, max_iterations: c.maxIterations },
    iteration: c.iteration,
    matched_values: c.noValues ? [] : context.matched_values,
  };
}

const optionsOf = (c: Case): BuildPromptOptions => ({ node: c.node, dialect: c.dialect, budgetTokens: c.budget, windowTokens: c.window });

/** What a prompt says: its messages, its material's tables as rendered inputs, and its size report read out. */
function said(built: BuiltPrompt) {
  return {
    messages: built.messages,
    tables: built.material.tables.map((table) => ({ name: table.name, columns: table.columns.map((column) => [column.name, column.index, column.keep]) })),
    report: { ...built.report, tokens_before: built.report.tokens_before, tokens_after: built.report.tokens_after },
    output_schema: built.output_schema,
  };
}

const caseArbitrary: fc.Arbitrary<Case> = fc.record({
  context: fc.integer({ min: 0, max: CONTEXTS.length - 1 }),
  node: fc.constantFrom(...NODES),
  dialect: fc.constantFrom('duckdb', 'postgres'),
  date: fc.constantFrom('2024-06-15', '2025-01-02'),
  iteration: fc.integer({ min: 0, max: 2 }),
  maxIterations: fc.constantFrom(3, 5),
  noValues: fc.boolean(),
  budget: fc.constantFrom(100_000, 400, 150),
  // Small windows make the fixed prompt's own size decide the budget.
  window: fc.constantFrom(127_000, 1_400, 1_100),
});

describe('prompts built one after another in a batch', () => {
  it('equal the prompt built with nothing kept, in any order', () => {
    fc.assert(
      fc.property(fc.array(caseArbitrary, { minLength: 2, maxLength: 10 }), (cases) => {
        const warm = cases.map((c) => said(buildPrompt(contextOf(c), optionsOf(c))));
        for (const [i, c] of cases.entries()) {
          expect(warm[i]).toEqual(said(buildPrompt(contextOf(c), { ...optionsOf(c), templates: templateCopy(c.node) })));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('share one context’s material columns between its prompts only while the same columns are kept', () => {
    const context = californiaContext();
    const first = buildPrompt(context, { node: 'generate_sql', dialect: 'duckdb', budgetTokens: 100_000 });
    const second = buildPrompt(context, { node: 'reflect', dialect: 'duckdb', budgetTokens: 100_000 });
    expect(second.material.tables.map((table) => table.columns)).toEqual(first.material.tables.map((table) => table.columns));
    // The same table objects with a matched value gone: a column kept only for that value is kept no more.
    const withoutValues = buildPrompt({ ...context, matched_values: [] }, { node: 'reflect', dialect: 'duckdb', budgetTokens: 100_000 });
    const keptBefore = first.material.tables.flatMap((table) => table.columns.filter((column) => column.keep).map((column) => `${table.name}.${column.name}`));
    const keptAfter = withoutValues.material.tables.flatMap((table) => table.columns.filter((column) => column.keep).map((column) => `${table.name}.${column.name}`));
    const valueColumns = context.matched_values.map((value) => `${value.table}.${value.column}`);
    expect(valueColumns.some((column) => keptBefore.includes(column) && !keptAfter.includes(column))).toBe(true);
  });
});

describe('the answer schema a request sends', () => {
  it('is one frozen object per node, equal to the copy a prompt hands its caller', () => {
    for (const node of NODES) {
      const shared = sharedAnswerJsonSchema(node);
      expect(Object.isFrozen(shared)).toBe(true);
      expect(Object.isFrozen(shared.properties)).toBe(true);
      expect(sharedAnswerJsonSchema(node)).toBe(shared);
      const built = buildPrompt(californiaContext(), { node, dialect: 'duckdb', budgetTokens: 100_000 });
      expect(built.output_schema).toEqual(shared);
      expect(built.output_schema).not.toBe(shared);
      // The caller's copy is its own to change; the next prompt and the shared schema are untouched.
      (built.output_schema as { title?: string }).title = 'changed';
      expect(buildPrompt(californiaContext(), { node, dialect: 'duckdb', budgetTokens: 100_000 }).output_schema).toEqual(answerJsonSchema(node));
      expect(shared).not.toHaveProperty('title');
    }
  });

  it('cannot be changed through the shared object', () => {
    const shared = sharedAnswerJsonSchema('reflect') as { properties: Record<string, unknown> };
    expect(() => {
      shared.properties.extra = {};
    }).toThrow(TypeError);
  });
});
