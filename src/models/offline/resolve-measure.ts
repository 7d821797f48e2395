import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { TableSchema } from '../../context/context-schema.js';
import { PERSON_WORDS, type QuestionAnalysis } from './analyze-question.js';
import { resolvePhrase } from './resolve-phrase.js';
import { sharesVerbSense } from './shares-verb-sense.js';
import { findOrderKey, findReturnsAdjustment, findRevenueSource, type ReturnsAdjustment, type RevenueSource } from './revenue-source.js';
import type { Mention } from './schema-mentions.js';
import { isCompoundModifier } from './compound-modifier.js';
import { bareName } from './bare-name.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import { tallyColumn } from './tally-column.js';
import { columnInUnit, columnWordScore, contentRoots, readUnitPhrase } from './column-units.js';
import { namesShortenedPart } from './shortened-name-part.js';
import { measureNamedBefore } from './verb-measure.js';
import { spentMeasure } from './spent-measure.js';
import { durationColumn } from './duration-column.js';
import { tenureColumn } from './tenure-column.js';
import { measureColumn } from './measure-column.js';
import { commentedMeasure, commentOpeningMeasure } from './commented-measure.js';
import { findColumn, findTable, isDateColumn, isKeyColumn, isMeasureColumn, isNumericColumn } from './schema-lookup.js';

export type Measure =
  /** Rows of `table`, or distinct values of `distinct` (the people behind an activity table). */
  | { kind: 'count'; table: string; distinct?: string; alias?: string }
  | { kind: 'aggregate'; fn: 'SUM' | 'AVG' | 'MIN' | 'MAX'; table: string; column: string }
  | { kind: 'revenue'; source: RevenueSource; returns?: ReturnsAdjustment; perOrder?: { table: string; column: string } }
  /** Rows are ranked by one of their own columns; nothing is aggregated. */
  | { kind: 'attribute'; table: string; column: string; direction: 'asc' | 'desc' };

export const AGGREGATE_FUNCTIONS = { count: 'COUNT', sum: 'SUM', avg: 'AVG', min: 'MIN', max: 'MAX' } as const;
const PRICE_COLUMN = /(price|cost|amount|fee)/i;
const PHRASE_LENGTH = 3;

/** What the question measures: a count, an aggregate of a column, revenue, or a column rows are ranked by. */
export function resolveMeasure(
  analysis: QuestionAnalysis,
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  entity: string | undefined,
  excluded: ReadonlySet<number>,
  dialect: SqlDialect = duckdbDialect,
): Measure | undefined {
  const usable = mentions.filter((m) => !excluded.has(m.start));
  const onEntity = (m: Mention): boolean => entity !== undefined && bareName(m.table) === bareName(entity);
  // Last, of two tables with the same column ("log volume" over lrc.vol_m3 and ordl.vol_m3), the one whose column
  // comment, else table name or comment, the question's words use.
  let roots: Set<string> | undefined;
  const tableWords = (m: Mention): number => {
    const table = findTable(schemas, m.table);
    const column = table && m.column ? findColumn(table, m.column) : undefined;
    return table && column ? columnWordScore(table, column, (roots ??= contentRoots(analysis.words))) : 0;
  };
  const after = (index: number, predicate: (m: Mention) => boolean): Mention | undefined => {
    const found = usable
      .filter((m) => m.start > index && m.start <= index + PHRASE_LENGTH + 1 && predicate(m))
      .sort((a, b) => a.start - b.start || Number(b.full) - Number(a.full) || Number(onEntity(b)) - Number(onEntity(a)));
    const tied = found.filter((m) => m.start === found[0]?.start && m.full === found[0].full && onEntity(m) === onEntity(found[0]) && m.column !== undefined && m.column === found[0].column);
    return tied.length > 1 ? [...tied].sort((a, b) => tableWords(b) - tableWords(a))[0] : found[0];
  };
  const isTable = (m: Mention): boolean => m.column === undefined;
  // "How many reader visits": the compound's head is counted.
  const isHeadTable = (m: Mention): boolean => isTable(m) && !isCompoundModifier(m, usable, analysis.words);
  const isValueColumn = (m: Mention): boolean => {
    const table = findTable(schemas, m.table);
    const column = table && m.column ? findColumn(table, m.column) : undefined;
    return column !== undefined && !isKeyColumn(column);
  };
  const isMeasure = (m: Mention): boolean => {
    const table = m.column ? findTable(schemas, m.table) : undefined;
    const column = table && m.column ? findColumn(table, m.column) : undefined;
    return column !== undefined && isMeasureColumn(column);
  };
  const aggregate = analysis.aggregate;
  const ranking = analysis.ranking;

  // "winners" over a winner_name column: the word names people in a role, each counted once by their name.
  const namesRole = (m: Mention): boolean => {
    const parts = m.column ? m.column.toLowerCase().split('_') : [];
    return !m.full && parts.length === 2 && parts[1] === 'name' && parts[0] === analysis.words[m.start]!.stem;
  };
  if (aggregate?.kind === 'count') {
    const counted = after(aggregate.at, isHeadTable);
    // "How many cubic metres of oak logs came in?": the unit right after "how many" is counted, not the logs it is "of".
    const inUnit = analysis.distinct || aggregate.distinct ? undefined : unitMeasure(analysis, schemas, aggregate.at);
    if (inUnit && (!counted || counted.start > inUnit.end)) return inUnit.measure;
    const role = after(aggregate.at, namesRole);
    const values = (role && (!counted || role.start < counted.start) ? role : undefined) ?? after(aggregate.at, (m) => m.column !== undefined && (m.full || analysis.distinct) && isValueColumn(m));
    if (values && (!counted || values.start < counted.start)) {
      // "How many hours were logged": a quantity column is added up; counting its distinct values answers "how many different".
      if (!analysis.distinct && !aggregate.distinct && isMeasure(values)) return { kind: 'aggregate', fn: 'SUM', table: values.table, column: values.column! };
      return { kind: 'count', table: values.table, distinct: values.column!, alias: `${values.column!.toLowerCase()}_count` };
    }
    const tally = analysis.distinct || aggregate.distinct || (counted?.full ?? false) ? undefined : tallyMeasure(analysis, schemas, aggregate.at);
    if (tally) return tally;
    // "How many people were wounded?" over rows that record an `injured` count: the participle names the column to add up.
    const recorded = counted ? undefined : recordedCount(analysis, schemas);
    if (recorded) return recorded;
    const target = counted?.table ?? entity;
    if (!target) return undefined;
    // "How many different addresses do the students live at?": the distinct keys another named table stores of the counted one.
    const stored = counted && (analysis.distinct || aggregate.distinct) ? storedKeys(analysis, schemas, usable, counted) : undefined;
    if (stored) return stored;
    const word = counted ? analysis.words[counted.end - 1] : undefined;
    const units = counted && !analysis.distinct && !aggregate.distinct && !/\bhow many times\b/i.test(analysis.text) ? unitsNamed(schemas, usable, counted, word!) : undefined;
    if (units) return units;
    const person = word && PERSON_WORDS.has(word.stem) ? personKey(schemas, target) : undefined;
    return person ? { kind: 'count', table: target, distinct: person, alias: `${word!.stem}_count` } : { kind: 'count', table: target };
  }

  if (analysis.revenueAt.some((i) => !excluded.has(i)) || analysis.orderValue) {
    const source = findRevenueSource(schemas, dialect);
    const perOrder = analysis.orderValue && source ? findOrderKey(schemas, source) : undefined;
    // "the total sales amount" where the source is that amount column: the question names the column it adds up.
    const namesAmount = !analysis.orderValue && aggregate !== undefined && source?.amountColumn !== undefined && after(aggregate.at, (m) => m.column === source.amountColumn && bareName(m.table) === bareName(source.table)) !== undefined;
    if (source && !namesAmount && (perOrder || !analysis.orderValue)) {
      const returns = analysis.netOfReturns ? findReturnsAdjustment(schemas, source, dialect) : undefined;
      return { kind: 'revenue', source, returns, perOrder };
    }
  }

  if (aggregate) {
    const column = after(aggregate.at, isMeasure) ?? commentOpeningMeasure(analysis.words, schemas, aggregate.at);
    if (column) return { kind: 'aggregate', fn: AGGREGATE_FUNCTIONS[aggregate.kind as Exclude<typeof aggregate.kind, 'count'>], table: column.table, column: column.column! };
    const table = after(aggregate.at, isTable)?.table;
    // "Which customers have paid us the most overall?": "overall" adds up money, not rows.
    const spentOverall = aggregate.kind === 'sum' && ranking && !table ? spentMeasure(analysis.words, ranking, schemas, entity) : undefined;
    if (spentOverall) return { kind: 'aggregate', fn: 'SUM', table: spentOverall.table, column: spentOverall.column };
    if (aggregate.kind === 'sum' && (table ?? entity)) return { kind: 'count', table: (table ?? entity)! };
  }

  if (!ranking) return undefined;
  const entityTable = entity ? findTable(schemas, entity) : undefined;
  if (ranking.attribute === 'measure') {
    const found = measureColumn(schemas, ranking.measures ?? [], entityTable);
    return found && { kind: 'attribute', table: found.table.name, column: found.column.name, direction: ranking.direction };
  }
  if (ranking.attribute && entityTable) {
    const age = ranking.attribute === 'date' ? entityTable.columns.find((c) => /(^|_)age$/i.test(c.name)) : undefined;
    if (age) return { kind: 'attribute', table: entityTable.name, column: age.name, direction: ranking.direction === 'asc' ? 'desc' : 'asc' };
    const column =
      ranking.attribute === 'price'
        ? entityTable.columns.find((c) => PRICE_COLUMN.test(c.name) && isMeasureColumn(c))
        : ranking.attribute === 'duration'
          ? durationColumn(entityTable)
          : lifeColumn(entityTable);
    if (column) return { kind: 'attribute', table: entityTable.name, column: column.name, direction: ranking.direction };
    const began = ranking.attribute === 'duration' ? tenureColumn(analysis.words, ranking.at, entityTable) : undefined;
    if (began) return { kind: 'attribute', table: entityTable.name, column: began.name, direction: ranking.direction === 'asc' ? 'desc' : 'asc' };
  }

  const sortPhrase = analysis.byPhrases.find((p) => p.words.length > 0 && p.words[0]!.index > ranking.at);
  const measured =
    after(ranking.at, isMeasure) ??
    (sortPhrase ? usable.find((m) => m.start === sortPhrase.words[0]!.index && isMeasure(m)) : undefined) ??
    commentedMeasure(analysis.words, usable, schemas, ranking.at, entity);
  // "the most goals" where a goals table holds one row per goal and home_goals only shares the word: count the rows.
  const namedTable = measured && !measured.full ? after(ranking.at, (m) => isTable(m) && m.full && m.start <= measured.start && m.end >= measured.end) : undefined;
  const target = namedTable ? undefined : measured;
  if (target) {
    // "Which item has the highest unit price?": "which" names the rows that carry the price, so they rank by it alone.
    const whichRows = analysis.which ? resolvePhrase(analysis.which, usable, schemas) : undefined;
    const rowsAsked = !analysis.which || (whichRows?.kind === 'table' && bareName(whichRows.table) === bareName(target.table));
    // "Who has the highest handicap?": no table names the rows asked for, so the rows that carry the column rank by it.
    const unnamed = entity === undefined && (analysis.who || (analysis.which !== undefined && whichRows === undefined));
    if ((onEntity(target) && rowsAsked) || unnamed) return { kind: 'attribute', table: target.table, column: target.column!, direction: ranking.direction };
    return { kind: 'aggregate', fn: 'SUM', table: target.table, column: target.column! };
  }
  const verbal = measureNamedBefore(analysis.words, ranking, schemas, entity);
  if (verbal) return { kind: 'attribute', table: verbal.table, column: verbal.column, direction: ranking.direction };
  // "Which member spent the most on orders?": the money is ranked per member, the thing "which" asks for.
  const whichRanked = analysis.which ? resolvePhrase(analysis.which, usable, schemas) : undefined;
  const spent = spentMeasure(analysis.words, ranking, schemas, whichRanked?.kind === 'table' ? whichRanked.table : entity);
  if (spent) return { kind: 'aggregate', fn: 'SUM', table: spent.table, column: spent.column };
  const counted = after(ranking.at, isHeadTable);
  // "Which sailing sold the most tickets?" over order lines with a qty column: the units are added up, not the lines counted.
  const rankedUnits = counted && (analysis.which || analysis.who) ? unitsNamed(schemas, usable, counted, analysis.words[counted.end - 1]!) : undefined;
  if (rankedUnits) return rankedUnits;
  if (counted && (analysis.which || analysis.who || (entity && bareName(counted.table) !== bareName(entity)))) return { kind: 'count', table: counted.table };
  if (sortPhrase) {
    const resolved = resolvePhrase(sortPhrase.words, usable, schemas, entity ? [entity] : []);
    if (resolved?.kind === 'table' && entity && bareName(resolved.table) !== bareName(entity)) return { kind: 'count', table: resolved.table };
  }
  if (analysis.which && entity) return { kind: 'count', table: entity };
  return undefined;
}

/**
 * "Which is our oldest press?": the date or year every row has (installed_yr), before one only some rows have
 * (retired_on, empty while the press runs): an age counts from what began each row, not from an end not yet reached.
 */
function lifeColumn(table: TableSchema): TableSchema['columns'][number] | undefined {
  const date = table.columns.find((c) => isDateColumn(c));
  const year = yearColumn(table);
  if (date?.nullable && year && !year.nullable && !table.columns.some((c) => isDateColumn(c) && !c.nullable)) return year;
  return date ?? year;
}

/** "the newest lift" over lifts.built_year: with no date, the one number column named for a year orders rows in time. */
function yearColumn(table: TableSchema): TableSchema['columns'][number] | undefined {
  const years = table.columns.filter((c) => isNumericColumn(c) && !isKeyColumn(c) && splitIdentifier(c.name).some((part) => part === 'year' || part === 'yr'));
  return years.length === 1 ? years[0] : undefined;
}

/** On a table that is not itself about people (events, orders), the column that points at the person. */
function personKey(schemas: readonly TableSchema[], tableName: string): string | undefined {
  const table = findTable(schemas, tableName);
  if (!table || /(customer|user|client|member|person|people|account|subscriber)s?$/i.test(table.name)) return undefined;
  const pointer = table.columns.find((c) => c.references && /(customer|user|client|member|person|account|subscriber)/i.test(c.references));
  return pointer?.name ?? table.columns.find((c) => /^(customer|user|client|member|person|account)_id$/i.test(c.name))?.name;
}

/** A quantity column named by a participle ("injured") whose verb shares a common sense with a participle of the question ("wounded"). */
function recordedCount(analysis: QuestionAnalysis, schemas: readonly TableSchema[]): Measure | undefined {
  const participles = analysis.words.filter((w) => /ed$/.test(w.text) && w.text.length > 4);
  if (participles.length === 0) return undefined;
  for (const table of schemas) {
    for (const column of table.columns) {
      if (!isMeasureColumn(column) || !/ed$/i.test(column.name)) continue;
      const name = column.name.toLowerCase();
      if (participles.some((w) => w.text === name || sharesVerbSense(w.text, name))) return { kind: 'aggregate', fn: 'SUM', table: table.name, column: column.name };
    }
  }
  return undefined;
}

/** unitsOfRows of the counted table, or of another table the same word names in part ("tickets": tkt_ord and tkt_ln). */
function unitsNamed(schemas: readonly TableSchema[], mentions: readonly Mention[], counted: Mention, word: QuestionAnalysis['words'][number]): Measure | undefined {
  if (counted.full) return undefined;
  const named = [counted, ...mentions.filter((m) => m !== counted && m.column === undefined && !m.full && m.start === counted.start && m.end === counted.end)];
  // "orders" beside wholesale_orders and order_items: the rows of a table named for the word are what is counted.
  if (named.some((m) => stemWord(m.table.split('.').pop()!.toLowerCase().split('_').at(-1)!) === word.stem)) return undefined;
  for (const mention of named) {
    const units = unitsOfRows(schemas, mention, word);
    if (units) return units;
  }
  return undefined;
}

/** Name parts of a column that holds how many things a row stands for. */
const QUANTITY_PARTS = /^(qty|quantity|quantities|units)$/;

/**
 * "How many tickets were sold?" over ticket_sales rows with a qty column: the word names what the rows are sales of
 * (the first part of the table's name, not its head), so the things are the rows' quantities added up, not the rows.
 */
function unitsOfRows(schemas: readonly TableSchema[], counted: Mention, word: QuestionAnalysis['words'][number]): Measure | undefined {
  if (counted.full) return undefined;
  const table = findTable(schemas, counted.table);
  if (!table) return undefined;
  const parts = table.name.split('.').pop()!.toLowerCase().split('_');
  // "tkt_ln" for ticket lines: the first part may be the word with its vowels dropped.
  const names = (part: string): boolean => stemWord(part) === word.stem || namesShortenedPart(part, word);
  if (parts.length < 2 || stemWord(parts.at(-1)!) === word.stem || !names(parts[0]!)) return undefined;
  const quantities = table.columns.filter((column) => isMeasureColumn(column) && column.name.toLowerCase().split('_').some((part) => QUANTITY_PARTS.test(part)));
  return quantities.length === 1 ? { kind: 'aggregate', fn: 'SUM', table: table.name, column: quantities[0]!.name } : undefined;
}


/**
 * "the total number of panels installed" over installations.panel_count: when no table is named outright by the counted
 * noun, a column that tallies that noun holds how many there are, so it is added up.
 */
function tallyMeasure(analysis: QuestionAnalysis, schemas: readonly TableSchema[], aggregateAt: number): Measure | undefined {
  const noun = analysis.words.slice(aggregateAt + 1, aggregateAt + PHRASE_LENGTH + 1).find((w) => !/^(of|the|many|much|all)$/.test(w.text));
  const tally = tallyColumn(noun, schemas) ?? tallyColumn(noun, schemas, participlesOf(analysis));
  return tally && { kind: 'aggregate', fn: 'SUM', table: tally.table, column: tally.column };
}

/**
 * "How many tonnes of sand went out?" over tkt.net_t, commented "Net weight of the load in tonnes"; "How many hours did we
 * lose to the weather?" over nights.weather_lost_hours; "How many cubic metres of logs came in?" over lrc.vol_m3: a unit
 * of measurement counted names the number column measured in that unit (column-units.ts), which is added up.
 */
function unitMeasure(analysis: QuestionAnalysis, schemas: readonly TableSchema[], aggregateAt: number): { measure: Measure; end: number } | undefined {
  const many = analysis.words.findIndex((w, k) => k >= aggregateAt && /^(many|much)$/.test(w.text));
  if (many < 0 || many > aggregateAt + 1) return undefined;
  const phrase = readUnitPhrase(analysis.words, many + 1);
  if (!phrase || phrase.per) return undefined;
  const found = columnInUnit(schemas, phrase, analysis.words);
  return found && { measure: { kind: 'aggregate', fn: 'SUM', table: found.table, column: found.column }, end: Math.max(...phrase.words) };
}

/** "were served", "got delivered": the question's participles, which a column named for the noun and the verb ("households_served") records. */
function participlesOf(analysis: QuestionAnalysis): Set<string> {
  return new Set(analysis.words.filter((w) => /ed$/.test(w.text) && w.text.length > 4).map((w) => w.text));
}

/**
 * "How many different X" of a table X that a table named after it points to by exactly one foreign key: the distinct
 * keys that table stores (the addresses students live at), not every row of X.
 */
function storedKeys(analysis: QuestionAnalysis, schemas: readonly TableSchema[], mentions: readonly Mention[], counted: Mention): Measure | undefined {
  const key = bareName(counted.table);
  const holders = mentions
    .filter((m) => m.start >= counted.end && m.column === undefined && bareName(m.table) !== bareName(counted.table))
    .map((m) => findTable(schemas, m.table))
    .filter((t): t is TableSchema => t !== undefined);
  for (const table of holders) {
    const keys = table.columns.filter((c) => c.references !== undefined && bareName(c.references.split('.').slice(0, -1).join('.')) === key);
    // Of several keys to it ("current_address_id", "permanent_address_id"), the one whose role word the question uses.
    const roles = keys.filter((c) => c.name.toLowerCase().split('_').some((part) => !/^(id|key|code)$/.test(part) && !key.startsWith(stemWord(part)) && analysis.words.some((w) => w.stem.startsWith(stemWord(part)))));
    const chosen = keys.length === 1 ? keys[0] : roles.length === 1 ? roles[0] : undefined;
    if (chosen) return { kind: 'count', table: table.name, distinct: chosen.name, alias: `${chosen.name.toLowerCase()}_count` };
  }
  return undefined;
}
