import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Tiktoken, TiktokenBPE } from 'js-tiktoken/lite';
import { countTokens, countWithLongRuns } from '../src/prompt/count-tokens.js';

/** countTokens counts a text's lines apart (and remembers them); the sum must equal encoding the whole text at once. */
const require = createRequire(import.meta.url);
const { Tiktoken: TiktokenClass } = require('js-tiktoken/lite') as typeof import('js-tiktoken/lite');
const ranks = require('js-tiktoken/ranks/o200k_base') as TiktokenBPE | { default: TiktokenBPE };
const encoder: Tiktoken = new TiktokenClass('default' in ranks ? ranks.default : ranks);

const PIECES = ['a', 'B', 'z', '1', '42', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '.', '/', '{', '}', '"', "'s", ':', ',', '-', '_', '(', ')',
  'é', '日本', '😀', 'Ω', 'SELECT', 'customers', 'Customers', '2024-05-01', '- orders(order_id INTEGER PK)'];

describe('token counts by line', () => {
  it('equal the encoder on the whole text, for texts of words, digits, punctuation, whitespace and newlines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => {
        const text = parts.join('');
        expect(countTokens(text)).toBe(text.length === 0 ? 0 : encoder.encode(text, [], []).length);
      }),
      { numRuns: 3_000 },
    );
  });

  it('stay exact when a prompt repeats with one line changed', () => {
    const schema = Array.from({ length: 40 }, (_, i) => `- table_${i}(id INTEGER PK, name VARCHAR, amount DECIMAL(10,2))`).join('\n');
    for (const question of ['How many customers are there?', 'Revenue by month in 2024\n', '\n\nList orders/returns: "late"']) {
      const text = `Schema:\n${schema}\n\nQuestion:\n${question}`;
      expect(countTokens(text)).toBe(encoder.encode(text, [], []).length);
    }
  });
});

describe('token counts by clean lines', () => {
  const LONG_PIECES = [...PIECES, 'w'.repeat(1_000), ' '.repeat(1_000), '!'.repeat(1_000), 'ab cd, '.repeat(150), '\n'.repeat(1_000)];
  it('equal the whole-text count (LONG_RUN first, then lines), with lines of a thousand characters and more, long runs or none', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LONG_PIECES), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(countTokens(text)).toBe(text.length === 0 ? 0 : countWithLongRuns(text));
      }),
      { numRuns: 500 },
    );
  });
});
