import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBatchLine } from '../../src/batch/parse-batch-line.js';

/**
 * Any input line is a question or a per-line error, never an exception, and quickly: within 200 ms of this thread's
 * CPU (a runaway pattern takes seconds), not of wall time, which a loaded machine stretches.
 */
describe('batch line parsing (property)', () => {
  const check = (text: string) => {
    const started = process.cpuUsage();
    const parsed = parseBatchLine({ line: 7, seq: 3, text });
    const spent = process.cpuUsage(started);
    expect((spent.user + spent.system) / 1000).toBeLessThan(200);
    expect(parsed.line).toBe(7);
    expect(parsed.seq).toBe(3);
    if (parsed.kind === 'question') {
      expect(typeof parsed.task).toBe('string');
      expect(parsed.task.trim()).not.toBe('');
    } else {
      expect(parsed.kind).toBe('invalid');
      expect(typeof parsed.error).toBe('string');
      expect(parsed.error).not.toBe('');
    }
  };

  it('arbitrary text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: 'binary' }), check), { numRuns: 300 });
  });

  it('arbitrary JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => check(JSON.stringify(value) ?? 'null')), { numRuns: 300 });
  });

  it('question objects with hostile fields', () => {
    const field = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.string(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));
    const line = fc.record(
      {
        id: field,
        task: field,
        plan: field,
        namespace: field,
        current_date: fc.oneof(field, fc.constantFrom('2024-02-30', '0000-01-01', '9999-12-31', '2024-13-01', '1e3', '')),
        __proto__: field,
        constructor: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(line, (value) => check(JSON.stringify(value))), { numRuns: 300 });
  });

  it('broken JSON that starts like an object', () => {
    fc.assert(fc.property(fc.string({ maxLength: 100 }), (tail) => check(`{"id": "q1", "task": ${tail}`)), { numRuns: 200 });
  });
});
