import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { isMoneyColumn } from './money-measure.js';
import { AGGREGATE_FUNCTIONS, type Measure } from './resolve-measure.js';
import { findTable } from './schema-lookup.js';

/** Nouns that name what a row is worth in money, whatever its money column is called. */
const MONEY_NOUNS = /^(value|spend|spending|amount|worth|takings)$/;

/**
 * "What is the average booking value?", "average spend per booking", "the total order amount": an aggregate of a money
 * noun no column is named for is an aggregate of the one money column of the table the question is about (amt_gbp of
 * lane_bkg). None when that table has no money column or several: which one is meant is not in the words.
 */
export function moneyNounMeasure(analysis: QuestionAnalysis, schemas: readonly TableSchema[], about: string | undefined): Measure | undefined {
  const aggregate = analysis.aggregate;
  if (!aggregate || aggregate.kind === 'count' || !about) return undefined;
  const clause = analysis.words.slice(aggregate.at + 1);
  const end = clause.findIndex((word) => word.clauseEnd);
  if (!(end < 0 ? clause : clause.slice(0, end + 1)).some((word) => MONEY_NOUNS.test(word.text))) return undefined;
  const table = findTable(schemas, about);
  const money = table?.columns.filter(isMoneyColumn) ?? [];
  if (!table || money.length !== 1) return undefined;
  return { kind: 'aggregate', fn: AGGREGATE_FUNCTIONS[aggregate.kind], table: table.name, column: money[0]!.name };
}
