import { z } from 'zod';

/** Validates a node's workflow.yml parameters, naming the node and the offending keys when they are wrong. */
export function parseNodeParameters<S extends z.ZodType>(node: string, schema: S, parameters: unknown): z.infer<S> {
  const parsed = schema.safeParse(parameters ?? {});
  if (!parsed.success) throw new Error(`${node} parameters: ${z.prettifyError(parsed.error).replace(/\n/g, ' ')}`);
  return parsed.data;
}
