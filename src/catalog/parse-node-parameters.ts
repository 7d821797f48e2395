import { z } from 'zod';

/**
 * Validates a node's workflow.yml parameters, naming the node and the offending keys when they are wrong. Every run
 * of a batch passes the same parameters, so a set that passed is kept per schema (by its JSON text) and the same
 * parsed object handed out again: callers read it and never change it. A set that fails is parsed, and refused, each time.
 */
export function parseNodeParameters<S extends z.ZodType>(node: string, schema: S, parameters: unknown): z.infer<S> {
  const key = parameters === undefined || parameters === null ? '' : JSON.stringify(parameters);
  let passed = parsedSets.get(schema);
  const known = passed?.get(key);
  if (known !== undefined) return known as z.infer<S>;
  const parsed = schema.safeParse(parameters ?? {});
  if (!parsed.success) throw new Error(`${node} parameters: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  if (!passed) parsedSets.set(schema, (passed = new Map()));
  if (passed.size >= MAX_SETS_PER_SCHEMA) passed.clear();
  passed.set(key, parsed.data);
  return parsed.data;
}

const parsedSets = new WeakMap<z.ZodType, Map<string, unknown>>();
const MAX_SETS_PER_SCHEMA = 100;
