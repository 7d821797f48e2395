import { NoParametersSchema } from '../src/engine/model-node-parameters.js';
import { defineNode } from '../src/engine/node-definition.js';
import { insertSteps } from '../src/engine/plan-steps.js';
import { checkResult } from '../src/output/check-result.js';

/** Sanity-checks the latest result and, on a hard finding, asks for a fix (within the iteration cap). */
export const validationNode = defineNode({
  name: 'validation',
  description: 'Checks the result for NULL or duplicate keys, negative counts and implausible row counts',
  parameters: NoParametersSchema,
  async run(context, call) {
    const attempt = context.sql_attempts.at(-1);
    if (!attempt?.executed) return { context, summary: 'nothing to validate yet' };
    const findings = checkResult(attempt, call.runtime.settings.maxRows);
    let next = { ...context, validations: [...context.validations, ...findings] };
    const errors = findings.filter((finding) => finding.severity === 'error');
    const canFix = errors.length > 0 && context.iteration < context.task.max_iterations;
    const alreadyFixing = next.plan.pending.slice(1).some((step) => step.kind === 'node' && step.node === 'fix');
    if (canFix && !alreadyFixing) {
      next = { ...next, iteration: context.iteration + 1, notes: [...next.notes, ...errors.map((e) => `validation: ${e.message}`)] };
      next = insertSteps(next, ['fix', 'execute_sql', 'reflect'], { iteration: next.iteration });
    }
    const summary =
      findings.length === 0
        ? 'result looks sane'
        : `${errors.length} error(s), ${findings.length - errors.length} warning(s): ${findings[0]!.message}${canFix && !alreadyFixing ? '; asking for a fix' : ''}`;
    return { context: next, summary };
  },
});
