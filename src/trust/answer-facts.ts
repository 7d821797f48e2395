import type { AnswerCheck, Context, SqlAttempt } from '../context/context-schema.js';
import { analyzeQuestion, type QuestionAnalysis } from '../models/offline/analyze-question.js';
import { sqlShape, type SqlShape } from './sql-shape.js';

/** Everything a shape check reads: the question, its analysis, the final attempt and its SQL's shape. */
export interface AnswerFacts {
  question: string;
  analysis: QuestionAnalysis;
  attempt: SqlAttempt;
  sql: SqlShape;
  context: Context;
  /** Every table of the namespace when known, else the linked ones. */
  tableNames: string[];
}

/** A check returns undefined when the question does not ask what it checks. */
export type AnswerCheckRule = (facts: AnswerFacts) => AnswerCheck | undefined;

export function answerFacts(context: Context, attempt: SqlAttempt, tableNames?: readonly string[]): AnswerFacts {
  return {
    question: context.task.text,
    analysis: analyzeQuestion(context.task.text),
    attempt,
    sql: sqlShape(attempt.sql, context.table_schemas),
    context,
    tableNames: tableNames ? [...tableNames] : context.table_schemas.map((table) => table.name),
  };
}
