import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseNodeParameters } from '../src/catalog/parse-node-parameters.js';

const Schema = z.object({ top_k: z.number().int().positive().default(5), deep: z.object({ on: z.boolean().default(false) }).default({ on: false }) }).strict();

describe('parseNodeParameters', () => {
  it('parses a set of parameters once: the same set gets the same parsed object, another set its own', () => {
    const first = parseNodeParameters('node', Schema, { top_k: 3 });
    expect(first).toEqual({ top_k: 3, deep: { on: false } });
    expect(parseNodeParameters('node', Schema, { top_k: 3 })).toBe(first);
    expect(parseNodeParameters('node', Schema, { top_k: 4 })).toEqual({ top_k: 4, deep: { on: false } });
    expect(parseNodeParameters('node', Schema, undefined)).toEqual({ top_k: 5, deep: { on: false } });
    expect(parseNodeParameters('node', Schema, { deep: { on: true } })).toEqual({ top_k: 5, deep: { on: true } });
    // Another schema never gets this one's result for the same text.
    const Other = z.object({ top_k: z.number().default(1) });
    expect(parseNodeParameters('other', Other, undefined)).toEqual({ top_k: 1 });
  });

  it('refuses a bad set every time it is given, naming the node and the key', () => {
    for (let round = 0; round < 3; round++) {
      expect(() => parseNodeParameters('search_metrics', Schema, { top_k: 0 })).toThrow(/^search_metrics parameters: .*top_k/);
      expect(() => parseNodeParameters('search_metrics', Schema, { extra: 1 })).toThrow(/^search_metrics parameters: /);
    }
  });
});
