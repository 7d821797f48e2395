import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { derivedForms, inflectionBases } from '../../lexicon/derived-forms.js';
import { primaryPartOfSpeech } from '../../lexicon/primary-part-of-speech.js';
import { senseOffsets } from '../../lexicon/wordnet-records.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { bareName } from './bare-name.js';
import type { Measure } from './resolve-measure.js';
import { findTable, isMeasureColumn } from './schema-lookup.js';
import { singular } from './singular.js';
import { expandNameParts } from '../../catalog/expand-terse-name.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';

/** A table's name with its shorthand read: pmt → payment. */
const spelledName = (name: string): string => expandNameParts(splitIdentifier(name)).join(' ');

/** Name parts of a column of money. */
const MONEY_PARTS = /^(amount|amt|price|cost|fee|fees|paid|value|usd|eur|gbp|dollars|fare|charge|charges|total)$/;

/** A measure column whose name says it holds money ("refund_amount", "unit_price"). */
export function isMoneyColumn(column: ColumnSchema): boolean {
  return isMeasureColumn(column) && column.name.toLowerCase().split('_').some((part) => MONEY_PARTS.test(part));
}

function moneyColumns(table: TableSchema): ColumnSchema[] {
  return table.columns.filter(isMoneyColumn);
}

/** Name parts that say only "money", not which money: the amount of amt_gbp, the total of total_usd. */
const PLAIN_MONEY_PARTS = /^(amount|amt|value|total|sum|usd|eur|gbp|dollars)$/;

/**
 * The money a row of the table is worth: its one money column, or of several (amt_gbp and fee_gbp) the one whose name
 * says nothing but "amount"; the others name a part of it (a fee, a tip, a tax). Undefined when that does not settle it.
 */
export function rowMoneyColumn(table: TableSchema): ColumnSchema | undefined {
  const money = moneyColumns(table);
  if (money.length <= 1) return money[0];
  const plain = money.filter((column) => column.name.toLowerCase().split('_').every((part) => PLAIN_MONEY_PARTS.test(part)));
  return plain.length === 1 ? plain[0] : undefined;
}

/**
 * "How much came in through PayPal?", "How much was donated to each campaign?": "how much" that names no column asks
 * for money, so it adds up the one money column of the table its verb names ("donated", donations), else of the table
 * the question is about, else of the one table that points at it and has one. Not "the average check": which money an average of rows means (a check's total, not its tip) is
 * not in the words.
 */
export function moneyMeasure(analysis: QuestionAnalysis, schemas: readonly TableSchema[], about: readonly (string | undefined)[]): Measure | undefined {
  const aggregate = analysis.aggregate;
  if (!aggregate || aggregate.kind !== 'sum' || analysis.ranking) return undefined;
  if (analysis.words[aggregate.at]?.text !== 'how' || analysis.words[aggregate.at + 1]?.text !== 'much') return undefined;
  const fn = 'SUM';
  const done = tableOfDeed(analysis, schemas, aggregate.at + 2);
  if (done) return { kind: 'aggregate', fn, table: done.table, column: done.column };
  // No table named: the one linked table whose rows are worth money ("How much rent …" over pmt.amt_gbp).
  const worthMoney = schemas.filter((table) => table.score > 0 && rowMoneyColumn(table) !== undefined);
  const first = worthMoney.length === 1 ? worthMoney[0]!.name : undefined;
  for (const name of about.some((name) => name !== undefined) ? about : [first]) {
    const table = name ? findTable(schemas, name) : undefined;
    if (!table) continue;
    const own = moneyColumns(table);
    const worth = rowMoneyColumn(table);
    if (worth) return { kind: 'aggregate', fn, table: table.name, column: worth.name };
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

/**
 * "How much was donated", "how much did we refund": the one table named by the noun of a verb in the clause after
 * "how much" (WordNet's derivations: donate → donation) that has one money column, and that column.
 */
function tableOfDeed(analysis: QuestionAnalysis, schemas: readonly TableSchema[], from: number): { table: string; column: string } | undefined {
  const found = new Map<string, string>();
  for (const word of analysis.words.slice(from)) {
    // A verb, not a noun that can be one ("campaign"): the table a noun names is what the question is about.
    if (primaryPartOfSpeech(word.text) !== 'noun' && inflectionBases(word.text).some((base) => senseOffsets('verb', base).length > 0)) {
      const nouns = derivedForms(word.text);
      for (const table of schemas) {
        if (!(nouns.has(singular(table.name)) || nouns.has(singular(spelledName(table.name)))) || found.has(table.name)) continue;
        const worth = rowMoneyColumn(table);
        if (worth) found.set(table.name, worth.name);
      }
    }
    if (word.clauseEnd) break;
  }
  if (found.size !== 1) return undefined;
  const [[table, column]] = [...found];
  return { table: table!, column: column! };
}
