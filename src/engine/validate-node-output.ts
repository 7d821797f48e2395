import type { z } from 'zod';
import { ContextSchema, type Context } from '../context/context-schema.js';

/** Thrown when a node hands back a context that fails the schema: a broken node cannot persist a broken state. */
export class InvalidNodeOutputError extends Error {
  constructor(node: string, detail: string) {
    super(`node ${node} produced an invalid context: ${detail}`);
    this.name = 'InvalidNodeOutputError';
  }
}

const fields = Object.entries(ContextSchema.shape) as Array<[keyof Context & string, z.ZodType]>;

/**
 * Checks a node's output against the context schema, given the (valid) context the node was handed: only the
 * top-level fields the node replaced are parsed, so a node that touched nothing costs nothing, and the result is
 * what parsing the whole context would give (defaults filled in, unknown fields dropped).
 */
export function validateNodeOutput(node: string, input: Context, output: unknown): Context {
  if (output === input) return input;
  if (typeof output !== 'object' || output === null || Array.isArray(output)) {
    throw new InvalidNodeOutputError(node, 'root: expected an object');
  }
  const candidate = output as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const [key, schema] of fields) {
    const value = candidate[key];
    if (value === input[key]) {
      if (value !== undefined) result[key] = value;
      continue;
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InvalidNodeOutputError(node, `${[key, ...(issue?.path ?? [])].map(String).join('.')}: ${issue?.message}`);
    }
    if (parsed.data !== undefined) result[key] = parsed.data;
  }
  return result as unknown as Context;
}
