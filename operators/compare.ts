import { addUsage } from '../src/context/add-usage.js';
import { modelCallOptions } from '../src/engine/model-call-options.js';
import { CompareParametersSchema } from '../src/engine/model-node-parameters.js';
import { defineNode } from '../src/engine/node-definition.js';

/** Compares the latest result with an expectation stated in the task or with an earlier attempt. */
export const compareNode = defineNode({
  name: 'compare',
  description: 'Compares the latest result against the expectation in the task or an earlier attempt',
  parameters: CompareParametersSchema,
  async run(context, call) {
    if (!context.sql_attempts.at(-1)?.executed) return { context, summary: 'nothing to compare yet' };
    const judgement = await call.model().compare(context, await modelCallOptions(call, context.task.namespace));
    const comparison = { against: judgement.against, matches: judgement.matches, differences: judgement.differences };
    const next = addUsage({ ...context, comparisons: [...context.comparisons, comparison] }, 'compare', judgement.usage);
    const summary = judgement.matches
      ? `matches ${judgement.against}`
      : `differs from ${judgement.against}: ${judgement.differences[0] ?? 'see differences'}`;
    return { context: next, summary };
  },
});
