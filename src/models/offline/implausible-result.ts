import type { SqlAttempt } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';

const COUNT_COLUMN = /(count|number|num_|users|customers|orders|^n_|_n$)/i;

/** Why a result cannot be right (negative counts, columns that are NULL in every row), or undefined. */
export function implausibleResult(attempt: SqlAttempt, analysis: QuestionAnalysis): string | undefined {
  if (attempt.rows.length === 0) return undefined;
  const countsAsked = analysis.aggregate?.kind === 'count';
  for (let c = 0; c < attempt.columns.length; c++) {
    const name = attempt.columns[c]!;
    const values = attempt.rows.map((row) => row[c]);
    if (values.every((v) => v === null || v === undefined)) return `column '${name}' is NULL in every row`;
    const countLike = COUNT_COLUMN.test(name) || countsAsked;
    if (countLike && values.some((v) => toNumber(v) !== undefined && toNumber(v)! < 0)) return `column '${name}' holds negative counts`;
  }
  return undefined;
}

function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value);
  return undefined;
}
