import type { TableSchema } from '../../context/context-schema.js';
import { derivedForms, inflectionBases } from '../../lexicon/derived-forms.js';
import { expandNameParts } from '../../catalog/expand-terse-name.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { singular } from './singular.js';
import type { Ranking } from './analyze-question.js';
import { bareName } from './bare-name.js';
import { isMoneyColumn } from './money-measure.js';
import type { QuestionWord } from './question-words.js';
import { findTable } from './schema-lookup.js';
import { tableNameWords } from './table-name-words.js';

/** Verbs whose object, left unsaid, is money: what one spends, pays or earns. */
const MONEY_VERBS = new Set(['spend', 'pay', 'earn']);
/** Words that may follow a bare "the most" and open a phrase about the rows, not name what is ranked. */
const AFTER_BARE = /^(on|in|for|over|during|with|at|since|before|after|this|last|across)$/;
/** Adverbs after a bare "the most" that say it is over everything: "paid the most overall". */
const WHOLE = /^(overall|altogether|total|all)$/;
/** A pronoun object or a particle between a verb and "the most": "paid us", "brought in", "given them". */
const OBJECT_OR_PARTICLE = /^(us|me|them|him|her|you|in|out|up)$/;
/** A table's name with its shorthand read: pmt → payment. */
const spelledName = (name: string): string => expandNameParts(tableNameWords(name)).join(' ');
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
  // "took the most money": the noun says the money outright, whatever the verb.
  const saysMoney = next?.text === 'money' && !words[at]!.clauseEnd;
  if (next && !saysMoney && !words[at]!.clauseEnd && !AFTER_BARE.test(next.text) && !WHOLE.test(next.text)) return undefined;
  let before = words[at - 1]?.text === 'the' ? at - 2 : at - 1;
  // "paid us the most", "brings in the most money": the verb's pronoun object or particle stands between.
  while (before > 0 && OBJECT_OR_PARTICLE.test(words[before]!.text)) before--;
  const verb = words[before];
  if (!verb) return undefined;
  const bases = inflectionBases(verb.text);
  if (!saysMoney && !bases.some((base) => MONEY_VERBS.has(base))) return undefined;
  const ranked = entity ? findTable(schemas, entity) : undefined;
  if (!ranked) return undefined;
  let found = schemas
    .filter((table) => bareName(table.name) !== bareName(ranked.name) && pointsAt(table, ranked.name, schemas, MAX_HOPS))
    .map((table) => ({ table, money: table.columns.filter((column) => isMoneyColumn(column) && !isRate(column.name)) }))
    .filter(({ money }) => money.length > 0);
  // "paid us the most" over jobs (quoted_price) and payments (amount): the table named for the deed (pay → payment).
  if (found.length > 1) {
    const deeds = new Set(bases.flatMap((base) => [...derivedForms(base)]));
    const named = found.filter(({ table }) => deeds.has(singular(spelledName(table.name)).toLowerCase()));
    if (named.length === 1) found = named;
  }
  if (found.length !== 1 || found[0]!.money.length !== 1) return undefined;
  return { table: found[0]!.table.name, column: found[0]!.money[0]!.name };
}

/** price_per_kg, unit_price, hourly_rate: money per something, which adding up over rows does not make what was paid. */
function isRate(name: string): boolean {
  return splitIdentifier(name).some((part) => /^(per|unit|rate|hourly|daily)$/i.test(part));
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
