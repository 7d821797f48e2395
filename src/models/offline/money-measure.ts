import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { bareName } from './bare-name.js';
import type { Measure } from './resolve-measure.js';
import { findTable, isMeasureColumn } from './schema-lookup.js';

/** Name parts of a column of money. */
const MONEY_PARTS = /^(amount|amt|price|cost|fee|fees|paid|value|usd|eur|gbp|dollars|fare|charge|charges|total)$/;

function moneyColumns(table: TableSchema): ColumnSchema[] {
  return table.columns.filter((column) => isMeasureColumn(column) && column.name.toLowerCase().split('_').some((part) => MONEY_PARTS.test(part)));
}

/**
 * "How much came in through PayPal?", "How much was donated to each campaign?": "how much" that names no column asks
 * for money, so it adds up the one money column of the table the question is about, else of the one table that points
 * at it and has one. Not "the average check": which money an average of rows means (a check's total, not its tip) is
 * not in the words.
 */
export function moneyMeasure(analysis: QuestionAnalysis, schemas: readonly TableSchema[], about: readonly (string | undefined)[]): Measure | undefined {
  const aggregate = analysis.aggregate;
  if (!aggregate || aggregate.kind !== 'sum' || analysis.ranking) return undefined;
  if (analysis.words[aggregate.at]?.text !== 'how' || analysis.words[aggregate.at + 1]?.text !== 'much') return undefined;
  const fn = 'SUM';
  for (const name of about) {
    const table = name ? findTable(schemas, name) : undefined;
    if (!table) continue;
    const own = moneyColumns(table);
    if (own.length === 1) return { kind: 'aggregate', fn, table: table.name, column: own[0]!.name };
    if (own.length > 1) return undefined;
    const pointing = schemas
      .filter((other) => other.columns.some((column) => column.references && bareName(column.references.split('.').slice(0, -1).join('.')) === bareName(table.name)))
      .map((other) => ({ other, money: moneyColumns(other) }))
      .filter(({ money }) => money.length > 0);
    if (pointing.length === 1 && pointing[0]!.money.length === 1) return { kind: 'aggregate', fn, table: pointing[0]!.other.name, column: pointing[0]!.money[0]!.name };
    return undefined;
  }
  return undefined;
}
