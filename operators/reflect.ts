import { loadCatalog } from '../src/catalog/load-catalog.js';
import { addUsage } from '../src/context/add-usage.js';
import type { ReflectionStrategy } from '../src/context/context-schema.js';
import { modelCallOptions } from '../src/engine/model-call-options.js';
import { defineNode } from '../src/engine/node-definition.js';
import { insertSteps, type StepSpec } from '../src/engine/plan-steps.js';
import { questionDocPassages } from '../src/docs/question-doc-passages.js';
import { judgeAnswerKind } from '../src/trust/judge-answer-kind.js';
import { judgeFallbackAnswer } from '../src/trust/judge-fallback-answer.js';
import { judgeNothingYet } from '../src/trust/judge-nothing-yet.js';
import { judgePlaceUnrecorded } from '../src/trust/judge-place-unrecorded.js';
import { judgeTableOnly } from '../src/trust/judge-table-only.js';
import { judgeTerseListing } from '../src/trust/judge-terse-listing.js';
import { judgeUnheldAttribute } from '../src/trust/judge-unheld-attribute.js';
import { judgeUnrestrictedRows } from '../src/trust/judge-unrestricted-rows.js';

/** The nodes each strategy inserts after reflect. */
export const STRATEGY_STEPS: Record<ReflectionStrategy, StepSpec[]> = {
  success: [],
  give_up: [],
  fix: ['fix', 'execute_sql', 'reflect'],
  narrow: ['fix', 'execute_sql', 'reflect'],
  regenerate: ['generate_sql', 'execute_sql', 'reflect'],
  relink: ['schema_linking', 'generate_sql', 'execute_sql', 'reflect'],
  doc_search: ['doc_search', 'fix', 'execute_sql', 'reflect'],
  validation: ['validation', 'reflect'],
};

/**
 * Judges the latest attempt and, unless it is good or the iteration cap is reached,
 * adds the nodes of the chosen strategy after itself.
 */
export const reflectNode = defineNode({
  name: 'reflect',
  description: 'Judges the latest SQL and result; adds fix, regenerate, re-link, doc_search or validation nodes',
  async run(context, call) {
    if (context.unanswerable) {
      const reflection = { strategy: 'give_up' as const, reason: context.unanswerable, iteration: context.iteration, unaddressed: [], inserted: [], capped: false };
      return { context: { ...context, reflections: [...context.reflections, reflection] }, summary: `give_up, ${context.unanswerable}` };
    }
    // After a query ran: when only table names ground the question, it asks about a period after today that the data
    // holds nothing of, or its form asks for a kind of answer (a date, an age, a time of day) no table it is about
    // holds, its rows cannot answer what was asked.
    const executed = context.sql_attempts.at(-1)?.executed === true;
    const catalog = executed ? await loadCatalog(call.runtime, context.task.namespace).catch(() => undefined) : undefined;
    const docPassages = executed ? await questionDocPassages(call.runtime, context.task.namespace, context.task.text).catch(() => []) : [];
    const withPassages = executed ? { ...context, doc_passages: [...context.doc_passages, ...docPassages] } : context;
    const cannotAnswer = executed
      ? (judgeTableOnly(withPassages, catalog?.vocabulary) ??
        judgeNothingYet(context) ??
        judgeFallbackAnswer(withPassages, catalog?.vocabulary) ??
        judgeUnheldAttribute(withPassages, catalog?.vocabulary) ??
        judgeUnrestrictedRows(withPassages, catalog?.vocabulary) ??
        judgeTerseListing(withPassages, catalog?.vocabulary) ??
        judgeAnswerKind(context, catalog?.tables) ??
        judgePlaceUnrecorded(context, catalog?.tables))
      : undefined;
    if (cannotAnswer) {
      const reflection = { strategy: 'give_up' as const, reason: cannotAnswer, iteration: context.iteration, unaddressed: [], inserted: [], capped: false };
      return { context: { ...context, unanswerable: cannotAnswer, reflections: [...context.reflections, reflection] }, summary: `unanswerable, ${cannotAnswer}` };
    }
    const options = await modelCallOptions(call, context.task.namespace);
    const judged = await call.model().reflect(context, options);
    // A model may still ask for what the namespace cannot do (doc_search without docs): rewriting with the same feedback is the nearest help.
    const decision =
      options.strategies && !options.strategies.includes(judged.strategy)
        ? { ...judged, strategy: 'regenerate' as const, reason: `${judged.reason} (${judged.strategy} is not available here, so the SQL is written again)` }
        : judged;
    let next = addUsage(context, 'reflect', decision.usage);
    const steps = STRATEGY_STEPS[decision.strategy];
    const wantsMore = steps.length > 0;
    const capped = wantsMore && context.iteration >= context.task.max_iterations;
    const iteration = wantsMore && !capped ? context.iteration + 1 : context.iteration;
    const inserted = capped ? [] : steps.map((step) => (typeof step === 'string' ? step : JSON.stringify(step)));
    next = {
      ...next,
      iteration,
      relink_count: decision.strategy === 'relink' && !capped ? next.relink_count + 1 : next.relink_count,
      notes: decision.strategy === 'narrow' && !capped ? [...next.notes, `narrow: ${decision.reason}`] : next.notes,
      reflections: [
        ...next.reflections,
        { strategy: decision.strategy, reason: decision.reason, iteration, unaddressed: decision.unaddressed, inserted, capped },
      ],
    };
    if (capped) {
      const message = `stopped at max_iterations (${context.task.max_iterations}): wanted ${decision.strategy}, ${decision.reason}`;
      call.progress(message);
      return { context: next, summary: message };
    }
    if (wantsMore) next = insertSteps(next, steps, { iteration });
    return { context: next, summary: `${decision.strategy}, ${decision.reason}` };
  },
});
