import { addUsage } from '../src/context/add-usage.js';
import { loadCatalog } from '../src/catalog/load-catalog.js';
import { SqlAttemptSchema } from '../src/context/context-schema.js';
import { modelCallOptions } from '../src/engine/model-call-options.js';
import { ModelNodeParametersSchema } from '../src/engine/model-node-parameters.js';
import { defineNode } from '../src/engine/node-definition.js';
import { questionDocPassages } from '../src/docs/question-doc-passages.js';
import { decideGrounding, groundQuestion } from '../src/trust/judge-grounding.js';

/** Asks the configured model for one SQL statement from everything earlier nodes gathered. */
export const generateSqlNode = defineNode({
  name: 'generate_sql',
  description: 'Writes one SQL statement from the task, linked schemas, values, metrics, dates, docs and earlier attempts',
  parameters: ModelNodeParametersSchema,
  async run(given, call) {
    const model = call.model();
    let context = given;
    // Decided before any model writes a fallback query: a question nothing in the data grounds ends unanswerable.
    if (!model.replaysKnownAnswers) {
      const catalog = await Promise.resolve()
        .then(() => loadCatalog(call.runtime, context.task.namespace))
        .catch(() => undefined);
      const docPassages = context.unanswerable
        ? []
        : await questionDocPassages(call.runtime, context.task.namespace, context.task.text).catch(() => []);
      const judged = { ...context, doc_passages: [...context.doc_passages, ...docPassages] };
      // Worked out once here, with this linking's schema; reflect judges the executed query from the same grounding.
      if (!context.unanswerable) context = { ...context, grounding: groundQuestion(judged, catalog?.vocabulary, catalog?.tables) };
      const decision = context.unanswerable
        ? { reason: context.unanswerable }
        : decideGrounding({ ...judged, grounding: context.grounding }, catalog?.vocabulary, { onlyWhenNothingLinks: model.judgesAnswerability === true, ...(catalog ? { tables: catalog.tables } : {}) });
      if (decision.score && context.grounding) context = { ...context, grounding: { ...context.grounding, score: decision.score, ...(decision.evidence ? { evidence: decision.evidence } : {}) } };
      const unanswerable = decision.reason;
      if (unanswerable) return { context: { ...context, unanswerable }, summary: `not answerable: ${unanswerable}` };
    }
    call.progress(`asking ${model.name}`);
    const generated = await model.generateSql(context, await modelCallOptions(call, context.task.namespace));
    if (generated.unanswerable) {
      const declined = addUsage({ ...context, unanswerable: generated.unanswerable }, 'generate_sql', generated.usage);
      return { context: declined, summary: `not answerable (${model.name} declined): ${generated.unanswerable}` };
    }
    const attempt = SqlAttemptSchema.parse({
      sql: generated.sql.trim().replace(/;\s*$/, ''),
      explanation: generated.explanation,
      source: 'generate_sql',
      tables_used: generated.tables_used,
    });
    const next = addUsage({ ...context, sql_attempts: [...context.sql_attempts, attempt] }, 'generate_sql', generated.usage);
    const tables = attempt.tables_used.length ? ` from ${attempt.tables_used.join(', ')}` : '';
    return { context: next, summary: `SQL written${tables}` };
  },
});
