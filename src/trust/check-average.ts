import { splitIdentifier } from '../catalog/split-identifier.js';
import type { AnswerCheckRule } from './answer-facts.js';

const ASKS_AVERAGE = /\b(average|averages|mean|avg)\b/i;

/** "Average …" needs an AVG, or a sum or count divided by another. */
export const checkAverage: AnswerCheckRule = ({ question, analysis, sql, context }) => {
  const asked = analysis.aggregate?.kind === 'avg' || analysis.extraAggregates.includes('avg') || ASKS_AVERAGE.test(question) || analysis.orderValue;
  if (!asked) return undefined;
  // A column that stores an average ("Average" attendance) answers it as well.
  const stored = context.table_schemas.some((table) =>
    table.columns.some((column) => splitIdentifier(column.name).some((part) => /^(average|avg|mean)$/.test(part)) && sql.code.includes(column.name.toLowerCase())),
  );
  const averaged = stored || sql.aggregates.has('avg') || (sql.divides && (sql.aggregates.has('sum') || sql.aggregates.has('count')));
  return averaged
    ? { name: 'average', passed: true, detail: 'the SQL takes an average' }
    : { name: 'average', passed: false, detail: 'the question asks for an average, but the SQL takes none (no AVG, no sum divided by a count)' };
};
