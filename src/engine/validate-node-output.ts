import type { Context } from '../context/context-schema.js';
import { checkContext } from './check-context.js';

/** Thrown when a node hands back a context that fails the schema: a broken node cannot persist a broken state. */
export class InvalidNodeOutputError extends Error {
  constructor(node: string, detail: string) {
    super(`node ${node} produced an invalid context: ${detail}`);
    this.name = 'InvalidNodeOutputError';
  }
}

/** A node's output checked against the context it was handed (see `checkContext`); throws InvalidNodeOutputError. */
export function validateNodeOutput(node: string, input: Context, output: unknown): Context {
  const check = checkContext(input, output);
  if (check.issue !== undefined) throw new InvalidNodeOutputError(node, check.issue);
  return check.context;
}
