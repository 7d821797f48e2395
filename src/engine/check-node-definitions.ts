import { z } from 'zod';
import { StepOptionsSchema } from '../context/context-schema.js';
import { describeZodError } from '../config/describe-zod-issue.js';
import { formatPath } from '../config/yaml-document.js';
import { UsageError } from '../errors.js';
import type { NodeDefinition } from './node-definition.js';

/** What a node given in code or by a plugin must hold to run; checked when it is registered, not when a run reaches it. */
const NodeDefinitionSchema = z.object(
  {
    name: z
      .string({ error: (issue) => (issue.input === undefined ? 'missing: a node needs a name, which workflow.yml names it by' : 'must be a string') })
      .regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case (a-z, 0-9, _)'),
    description: z.string().optional(),
    run: z.custom<NodeDefinition['run']>((value) => typeof value === 'function', {
      error: (issue) => `${issue.input === undefined ? 'missing' : 'not a function'}: a node needs async run(context, call) returning { context, summary }`,
    }),
    defaults: z.object({ timeout_ms: StepOptionsSchema.shape.timeout_ms, retries: StepOptionsSchema.shape.retries }).optional(),
    parameters: z
      .custom<z.ZodType>((value) => typeof (value as { safeParse?: unknown } | null)?.safeParse === 'function', 'must be a zod schema (zod 4)')
      .optional(),
  },
  { error: 'not a node definition: an object with name, description and run' },
);

/** `nodes` as node definitions, or a usage error naming where they came from (`source`), the node and the key at fault. */
export function checkNodeDefinitions(nodes: readonly unknown[], source: string): NodeDefinition[] {
  return nodes.map((node, index) => {
    const parsed = NodeDefinitionSchema.safeParse(node);
    if (parsed.success) return node as NodeDefinition;
    const issue = describeZodError(parsed.error);
    const name = typeof (node as { name?: unknown } | null)?.name === 'string' ? ` ("${(node as { name: string }).name}")` : '';
    const where = issue.path.length > 0 ? ` ${formatPath(issue.path)}:` : '';
    throw new UsageError(`${source}: nodes[${index}]${name}:${where} ${issue.message}`);
  });
}
