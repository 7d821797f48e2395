import { z } from 'zod';
import { ReflectionStrategySchema } from '../context/context-schema.js';

/** What a model must answer for generate_sql and fix. */
export const SqlAnswerSchema = z
  .object({
    sql: z.string().describe('One read-only SQL statement in the given dialect, without a trailing semicolon; empty when unanswerable.'),
    explanation: z.string().describe('One or two sentences on how the SQL answers the question (for fix: what was changed and why).'),
    tables_used: z.array(z.string()).describe('Names of the tables the SQL reads.'),
    // A default, so servers that never heard of it still answer validly; the JSON schema lists it as required.
    unanswerable: z
      .string()
      .nullable()
      .default(null)
      .describe('null when the data can answer; otherwise one sentence naming the parts of the question nothing in the database holds.'),
  })
  .refine((answer) => answer.unanswerable !== null || answer.sql.trim().length > 0, { message: 'sql is empty', path: ['sql'] });
export type SqlAnswer = z.infer<typeof SqlAnswerSchema>;

/** What a model must answer for reflect. */
export const ReflectionAnswerSchema = z.object({
  strategy: ReflectionStrategySchema.describe('What the workflow should do next.'),
  reason: z.string().describe('One sentence naming the evidence for the strategy.'),
  unaddressed: z.array(z.string()).describe('Parts of the question the latest SQL does not address; empty when none.'),
});
export type ReflectionAnswer = z.infer<typeof ReflectionAnswerSchema>;

/** What a model must answer for compare. */
export const ComparisonAnswerSchema = z.object({
  matches: z.boolean().describe('True when both queries answer the question the same way.'),
  differences: z.array(z.string()).describe('Differences in meaning or result; empty when they match.'),
});
export type ComparisonAnswer = z.infer<typeof ComparisonAnswerSchema>;

export const PromptNodeSchema = z.enum(['generate_sql', 'reflect', 'fix', 'compare']);
export type PromptNode = z.infer<typeof PromptNodeSchema>;

export const answerSchemas = {
  generate_sql: SqlAnswerSchema,
  fix: SqlAnswerSchema,
  reflect: ReflectionAnswerSchema,
  compare: ComparisonAnswerSchema,
} as const satisfies Record<PromptNode, z.ZodType>;

/** Names for the response_format, stable so providers' prefix caches see the same request head. */
export const answerSchemaNames: Record<PromptNode, string> = {
  generate_sql: 'sql_answer',
  fix: 'sql_fix',
  reflect: 'reflection_decision',
  compare: 'comparison_judgement',
};

/** The JSON schema a server gets in response_format (strict-mode ready: every property required, no extras). */
export function answerJsonSchema(node: PromptNode): Record<string, unknown> {
  // Converting is costly and the answer never changes; callers get their own copy to change.
  return structuredClone(sharedAnswerJsonSchema(node));
}

/**
 * answerJsonSchema, one frozen object per node shared by every caller (no copy): what a model request sends, twice
 * per question of a batch. Deep-frozen, so a caller that tried to change it would throw rather than change the next
 * request; one that means to change it takes answerJsonSchema's copy.
 */
export function sharedAnswerJsonSchema(node: PromptNode): Readonly<Record<string, unknown>> {
  let schema = jsonSchemas.get(node);
  if (!schema) {
    const { $schema: _ignored, ...converted } = z.toJSONSchema(answerSchemas[node]) as Record<string, unknown>;
    jsonSchemas.set(node, (schema = deepFreeze(converted)));
  }
  return schema;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const jsonSchemas = new Map<PromptNode, Record<string, unknown>>();

/** answerJsonSchema as JSON text, what a template's {{output_schema}} receives: made once per node. */
export function answerJsonSchemaText(node: PromptNode): string {
  let text = jsonSchemaTexts.get(node);
  if (text === undefined) jsonSchemaTexts.set(node, (text = JSON.stringify(answerJsonSchema(node))));
  return text;
}

const jsonSchemaTexts = new Map<PromptNode, string>();
