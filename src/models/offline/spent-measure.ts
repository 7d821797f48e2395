import type { TableSchema } from '../../context/context-schema.js';
import { inflectionBases } from '../../lexicon/derived-forms.js';
import type { Ranking } from './analyze-question.js';
import { bareName } from './bare-name.js';
import { isMoneyColumn } from './money-measure.js';
import type { QuestionWord } from './question-words.js';
import { findTable } from './schema-lookup.js';

/** Verbs whose object, left unsaid, is money: what one spends, pays or earns. */
const MONEY_VERBS = new Set(['spend', 'pay', 'earn']);
/** Words that may follow a bare "the most" and open a phrase about the rows, not name what is ranked. */
const AFTER_BARE = /^(on|in|for|over|during|with|at|since|before|after|this|last|across)$/;
/** How many foreign keys a row may follow to reach the ranked thing ("order line → order → member"). */
const MAX_HOPS = 3;

/**
 * "Which member spent the most?", "Which customer paid the least in 2025?": a money verb before a bare "the most"
 * ranks the things by the money of the rows that point at them (ord_ln.amt through ord_hdr to mbr), added up. Only
 * when exactly one table that reaches the ranked table by its foreign keys holds exactly one money column.
 */
export function spentMeasure(words: readonly QuestionWord[], ranking: Ranking, schemas: readonly TableSchema[], entity: string | undefined): { table: string; column: string } | undefined {
  const at = ranking.at;
  if (!/^(most|least)$/.test(words[at]?.text ?? '')) return undefined;
  const next = words[at + 1];
  if (next && !words[at]!.clauseEnd && !AFTER_BARE.test(next.text)) return undefined;
  const verb = words[at - 1]?.text === 'the' ? words[at - 2] : words[at - 1];
  if (!verb || !inflectionBases(verb.text).some((base) => MONEY_VERBS.has(base))) return undefined;
  const ranked = entity ? findTable(schemas, entity) : undefined;
  if (!ranked) return undefined;
  const found = schemas
    .filter((table) => bareName(table.name) !== bareName(ranked.name) && pointsAt(table, ranked.name, schemas, MAX_HOPS))
    .map((table) => ({ table, money: table.columns.filter(isMoneyColumn) }))
    .filter(({ money }) => money.length > 0);
  if (found.length !== 1 || found[0]!.money.length !== 1) return undefined;
  return { table: found[0]!.table.name, column: found[0]!.money[0]!.name };
}

/** Whether a row of `table` reaches a row of `target` by following at most `hops` foreign keys. */
function pointsAt(table: TableSchema, target: string, schemas: readonly TableSchema[], hops: number): boolean {
  if (hops === 0) return false;
  for (const column of table.columns) {
    if (!column.references) continue;
    const referenced = column.references.split('.').slice(0, -1).join('.');
    if (bareName(referenced) === bareName(target)) return true;
    const next = findTable(schemas, referenced);
    if (next && bareName(next.name) !== bareName(table.name) && pointsAt(next, target, schemas, hops - 1)) return true;
  }
  return false;
}
