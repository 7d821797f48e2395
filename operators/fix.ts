import { addUsage } from '../src/context/add-usage.js';
import { SqlAttemptSchema } from '../src/context/context-schema.js';
import { modelCallOptions } from '../src/engine/model-call-options.js';
import { ModelNodeParametersSchema } from '../src/engine/model-node-parameters.js';
import { defineNode } from '../src/engine/node-definition.js';

/** Repairs the latest SQL from its error, the schema and what reflection asked for. */
export const fixNode = defineNode({
  name: 'fix',
  description: 'Repairs the latest SQL from its error and the schema',
  parameters: ModelNodeParametersSchema,
  async run(context, call) {
    const previous = context.sql_attempts.at(-1);
    const model = call.model();
    call.progress(previous?.error ? `repairing: ${previous.error.split('\n')[0]}` : `revising with ${model.name}`);
    const fixed = await model.fix(context, await modelCallOptions(call, context.task.namespace));
    if (fixed.unanswerable) {
      const declined = addUsage({ ...context, unanswerable: fixed.unanswerable }, 'fix', fixed.usage);
      return { context: declined, summary: `not answerable (${model.name} declined): ${fixed.unanswerable}` };
    }
    const attempt = SqlAttemptSchema.parse({
      sql: fixed.sql.trim().replace(/;\s*$/, ''),
      explanation: fixed.explanation,
      source: 'fix',
      tables_used: fixed.tables_used,
    });
    const next = addUsage({ ...context, sql_attempts: [...context.sql_attempts, attempt] }, 'fix', fixed.usage);
    const unchanged = previous && previous.sql === attempt.sql;
    const firstSentence = (fixed.explanation.split(/(?<=[.:;])\s/)[0] ?? '').replace(/[.:;]$/, '');
    return { context: next, summary: unchanged ? 'SQL unchanged' : firstSentence.slice(0, 100) || 'SQL revised' };
  },
});
