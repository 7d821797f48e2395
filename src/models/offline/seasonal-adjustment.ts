import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { DocPassage, TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { PlannedQuery } from './plan-query.js';
import { renderSql, withClause } from './render-sql.js';
import { sqlIdentifier } from './sql-identifier.js';
import { wordRoot } from './word-root.js';

/** How the docs define a seasonal adjustment: value / seasonal index of its period-of-year. */
export interface SeasonalDefinition {
  period: 'quarter' | 'month';
  /** One index per group (per category) rather than one for all groups together. */
  perGroup: boolean;
  passage: DocPassage;
}

const PERIODS_PER_YEAR = { quarter: 4, month: 12 } as const;

/** "seasonal adjustments", "seasonally adjusted", "deseasonalised": not merely "the holiday season". */
export function asksForSeasonalAdjustment(analysis: QuestionAnalysis): boolean {
  const roots = new Set(analysis.words.map((w) => wordRoot(w.text)));
  const texts = new Set(analysis.words.map((w) => w.text));
  return (roots.has('season') && (roots.has('adjust') || texts.has('seasonally'))) || [...texts].some((t) => /^deseasonali[sz]/.test(t));
}

/** A passage that defines a seasonal index and how to divide by it. */
export function findSeasonalDefinition(passages: readonly DocPassage[]): SeasonalDefinition | undefined {
  for (const passage of passages) {
    const text = `${passage.heading}\n${passage.text}`.toLowerCase();
    if (!/season/.test(text) || !/\bindex/.test(text) || !/(divid|\/)/.test(text)) continue;
    const period = /month[- ]of[- ]year|monthly index|per month of the year/.test(text) ? 'month' : 'quarter';
    const overall = /(one|single|same|overall|store-wide|shared) (seasonal )?ind(ex|ices)/.test(text) && !/indexes per|index per|indices per/.test(text);
    return { period, perGroup: !overall, passage };
  }
  return undefined;
}

/**
 * Wraps a periodic series in the seasonal adjustment: the series becomes a CTE, the full years are those with
 * every period-of-year present, the index of a period-of-year is its average over the full years divided by the
 * average of those averages (per group), and each value is divided by its index.
 */
export function seasonallyAdjust(
  planned: PlannedQuery,
  definition: SeasonalDefinition,
  schemas: readonly TableSchema[],
  dialect: SqlDialect = duckdbDialect,
): { sql: string; tables: string[]; explanation: string } | undefined {
  const id = (name: string): string => sqlIdentifier(name, dialect);
  const grain = planned.grain;
  const value = planned.measureAlias;
  if ((grain !== 'quarter' && grain !== 'month') || !value) return undefined;
  const period = (expr: string): string => dialect.extract(grain, expr);
  const year = (expr: string): string => dialect.extract('year', expr);
  const perYear = PERIODS_PER_YEAR[grain];
  const time = id(grain);
  const measure = id(value);
  const groups = definition.perGroup ? planned.groupAliases.map(id) : [];
  const adjusted = id(`seasonally_adjusted_${value}`);

  const series = renderSql({ ...planned.spec, ctes: [], orderBy: [], limit: undefined }, schemas, dialect);
  const fullYears = [
    `SELECT ${year(time)} AS year`,
    'FROM series',
    `GROUP BY ${year(time)}`,
    `HAVING COUNT(DISTINCT ${period(time)}) = ${perYear}`,
  ].join('\n');
  const partition = groups.length > 0 ? ` OVER (PARTITION BY ${groups.join(', ')})` : ' OVER ()';
  const seasonalIndex = [
    'SELECT',
    ...groups.map((g) => `  ${g},`),
    `  ${period(time)} AS ${grain}_of_year,`,
    `  AVG(${measure}) / AVG(AVG(${measure}))${partition} AS seasonal_index`,
    'FROM series',
    `WHERE ${year(time)} IN (SELECT year FROM full_years)`,
    `GROUP BY ${[...groups, period(time)].join(', ')}`,
  ].join('\n');
  const joinOn = [
    ...groups.map((g) => dialect.nullSafeEquals(`seasonal_index.${g}`, `series.${g}`)),
    `seasonal_index.${grain}_of_year = ${period(`series.${time}`)}`,
  ];
  const columns = [`series.${time}`, ...planned.groupAliases.map((g) => `series.${id(g)}`)];
  const body = [
    'SELECT',
    ...columns.map((c) => `  ${c},`),
    `  ${dialect.round(`series.${measure}`, 2)} AS ${measure},`,
    `  ${dialect.round('seasonal_index.seasonal_index', 3)} AS seasonal_index,`,
    `  ${dialect.round(`series.${measure} / seasonal_index.seasonal_index`, 2)} AS ${adjusted}`,
    'FROM series',
    `JOIN seasonal_index ON ${joinOn.join('\n  AND ')}`,
    `ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`,
  ].join('\n');
  const ctes = [
    ...planned.spec.ctes,
    { name: 'series', sql: series.sql },
    { name: 'full_years', sql: fullYears },
    { name: 'seasonal_index', sql: seasonalIndex },
  ];
  const explanation =
    `seasonally adjusted as the docs define it (${definition.passage.source}: ${definition.passage.heading}): ` +
    `each ${grain}'s ${value} divided by the seasonal index of its ${grain}-of-year, the index being the average ${value} of that ` +
    `${grain}-of-year over the full years (all ${perYear} ${grain}s present) divided by the average over all ${grain}s of those years` +
    (groups.length > 0 ? `, computed per ${planned.groupAliases.join(' and ')}` : '');
  return { sql: `${withClause(ctes, dialect)}\n${body}`, tables: series.tables, explanation };
}

