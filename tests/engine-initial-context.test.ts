import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNodeRegistry } from '../operators/index.js';
import { loadWorkflowFile, BUILTIN_WORKFLOW_FILE } from '../src/config/load-workflows.js';
import { ContextSchema } from '../src/context/context-schema.js';
import { checkContext } from '../src/engine/check-context.js';
import { createInitialContext } from '../src/engine/create-initial-context.js';
import type { Sluice } from '../src/engine/sluice.js';
import { testRuntime } from './helpers/test-runtime.js';

/**
 * The run writer checks a fresh run's states only where they differ from its initial context (RunWriter's
 * `checked` option), so that context must pass the whole schema as made, for every built-in plan and any request
 * createInitialContext accepts.
 */
const registry = createNodeRegistry();
const workflows = loadWorkflowFile(BUILTIN_WORKFLOW_FILE(), registry.names());
const sluice: Sluice = { runtime: testRuntime(), registry, workflows };

describe('a fresh run’s initial context', () => {
  it('passes the whole context schema for every built-in plan and any accepted request, unchanged by the parse', () => {
    expect(Object.keys(workflows).length).toBeGreaterThan(0);
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(workflows)),
        fc.string({ minLength: 1, maxLength: 200 }).filter((text) => /\p{L}/u.test(text) && !/[\u0000-\u001F\u007F\uFFFD]/u.test(text)),
        fc.integer({ min: 0, max: 20 }),
        fc.constantFrom('json', 'table', 'csv', 'markdown') as fc.Arbitrary<'json'>,
        (plan, task, maxIterations, format) => {
          const context = createInitialContext(sluice, { task, namespace: 'test', plan, currentDate: '2026-11-25', maxIterations, format });
          const parsed = ContextSchema.safeParse(context);
          expect(parsed.success ? undefined : parsed.error.issues[0]).toBeUndefined();
          expect(parsed.data).toEqual(context);
          expect(checkContext(undefined, context).issue).toBeUndefined();
        },
      ),
      { numRuns: 60 },
    );
  });
});
