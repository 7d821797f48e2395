import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { Context } from '../../context/context-schema.js';
import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import { parseDateRanges } from '../../dates/parse-date-ranges.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { applyMetric, metricDateColumn, metricGrain, metricJoinTables } from './apply-metric.js';
import { chooseDateColumn } from './date-column.js';
import { dateFilters } from './date-filters.js';
import { eventDateColumn } from './event-date-column.js';
import { verbDateColumn } from './verb-date-column.js';
import { distinctEventDate } from './distinct-event-date.js';
import { deedDate } from './deed-date.js';
import { whenExtreme } from './when-extreme.js';
import { stillFilters } from './still-filters.js';
import type { DateColumn } from './date-column.js';
import type { Measure } from './resolve-measure.js';
import { asDimension, describeDimension, dimensionItems, type Dimension } from './dimension.js';
import { joinsFanOut, reachableTables } from './join-graph.js';
import { measureBase, measureItem } from './measure-item.js';
import { pickEntity } from './pick-entity.js';
import { countAskedBeside } from './count-asked-beside.js';
import { personNameColumns, personTable } from './person-table.js';
import { pickMetric } from './pick-metric.js';
import { listingOrder } from './listing-order.js';
import { projection } from './projection.js';
import { nameOrKey } from './name-or-key.js';
import { asksPerEachRow, listsEachWithOwn } from './each-subject.js';
import { requestedColumns } from './requested-columns.js';
import { emptySpec, ref, type QuerySpec, type SelectItem } from './query-spec.js';
import { rankingLimit } from './ranking-limit.js';
import { resolveMeasure } from './resolve-measure.js';
import { resolvePhrase } from './resolve-phrase.js';
import { singular } from './singular.js';
import { schemaMentions } from './schema-mentions.js';
import { findColumn, findTable, isDateColumn, isKeyColumn, labelColumns, primaryKey } from './schema-lookup.js';
import { bareName } from './bare-name.js';
import { sqlIdentifier } from './sql-identifier.js';
import { truncateToGrain, type TimeGrain } from './time-grain.js';
import { valueFilters } from './value-filters.js';
import { numericFilters } from './numeric-filters.js';
import { yearFilters } from './year-filters.js';
import { textPatternFilters } from './text-pattern-filters.js';
import { presenceFilters } from './presence-filters.js';
import { unsetFilters } from './unset-filters.js';
import { nullGlossFilters } from './null-gloss-filters.js';
import type { RowFilter } from './row-filter.js';
import type { Mention } from './schema-mentions.js';
import { AGGREGATE_FUNCTIONS } from './resolve-measure.js';
import { measureAsked } from './measure-asked.js';
import { moneyMeasure } from './money-measure.js';
import { moneyNounMeasure } from './money-noun-measure.js';
import { wordRange } from './word-range.js';
import { ownDateComparison } from './own-date-comparison.js';
import { extremeAsked } from './extreme-asked.js';
import { countedValue } from './counted-value.js';
import { grainNamingValue } from './grain-naming-value.js';
import { datesOutsideValues } from './dates-inside-values.js';
import { holdsMeasure } from './measure-column.js';
import { groupedMeasure } from './grouped-measure.js';

export interface PlannedQuery {
  spec: QuerySpec;
  explanation: string[];
  grain?: TimeGrain;
  /** Output names of the group columns other than the time bucket. */
  groupAliases: string[];
  measureAlias?: string;
  /** False when nothing in the question could be tied to the schema and the plan is a guess. */
  mapped: boolean;
}

/** Turns the analysed question and the linked schema into a query spec. */
export function planQuery(context: Context, analysis: QuestionAnalysis, dialect: SqlDialect = duckdbDialect): PlannedQuery {
  const schemas = context.table_schemas;
  // "the tallest wall" where no column holds a height: the superlative ranks by nothing here, as before it was read.
  if (analysis.ranking?.attribute === 'measure' && !holdsMeasure(schemas, analysis.ranking.measures ?? [])) analysis.ranking = undefined;
  const mentions = schemaMentions(analysis.words, schemas);
  const fullWords = new Set(mentions.filter((m) => m.full).flatMap((m) => wordRange(m.start, m.end)));
  const mentionedTables = [...mentions].filter((m) => m.column === undefined).sort((a, b) => Number(b.full) - Number(a.full) || a.start - b.start).map((m) => m.table);
  if (grainNamingValue(context, analysis)) {
    analysis.consumed.delete(analysis.grain!.at);
    analysis.grain = undefined;
  }
  // "documents that contain the letter w in their description": a pattern, not the stored value 'w'.
  const patterns = textPatternFilters(context.task.text, analysis.words, mentions, schemas, dialect);
  const patternWords = new Set(patterns.flatMap((f) => f.words));
  const values = [...patterns, ...valueFilters(context, analysis, fullWords, dialect, mentions.filter((m) => m.full && m.column !== undefined), mentions.filter((m) => m.full && m.column === undefined)).filter((f) => !f.words.some((w) => patternWords.has(w)))];
  const numeric = numericFilters(analysis, mentions, schemas, mentionedTables, dialect, values);
  const found: RowFilter[] = [...values, ...numeric.filters];
  // "birth year 1948 or 1949", "in years of 2013 or 2016", "concerts in 2014" over a Year column: years compared with a
  // year column are not date ranges.
  const yearsFiltered = new Set(numeric.filters.flatMap((f) => f.words.map((w) => analysis.words[w]!.text)).filter((w) => /^(19|20)\d\d$/.test(w)));
  const parsedRanges = datesOutsideValues(context.date_ranges.length > 0 ? context.date_ranges : parseDateRanges(context.task.text, context.task.current_date), values, analysis.words);
  const byYear = yearFilters(
    analysis.words,
    parsedRanges.filter((r) => ![...yearsFiltered].some((year) => r.phrase.includes(year))),
    analysis.years.filter((y) => !yearsFiltered.has(String(y))),
    mentions,
    schemas,
    new Set([...found.flatMap((f) => f.words), ...numeric.counts.flatMap((c) => c.words)]),
    context.task.current_date,
    dialect,
  );
  found.push(...byYear.filters);
  for (const year of byYear.years) yearsFiltered.add(year);
  found.push(...presenceFilters(analysis, mentions, schemas, new Set([...found.flatMap((f) => f.words), ...numeric.counts.flatMap((c) => c.words)])));
  found.push(...unsetFilters(analysis, schemas, new Set([...found.flatMap((f) => f.words), ...numeric.counts.flatMap((c) => c.words)]), mentions));
  found.push(...nullGlossFilters(analysis, schemas, new Set([...found.flatMap((f) => f.words), ...numeric.counts.flatMap((c) => c.words)])));
  // "bills paid after their due date": the verb's date against the row's own due date, not the status 'PAID'.
  const ownDate = ownDateComparison(analysis.words, schemas);
  if (ownDate) {
    for (const filter of found.filter((f) => f.words.includes(ownDate.words[0]!))) found.splice(found.indexOf(filter), 1);
    found.push(ownDate);
  }
  // "shipments picked up in 2025": the verb's own date column, not the status 'PICKED UP'.
  const event = parsedRanges.length > 0 || analysis.years.length > 0 ? values.map((f) => ({ filter: f, column: eventDateColumn(f, analysis, schemas) })).find((e) => e.column) : undefined;
  if (event) found.splice(found.indexOf(event.filter), 1);
  const countCondition = numeric.counts[0];
  const excluded = new Set([...found.flatMap((f) => f.words), ...(event?.filter.words ?? []), ...numeric.counts.flatMap((c) => c.words), ...analysis.negated]);
  const groupWords = new Set([...analysis.byPhrases.flatMap((p) => p.words.map((w) => w.index)), ...(analysis.which ?? []).map((w) => w.index)]);

  const metric = pickMetric(context.metrics, analysis);
  const rankedSubject = analysis.ranking ? resolvePhrase(analysis.ranking.subject, mentions, schemas) : undefined;
  const whichTarget = analysis.which ? resolvePhrase(analysis.which, mentions, schemas) : undefined;
  const rankedGrain = [whichTarget, rankedSubject].find((t) => t?.kind === 'grain');
  const entity =
    (rankedSubject?.kind === 'table' ? rankedSubject.table : undefined) ??
    pickEntity(mentions, new Set([...excluded, ...groupWords]), schemas, analysis.netOfReturns, analysis.words) ??
    (whichTarget?.kind === 'table' ? whichTarget.table : undefined);
  const valueCounted = countedValue(context, analysis, values);
  let measure = metric ? undefined : resolveMeasure(analysis, mentions, schemas, valueCounted?.table ?? entity, excluded, dialect);
  const extreme = metric ? undefined : extremeAsked(analysis, mentions, schemas);
  if (extreme) {
    // The value at the extreme is the answer: nothing is left to rank.
    measure = extreme;
    analysis.ranking = undefined;
  }
  // "How much came in through PayPal?": money of the rows the question is about, not a count of them.
  if (!metric && (!measure || (measure.kind === 'count' && analysis.aggregate?.kind === 'sum'))) {
    measure = moneyMeasure(analysis, schemas, [entity, ...found.map((f) => f.table)]) ?? measure;
  }
  if (!metric && !measure) measure = moneyNounMeasure(analysis, schemas, entity);
  if (!metric && !measure) measure = groupedMeasure(analysis, mentions, schemas);
  if (!metric && !measure && countCondition) measure = { kind: 'count', table: countCondition.table };
  // "Who closed the most bugs?" where bugs are rows of a kind: the ranking counts the rows the value keeps.
  const rankedValue = analysis.ranking && (analysis.who || analysis.which) ? found.find((f) => f.words.includes(analysis.ranking!.at + 1)) : undefined;
  if (!metric && !measure && rankedValue) measure = { kind: 'count', table: rankedValue.table };
  // "How many cats are registered?", "How many pupils are older than 20?": the noun names no table, but the filter's
  // table, else the table the linker ranked first, is what is counted; a listing would not answer "how many".
  if (!metric && !measure && analysis.aggregate?.kind === 'count' && !analysis.ranking) {
    const counted = found[0]?.table ?? [...schemas].sort((a, b) => b.score - a.score)[0]?.name;
    if (counted) measure = { kind: 'count', table: counted };
  }
  const measureTable = metric ? metric.table : measureBase(measure);
  const dateRanges = parsedRanges.filter((r) => ![...yearsFiltered].some((year) => r.phrase.includes(year)));
  if (yearsFiltered.size > 0) analysis.years = analysis.years.filter((year) => !yearsFiltered.has(String(year)));
  // "the average monthly energy" over a monthly_output table: the rows are monthly already; the word names them, not a grouping.
  const grainNamesTable = analysis.grain !== undefined && mentions.some((m) => m.column === undefined && m.start <= analysis.grain!.at && m.end > analysis.grain!.at);
  let grain = (grainNamesTable ? undefined : analysis.grain?.grain) ?? (rankedGrain?.kind === 'grain' ? rankedGrain.grain : undefined) ?? metricGrain(metric, dateRanges);

  let dims: Dimension[] = [];
  const addDim = (dim: Dimension | undefined): void => {
    if (dim && !dims.some((d) => d.table === dim.table && (d.kind === 'table' || dim.kind === 'table' || d.column === dim.column))) dims.push(dim);
  };
  const prefer = [measureTable, entity].filter((t): t is string => t !== undefined);
  if (analysis.which) addDim(asDimension(resolvePhrase(analysis.which, mentions, schemas, prefer)));
  if (rankedSubject?.kind === 'column') addDim(rankedSubject);
  for (const phrase of analysis.byPhrases) {
    const target = resolvePhrase(phrase.words, mentions, schemas, prefer);
    const rankingColumn = target?.kind === 'column' && analysis.ranking && measure?.kind === 'aggregate' && measure.column === target.column;
    const perUnit = target?.kind === 'table' && (measure?.kind === 'aggregate' || measure?.kind === 'count') && bareName(target.table) === bareName(measure.table);
    if (!rankingColumn && !perUnit) addDim(asDimension(target));
  }
  // "the names of teachers and the number of courses they teach": the attributes listed before the measure are its groups.
  if (dims.length === 0 && !grain && !metric && (measure?.kind === 'count' || measure?.kind === 'aggregate') && listedBeforeMeasure(analysis)) {
    for (const dim of listedOwner(analysis, schemas, mentionedTables, measure.table)) addDim(dim);
  }
  // "Who served the most checks?": "who" asks for people, so the measured rows are grouped by the people they point at.
  const person = dims.length === 0 && analysis.ranking && analysis.who && (measure?.kind === 'count' || measure?.kind === 'aggregate') ? personTable(schemas, measure.table) : undefined;
  if (person) addDim({ kind: 'table', table: person.name });
  // "the code of the country with the most players", "the grade that has the greatest number of high schoolers": the
  // ranked thing is an attribute of the counted rows, so they are counted per value of it.
  const rankedAttribute = dims.length === 0 && !grain && !metric && (measure === undefined || measure.kind === 'count') ? attributeRanked(analysis, mentions, schemas, measure?.table) : undefined;
  if (rankedAttribute) {
    measure ??= { kind: 'count', table: rankedAttribute.table };
    for (const column of rankedAttribute.columns) addDim({ kind: 'column', table: rankedAttribute.table, column });
  }
  const havingCount = countCondition && measure?.kind === 'count' && bareName(measure.table) === bareName(countCondition.table) ? countCondition : undefined;
  if (dims.length === 0 && (analysis.ranking || havingCount) && entity && measureTable && bareName(entity) !== bareName(measureTable) && (metric || measure?.kind !== 'attribute')) {
    addDim({ kind: 'table', table: entity });
  }
  // "matches in each year" where the table has a Year column: group by that column, not by a date's year.
  if (grain && dims.some((d) => d.kind === 'column' && d.column.toLowerCase().split('_').pop() === grain)) grain = undefined;
  if (!metric && !measure && (dims.length > 0 || grain) && (entity ?? found[0]?.table)) {
    measure = { kind: 'count', table: (entity ?? found[0]!.table)! };
  }
  const aggregated = metric !== undefined || (measure !== undefined && measure.kind !== 'attribute');

  const base = metric?.table ?? measureBase(measure) ?? entity ?? found[0]?.table ?? [...schemas].sort((a, b) => b.score - a.score)[0]?.name;
  if (!base) return nothingToQuery();
  // "riders who are still with us": the base's open end date.
  const rowWords = new Set(mentions.filter((m) => m.column === undefined && m.full).map((m) => m.start));
  found.push(...stillFilters(analysis.words, schemas, base, new Set([...found.flatMap((f) => f.words), ...numeric.counts.flatMap((c) => c.words)]), rowWords));
  const reachable = reachableTables(base, schemas, metricJoinTables(metric));
  const unreachable = [...new Set([...dims, ...found].map((item) => item.table).filter((t) => !reachable.has(bareName(t))))];
  dims = dims.filter((d) => reachable.has(bareName(d.table)));
  const filters = found.filter((f) => reachable.has(bareName(f.table)));
  const mapped = metric !== undefined || measure !== undefined || dims.length > 0 || filters.length > 0 || entity !== undefined;

  const spec = emptySpec(base);
  spec.roleWords = analysis.words.map((w) => w.text);
  const explanation: string[] = [];
  const required = new Set<string>([
    ...dims.map((d) => d.table),
    ...filters.map((f) => f.table),
    ...(measure?.kind === 'revenue' ? measure.source.filters.map((f) => f.table) : []),
    ...(measure?.kind === 'revenue' && measure.perOrder ? [measure.perOrder.table] : []),
  ]);
  if (metric) {
    const breakdowns = dims.flatMap((d) => (d.kind === 'column' ? [{ table: d.table, column: d.column }] : []));
    explanation.push(applyMetric(spec, metric, [...filters, ...breakdowns]));
  }
  spec.where.push(...filters.map((f) => f.sql));
  if (filters.length > 0) explanation.push(`keeps rows where ${filters.map((f) => f.sql.replace(/[{}]/g, '')).join(' and ')}`);

  const dated = grain !== undefined || dateRanges.length > 0 || analysis.years.length > 0;
  // "How many different customers sent us work in 2025?": the period dates the events the counted rows repeat in.
  const countsRepeats = measure?.kind === 'count' && measure.distinct === undefined && analysis.distinct && analysis.aggregate?.kind === 'count' && bareName(measure.table) === bareName(base);
  const dateColumn = dated
    ? (metricDateColumn(metric, schemas) ??
      event?.column ??
      verbDated(analysis, dateRanges, metric !== undefined, measure, base, [...required], reachable, schemas) ??
      (countsRepeats ? distinctEventDate(schemas.filter((t) => reachable.has(bareName(t.name))), base, mentions) : undefined) ??
      laterStageDate(measure, schemas, mentions) ??
      deedDated(analysis, dateRanges, measure, base, [...required], schemas, mentions) ??
      chooseDateColumn(schemas, base, [...required], mentions))
    : undefined;
  if (dateColumn) {
    required.add(dateColumn.table);
    const ranges = dateFilters(dateRanges, analysis, ref(dateColumn.table, dateColumn.column), dialect);
    spec.where.push(...ranges.sql);
    if (ranges.sql.length > 0) explanation.push(`limits ${dateColumn.table}.${dateColumn.column} to ${ranges.description}`);
  }

  const select: SelectItem[] = [];
  const groupAliases: string[] = [];
  if (grain && dateColumn && aggregated) {
    // "orders per month for 2026", "each quarter in 2025": the noun names a month of that one calendar year, told by its
    // number alone; "monthly sales" names a series of months, each told by its first day, as does a metric over its
    // time column (a series the output shows by date).
    const byNoun = analysis.grain !== undefined && analysis.words[analysis.grain.at]?.text === grain;
    const part = !metric && (grain === 'month' || grain === 'quarter') && byNoun && oneCalendarYear(dateRanges, analysis.years) ? grain : undefined;
    const column = ref(dateColumn.table, dateColumn.column);
    select.push({ expr: part ? dialect.extract(part, column) : truncateToGrain(grain, column, dialect), alias: grain });
    explanation.push(`groups by ${grain} of ${dateColumn.table}.${dateColumn.column}`);
  }
  let listedGroup = false;
  for (const dim of dims) {
    const named = person && dim.kind === 'table' && dim.table === person.name ? personNameColumns(person).map((column): SelectItem => ({ expr: ref(person.name, column) })) : undefined;
    const listed = dim.kind === 'table' ? (groupAttributes(analysis, schemas, dim.table) ?? named) : undefined;
    listedGroup ||= listed !== undefined;
    const items = listed ?? dimensionItems(dim, schemas, true);
    select.push(...items);
    groupAliases.push(...items.map((item) => item.alias ?? item.expr.replace(/^\{[^.]+\.(.+)\}$/, '$1')));
  }
  if (dims.length > 0) explanation.push(`per ${dims.map(describeDimension).join(' and ')}`);
  const groupCount = select.length;
  const ordinals = wordRange(1, groupCount + 1).map(String);

  let measureAlias: string | undefined;
  if (metric) {
    measureAlias = metric.name;
    select.push({ expr: metric.expression, alias: measureAlias });
  } else if (measure && measure.kind !== 'attribute') {
    // "How many times were bikes rented": occurrences, one per joined row, not distinct things.
    const occurrences = /\bhow many times\b/i.test(analysis.text) && measure.kind === 'count' && !measure.distinct;
    const item = measureItem(measure, schemas, !occurrences && joinsFanOut(base, [...required], schemas, metricJoinTables(metric)), spec);
    measureAlias = item.alias;
    select.push({ expr: item.expr, alias: item.alias });
    explanation.unshift(item.explanation);
    if (havingCount && groupCount > 0) {
      spec.having.push(`${item.expr} ${havingCount.condition}`);
      explanation.push(`keeps groups with ${havingCount.condition} ${havingCount.table}`);
    }
    if (measure.kind === 'aggregate') {
      for (const kind of analysis.extraAggregates) {
        if (kind === 'count') continue;
        const extra = measureItem({ ...measure, fn: AGGREGATE_FUNCTIONS[kind] }, schemas, false, spec);
        if (!select.some((i) => i.alias === extra.alias)) select.push({ expr: extra.expr, alias: extra.alias });
      }
    }
    if (measure.kind === 'revenue') spec.where.push(...measure.source.filters.map((f) => f.sql));
  }
  const beside = measureAlias ? countAskedBeside(analysis, mentions, schemas, metric !== undefined || measure?.kind === 'revenue') : undefined;
  if (beside && reachable.has(bareName(beside.name))) {
    // The count joins its table only where the join repeats no row of the main measure.
    const joined = bareName(beside.name) === bareName(base) || [...required].some((t) => bareName(t) === bareName(beside.name));
    const extraJoins = metricJoinTables(metric);
    if (joined || joinsFanOut(base, [...required, beside.name], schemas, extraJoins) === joinsFanOut(base, [...required], schemas, extraJoins)) {
      required.add(beside.name);
      const key = primaryKey(beside);
      const alias = `${singular(beside.name)}_count`;
      if (!select.some((item) => item.alias === alias)) select.push({ expr: key ? `COUNT(DISTINCT ${ref(beside.name, key.name)})` : 'COUNT(*)', alias });
      explanation.push(`counts ${beside.name} beside it`);
    }
  }
  spec.tables = [...required];

  if (aggregated) {
    // "names of readers with at least 3 loans": the count only keeps the groups, unless the question asks for it.
    const countOnlyKeeps = spec.having.length > 0 && groupCount > 0 && !metric && !measureAsked(analysis) && !analysis.ranking && !analysis.sort;
    spec.select = countOnlyKeeps ? select.slice(0, groupCount) : select;
    if (groupCount > 0) spec.groupBy = [ordinals.join(', '), ...entityKeys(dims, schemas, select.slice(0, groupCount))];
    const sortTarget = sortTargetOf(analysis, mentions, schemas, select, measureAlias, dialect);
    // "Which year has the most concerts?", "the name of the stadium with the most concerts": the pick is the answer and
    // the measure only ranks, unless the question asks for it too; "top 5 products by revenue" ranks a table of measures.
    const ranksByPhrase = analysis.ranking !== undefined && /^(top|bottom)$/.test(analysis.words[analysis.ranking.at]?.text ?? '');
    const rankOnly = measure !== undefined && !metric && !measureAsked(analysis) && (listedGroup || (!ranksByPhrase && (!grain || rankedGrain !== undefined)));
    if (analysis.ranking && measureAlias && rankOnly && groupCount > 0) {
      const measureExpr = select[groupCount]!.expr;
      spec.select = select.slice(0, groupCount);
      spec.orderBy = [`${measureExpr} ${analysis.ranking.direction.toUpperCase()}`, ...ordinals];
      spec.limit = rankingLimit(analysis, dims.length, undefined, rankedGrain !== undefined);
    } else if (analysis.ranking && measureAlias && (!grain || rankedGrain)) {
      spec.orderBy = [`${sqlIdentifier(measureAlias, dialect)} ${analysis.ranking.direction.toUpperCase()}`, ...ordinals];
      if (groupCount > 0) spec.limit = rankingLimit(analysis, dims.length, undefined, rankedGrain !== undefined);
      explanation.push(`ranked ${analysis.ranking.direction === 'desc' ? 'highest' : 'lowest'} first`);
    } else if (sortTarget) {
      spec.orderBy = [`${sortTarget} ${analysis.sort!.direction.toUpperCase()}`, ...ordinals.filter((o) => o !== sortTarget)];
    } else {
      spec.orderBy = ordinals;
    }
  } else {
    const joinable = [...filters.map((f) => f.table), ...[...schemas].sort((a, b) => b.score - a.score).map((t) => t.name)]
      .filter((name, k, all) => bareName(name) !== bareName(base) && reachable.has(bareName(name)) && all.findIndex((n) => bareName(n) === bareName(name)) === k)
      .map((name) => findTable(schemas, name)!)
      .filter((t) => t !== undefined);
    spec.select = projection(analysis, mentions, base, filters, schemas, measure?.kind === 'attribute' && bareName(measure.table) === bareName(base) ? measure.column : undefined, joinable);
    for (const item of spec.select) {
      const table = /^\{(.+)\.[^.{}]+\}$/.exec(item.expr)?.[1];
      if (table !== undefined && bareName(table) !== bareName(base) && ![...required].some((t) => bareName(t) === bareName(table))) required.add(table);
    }
    spec.tables = [...required];
    // "Where is each instructor from?": each answer beside the name of the row it is for.
    const baseTable = findTable(schemas, base);
    const namesBase = (index: number): boolean => mentions.some((m) => m.column === undefined && m.full && m.start === index && bareName(m.table) === bareName(base));
    // Only the row's own key selected: the attribute asked for was not found, and names beside the key would hide that.
    const keyOnly = baseTable !== undefined && spec.select.every((item) => baseTable.columns.some((c) => c.primary_key && item.expr === ref(baseTable.name, c.name)));
    // "condition per plot": an attribute per row of its own table is one answer each, shown beside its row.
    const perOwnRow = analysis.byPhrases.some((p) => p.keyword === 'per' && p.words.some((w) => namesBase(w.index)));
    if (baseTable && spec.select.length > 0 && !keyOnly && (perOwnRow || asksPerEachRow(analysis.words) || listsEachWithOwn(analysis.words, namesBase))) {
      const names = nameOrKey(baseTable).filter((name) => !spec.select.some((item) => item.expr === name.expr));
      spec.select = [...names, ...spec.select];
    }
    // "students who have a cat or a dog" names each student once, however many rows the joined table holds for them.
    spec.distinct = analysis.distinct || joinsFanOut(base, [...required], schemas);
    const order = listingOrder(analysis, mentions, schemas, spec, measure?.kind === 'attribute' ? measure : undefined);
    if (order.table) spec.tables = [...required.add(order.table)];
    spec.orderBy = order.orderBy;
    if (measure?.kind === 'attribute') {
      const named = mentions.find((m) => m.column === undefined && bareName(m.table) === bareName(measure!.table));
      spec.limit = rankingLimit(analysis, dims.length, named ? analysis.words[named.end - 1] : undefined);
      explanation.push(`ordered by ${measure.column}, ${measure.direction === 'desc' ? 'highest' : 'lowest'} first`);
    }
    if (mapped) explanation.unshift(`lists ${singular(base)} rows`);
    // "When was the last cancelled sailing?": the latest date itself, not every sailing's date.
    // Not of one named row ("the first performance of The Rivals" over productions): its events are elsewhere.
    const oneNamed = baseTable !== undefined && filters.some((f) => bareName(f.table) === bareName(base) && labelColumns(baseTable).some((c) => c.name === f.column));
    const extreme = mapped && spec.limit === undefined && !oneNamed ? whenExtreme(analysis.words, parsedRanges.map((r) => r.phrase)) : undefined;
    const dated = extreme ? listedDate(spec.select, schemas) ?? (spec.select.length === 0 ? chooseDateColumn(schemas, base, [], mentions) : undefined) : undefined;
    if (extreme && dated && bareName(dated.table) === bareName(base)) {
      spec.select = [{ expr: `${extreme}(${ref(dated.table, dated.column)})`, alias: `${extreme === 'MIN' ? 'first' : 'last'}_${dated.column}` }];
      spec.orderBy = [];
      spec.distinct = false;
      explanation.push(`takes the ${extreme === 'MIN' ? 'earliest' : 'latest'} ${dated.column}`);
    }
  }
  if (unreachable.length > 0) explanation.push(`left out ${unreachable.join(', ')}: no join path from ${base}`);
  if (!mapped) {
    spec.limit = 100;
    explanation.unshift(`could not map the question to the schema; showing rows of ${base}, the most relevant table`);
  }
  return { spec, explanation, grain: aggregated ? grain : undefined, groupAliases, measureAlias, mapped };
}

/**
 * The date column the verb before the time phrase is named after ("logged a climb in November"), when joining its table
 * repeats no row a sum or average reads: a count counts distinct rows over the join, a listing lists them once.
 */
function verbDated(
  analysis: QuestionAnalysis,
  ranges: readonly { phrase: string }[],
  hasMetric: boolean,
  measure: Measure | undefined,
  base: string,
  required: readonly string[],
  reachable: ReadonlySet<string>,
  schemas: Context['table_schemas'],
): DateColumn | undefined {
  if (hasMetric) return undefined;
  const column = verbDateColumn(analysis.words, [...ranges.map((r) => r.phrase), ...analysis.years.map(String)], schemas, reachable);
  if (!column || bareName(column.table) === bareName(base)) return column;
  // Only the event's table joins the counted rows: beside other joins, which path links the groups or filters to the
  // event ("checked in there" at the visit's gym, not the member's home gym) is not read here.
  if (required.some((t) => bareName(t) !== bareName(base) && bareName(t) !== bareName(column.table))) return undefined;
  const sums = measure !== undefined && measure.kind !== 'count' && measure.kind !== 'attribute';
  return sums && joinsFanOut(base, [...required, column.table], schemas) ? undefined : column;
}

/** A period dating what the subject did (deed-date), when the question joins nothing else and no sum repeats over it. */
function deedDated(
  analysis: QuestionAnalysis,
  ranges: readonly { phrase: string }[],
  measure: Measure | undefined,
  base: string,
  required: readonly string[],
  schemas: Context['table_schemas'],
  mentions: readonly Mention[],
): DateColumn | undefined {
  if (required.some((t) => bareName(t) !== bareName(base))) return undefined;
  const column = deedDate(analysis.words, [...ranges.map((r) => r.phrase), ...analysis.years.map(String)], schemas, base, mentions);
  const sums = measure !== undefined && measure.kind !== 'count' && measure.kind !== 'attribute';
  return column && sums && joinsFanOut(base, [column.table], schemas) ? undefined : column;
}

/**
 * "How many tonnes of chip did we take away in 2025?" over jobs.chip_t, empty until the work is done, where jobs has a
 * quote_dt every row has and a work_dt empty until then: an amount filled in at a later stage of a row's life is dated
 * by the one date filled in later too, not by the date the row was opened with. Not when the question names a date.
 */
function laterStageDate(measure: Measure | undefined, schemas: Context['table_schemas'], mentions: readonly Mention[]): DateColumn | undefined {
  if (measure?.kind !== 'aggregate' || (measure.fn !== 'SUM' && measure.fn !== 'AVG')) return undefined;
  const table = findTable(schemas, measure.table);
  const column = table ? findColumn(table, measure.column) : undefined;
  if (!table || !column?.nullable) return undefined;
  const dates = table.columns.filter(isDateColumn);
  const later = dates.filter((c) => c.nullable);
  if (later.length !== 1 || later.length === dates.length) return undefined;
  if (mentions.some((m) => m.column !== undefined && dates.some((d) => d.name === m.column) && bareName(m.table) === bareName(table.name))) return undefined;
  return { table: table.name, column: later[0]!.name };
}

/** The one column a listing selects, when it is a date. */
function listedDate(select: readonly SelectItem[], schemas: Context['table_schemas']): DateColumn | undefined {
  if (select.length !== 1) return undefined;
  const match = /^\{([^{}]+)\.([^.{}]+)\}$/.exec(select[0]!.expr);
  const table = match ? findTable(schemas, match[1]!) : undefined;
  const column = table ? findColumn(table, match![2]!) : undefined;
  return column && isDateColumn(column) ? { table: table!.name, column: column.name } : undefined;
}

/** The question keeps one calendar year: "in 2026" as a range from 1 January to the next, or a bare year. */
function oneCalendarYear(ranges: readonly { start: string; end: string }[], years: readonly number[]): boolean {
  if (ranges.length === 0) return years.length === 1;
  if (ranges.length !== 1) return false;
  const { start, end } = ranges[0]!;
  const year = Number(start.slice(0, 4));
  return /^\d{4}-01-01$/.test(start) && end === `${year + 1}-01-01` && years.every((y) => y === year);
}

/** What "ordered by X" names in an aggregate query: the measure or one of the group columns (as its ordinal). */
function sortTargetOf(
  analysis: QuestionAnalysis,
  mentions: readonly Mention[],
  schemas: Context['table_schemas'],
  select: readonly SelectItem[],
  measureAlias: string | undefined,
  dialect: SqlDialect,
): string | undefined {
  if (!analysis.sort) return undefined;
  const target = resolvePhrase(analysis.sort.words, mentions, schemas);
  const exact = target?.kind === 'column' ? select.findIndex((item) => item.expr === ref(target.table, target.column)) : -1;
  // "order by document id" names the group column whichever of two joined tables the phrase resolved to.
  const spelled = new Set(analysis.sort.words.map((w) => w.stem));
  const position =
    exact >= 0
      ? exact
      : target?.kind === 'column'
        ? select.findIndex((item) => item.expr.endsWith(`.${target.column}}`))
        : // "order by document id": a group column whose every name part the phrase spells.
          select.findIndex((item) => {
            const column = /^\{[^.]+\.([^{}]+)\}$/.exec(item.expr)?.[1];
            return column !== undefined && splitIdentifier(column).every((part) => spelled.has(stemWord(part.toLowerCase())));
          });
  if (position >= 0 && select[position]!.alias !== measureAlias) return String(position + 1);
  const countWords = analysis.sort.words.some((w) => /^(count|number|total|amount|sum)$/.test(w.text));
  return measureAlias && (target?.kind === 'revenue' || countWords || position >= 0 || target?.kind === 'table') ? sqlIdentifier(measureAlias, dialect) : undefined;
}

/** The group table's attributes the question lists outright ("the name and id of the department with …"). */
function groupAttributes(analysis: QuestionAnalysis, schemas: Context['table_schemas'], tableName: string): SelectItem[] | undefined {
  const table = schemas.find((t) => bareName(t.name) === bareName(tableName));
  const listed = table ? requestedColumns(analysis.words, [table], { skipMeasures: true, explicit: true }) : undefined;
  return listed && listed.length > 0 ? listed.map((c) => ({ expr: ref(c.table, c.column) })) : undefined;
}

/** The counted table's own columns the question asks for before "the most <rows>" ("the code of the country with the most players"). */
function attributeRanked(
  analysis: QuestionAnalysis,
  mentions: readonly Mention[],
  schemas: Context['table_schemas'],
  counted: string | undefined,
): { table: string; columns: string[] } | undefined {
  const ranking = analysis.ranking;
  if (!ranking || analysis.which || analysis.who || ranking.subject.length > 0) return undefined;
  let after = ranking.at + 1;
  while (/^(number|count|amount|of|the)$/.test(analysis.words[after]?.text ?? '')) after++;
  const named = mentions.find((m) => m.column === undefined && m.full && m.start === after);
  // "the most players": the rows counted are named right after the ranking, not a column of them ("the most tours").
  if (!named || (counted !== undefined && bareName(named.table) !== bareName(counted))) return undefined;
  const tableName = named.table;
  const table = findTable(schemas, tableName);
  if (!table) return undefined;
  const listed = requestedColumns(analysis.words.slice(0, ranking.at), [table], { skipMeasures: true, explicit: true });
  const columns = (listed ?? []).map((c) => findColumn(table, c.column)).filter((c) => c !== undefined && !isKeyColumn(c)).map((c) => c!.name);
  return listed && columns.length === listed.length && columns.length > 0 ? { table: table.name, columns } : undefined;
}

/** "X and the number of Y", "X, and how many Y", "X along with the total Y": a list of attributes runs into the measure. */
function listedBeforeMeasure(analysis: QuestionAnalysis): boolean {
  const at = analysis.aggregate?.at;
  if (at === undefined || analysis.ranking) return false;
  let k = at - 1;
  while (k > 0 && /^(the|their|its|corresponding|respective)$/.test(analysis.words[k]!.text)) k--;
  return k > 1 && /^(and|with)$/.test(analysis.words[k]!.text);
}

/** The group that the listed attributes name: their table when it is not the measured one, else the columns themselves. */
function listedOwner(analysis: QuestionAnalysis, schemas: Context['table_schemas'], mentioned: readonly string[], measured: string): Dimension[] {
  const before = analysis.words.slice(0, analysis.aggregate!.at);
  const ordered = [...schemas].sort((a, b) => rankIn(mentioned, a.name) - rankIn(mentioned, b.name));
  const listed = requestedColumns(before, ordered, { skipMeasures: true, explicit: true });
  if (!listed || listed.length === 0) return [];
  const tables = new Set(listed.map((c) => bareName(c.table)));
  if (tables.size !== 1) return [];
  const column = listed[0]!;
  const table = findTable(schemas, column.table);
  const byLabel = table !== undefined && labelColumns(table).some((label) => !label.primary_key && listed.some((c) => c.column === label.name));
  if (byLabel && bareName(column.table) !== bareName(measured)) return [{ kind: 'table', table: column.table }];
  return listed.map((c) => ({ kind: 'column', table: c.table, column: c.column }));
}

function rankIn(list: readonly string[], name: string): number {
  const index = list.findIndex((t) => bareName(t) === bareName(name));
  return index < 0 ? list.length : index;
}

/** A group of a table shown by its name is one row per entity, not per name: two readers called Kim are two groups. */
function entityKeys(dims: readonly Dimension[], schemas: Context['table_schemas'], shown: readonly SelectItem[]): string[] {
  return dims.flatMap((dim) => {
    const table = dim.kind === 'table' ? findTable(schemas, dim.table) : undefined;
    const key = table ? primaryKey(table) : undefined;
    if (!table || !key) return [];
    const keyRef = ref(table.name, key.name);
    const byName = labelColumns(table).some((label) => shown.some((item) => item.expr === ref(table.name, label.name)));
    return byName && !shown.some((item) => item.expr === keyRef) ? [keyRef] : [];
  });
}


function nothingToQuery(): PlannedQuery {
  return {
    spec: { ...emptySpec(''), select: [{ expr: "'no table matches the question'", alias: 'note' }] },
    explanation: ['no tables were linked to the question, so there is nothing to query'],
    groupAliases: [],
    mapped: false,
  };
}

