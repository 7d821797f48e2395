import { splitIdentifier } from '../catalog/split-identifier.js';
import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_PERCENT = /(\b(percent|percentage|pct)s?\b|%)/i;
const ASKS_RATIO = /\b(share|rate|rates|ratio|proportion|fraction)\b/i;

/**
 * A percent, rate or share is computed by a division (or read from a column that stores one) and lies
 * in 0–100 (a rate or share may be written as a fraction or as a percent).
 */
export const checkPercent: AnswerCheckRule = ({ question, attempt, sql, context }) => {
  const word = ASKS_PERCENT.test(question) ? 'percent' : ASKS_RATIO.exec(question)?.[1]?.toLowerCase();
  if (!word) return undefined;
  const stored = context.table_schemas.some((table) =>
    table.columns.some((column) => splitIdentifier(column.name).some((part) => /^(pct|percent|percentage|share|rate|ratio|proportion|fraction)$/.test(part)) && sql.code.includes(column.name.toLowerCase())),
  );
  if (!sql.divides && !stored) {
    return { name: 'percent', passed: false, detail: `the question asks for a ${word}, but the SQL divides nothing` };
  }
  const outside = lastNumericColumn(attempt.rows).find((value) => value < 0 || value > 100);
  if (outside !== undefined) {
    return { name: 'percent', passed: false, detail: `the question asks for a ${word}, but the answer holds ${outside}, outside 0–100` };
  }
  return { name: 'percent', passed: true, detail: `the SQL computes a ${word}` };
};

/** Values of the rightmost column whose values are all numbers. */
function lastNumericColumn(rows: readonly unknown[][]): number[] {
  const width = rows[0]?.length ?? 0;
  for (let c = width - 1; c >= 0; c--) {
    const values = rows.map((row) => row[c]).filter((v) => v !== null && v !== undefined);
    const numbers = values.map((v) => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : NaN));
    if (numbers.length > 0 && numbers.every((n) => Number.isFinite(n))) return numbers;
  }
  return [];
}
