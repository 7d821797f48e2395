import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPrompt, promptTokens } from '../src/prompt/build-prompt.js';
import { countTokens, tokensAtMost } from '../src/prompt/count-tokens.js';
import { materialTokens, renderMaterialText } from '../src/prompt/fit-to-budget.js';
import { californiaContext, monthlyActiveUsersContext, quarterlyRevenueContext } from './helpers/prompt-contexts.js';

/** buildPrompt skips the tokenizer when byte lengths already prove the prompt fits; that bound must hold and change nothing. */
const PIECES = ['a', 'Z', '7', ' ', '\n', '\t', '.', '{', '"', 'é', '日本', '😀', 'SELECT', 'q'.repeat(45), '-'.repeat(50), ' '.repeat(41)];

describe('token counts are bounded by UTF-8 bytes', () => {
  it('for any text, long runs and non-Latin scripts included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''))), (text) => {
        expect(countTokens(text)).toBeLessThanOrEqual(Buffer.byteLength(text));
      }),
      { numRuns: 1_500 },
    );
  });
});

describe('tokensAtMost', () => {
  const LINES = ['SELECT 1', 'customers.city', '  - city (VARCHAR)', 'é日本😀 and more', '-'.repeat(1_200), 'q'.repeat(1_100), ' '.repeat(30), '', '7 rows'];

  it('bounds the count from above, whichever of its lines were counted before', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 12 }), (lines, counted) => {
        lines.forEach((line, k) => counted[k] && countTokens(`${line}\n`));
        const text = lines.join('\n');
        expect(tokensAtMost(text)).toBeGreaterThanOrEqual(countTokens(text));
      }),
      { numRuns: 800 },
    );
  });

  it('is the exact count once every line has been counted, and the bytes before', () => {
    const text = 'Tables:\ncustomers(customer_id INTEGER, city VARCHAR)\norders(order_id INTEGER, customer_id INTEGER)\n';
    const fresh = `${text}Question ${Math.random()}\n`;
    expect(tokensAtMost(fresh)).toBe(Buffer.byteLength(fresh));
    const exact = countTokens(fresh);
    expect(exact).toBeLessThan(Buffer.byteLength(fresh));
    expect(tokensAtMost(`${fresh}`)).toBe(exact);
  });
});

describe('a prompt that fits by its bytes', () => {
  const cases = [
    [californiaContext(), 'generate_sql'],
    [quarterlyRevenueContext(), 'reflect'],
    [quarterlyRevenueContext(), 'fix'],
    [monthlyActiveUsersContext(), 'generate_sql'],
  ] as const;

  it('reports the exact token counts when they are read', () => {
    for (const [context, node] of cases) {
      const built = buildPrompt(context, { node, dialect: 'duckdb', budgetTokens: 100_000, windowTokens: 127_000 });
      const exact = promptTokens(built.messages);
      expect(built.report).toEqual({ node, tokens_before: exact, tokens_after: exact, budget_tokens: 100_000, window_tokens: 127_000, fits: true, dropped: [] });
      expect(JSON.parse(JSON.stringify(built.report))).toMatchObject({ tokens_before: exact, tokens_after: exact });
    }
  });

  it('is the same prompt the tokenizer path builds when the budget lies between its tokens and its bytes', () => {
    for (const [context, node] of cases) {
      const roomy = buildPrompt(context, { node, dialect: 'duckdb', budgetTokens: 100_000, windowTokens: 127_000 });
      const tokens = materialTokens(roomy.material);
      const bytes = Buffer.byteLength(renderMaterialText(roomy.material));
      expect(tokens).toBeLessThan(bytes);
      const counted = buildPrompt(context, { node, dialect: 'duckdb', budgetTokens: tokens, windowTokens: 127_000 });
      expect(counted.messages).toEqual(roomy.messages);
      expect(counted.report.dropped).toEqual([]);
      expect(counted.report.tokens_after).toBe(roomy.report.tokens_after);
      const tighter = buildPrompt(context, { node, dialect: 'duckdb', budgetTokens: tokens - 1, windowTokens: 127_000 });
      expect(tighter.report.dropped.length).toBeGreaterThan(0);
    }
  });

  it('still refuses a window the prompt cannot fit', () => {
    const [context, node] = cases[1];
    const whole = buildPrompt(context, { node, dialect: 'duckdb', budgetTokens: 100_000 });
    const small = buildPrompt(context, { node, dialect: 'duckdb', budgetTokens: 100_000, windowTokens: 50 });
    expect(small.report.fits).toBe(false);
    expect(small.report.tokens_after).toBeGreaterThan(50);
    expect(whole.report.fits).toBe(true);
  });
});
