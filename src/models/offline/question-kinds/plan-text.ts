import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion, type QuestionAnalysis } from '../analyze-question.js';
import { planQuery, type PlannedQuery } from '../plan-query.js';

/** Plans a rewritten question ("revenue by year" for "revenue in 2024 vs 2025"); its dates are read from the new text. */
export function planText(context: Context, text: string, dialect: SqlDialect): { planned: PlannedQuery; analysis: QuestionAnalysis; context: Context } {
  const rewritten: Context = { ...context, task: { ...context.task, text }, date_ranges: [] };
  const analysis = analyzeQuestion(text);
  return { planned: planQuery(rewritten, analysis, dialect), analysis, context: rewritten };
}
