import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import { bareName } from '../bare-name.js';
import { apart } from '../either-comparison.js';
import { planQuery } from '../plan-query.js';
import { renderSql } from '../render-sql.js';
import { findTable, isKeyColumn, labelColumns } from '../schema-lookup.js';
import type { KindCandidate } from './kind-candidate.js';

/** `({t.c} > 40 OR {t.c} < 30)`: two comparisons read as either-or. */
const EITHER = /^\((.+) OR (.+)\)$/;

/**
 * "countries where a singer above age 40 and a singer below 30 are from", "citizenships shared by singers born before
 * 1945 and after 1955": two comparisons of one column that no value meets together, joined by "and", hold for
 * different rows; when the answer lists an attribute those rows share rather than the rows themselves, it is the
 * INTERSECT of what each comparison keeps. (Listing the rows, "singers above 40 and below 30", stays either-or.)
 */
export function apartComparisons(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const analysis = analyzeQuestion(context.task.text);
  if (analysis.aggregate || analysis.ranking) return undefined;
  const planned = planQuery(context, analysis, dialect);
  const spec = planned.spec;
  if (!planned.mapped || spec.groupBy.length > 0 || spec.having.length > 0 || spec.select.length !== 1) return undefined;
  const at = spec.where.findIndex((sql) => {
    const either = EITHER.exec(sql);
    return either !== null && apart(either[1]!, either[2]!) && joinedByAnd(analysis.words.map((w) => w.text), either[1]!, either[2]!);
  });
  if (at < 0 || !sharedAttribute(context, spec.select[0]!.expr)) return undefined;
  const [, first, second] = EITHER.exec(spec.where[at]!)!;
  const side = (condition: string): ReturnType<typeof renderSql> =>
    renderSql({ ...spec, where: spec.where.map((sql, k) => (k === at ? condition : sql)), orderBy: [], limit: undefined, distinct: false }, context.table_schemas, dialect);
  const a = side(first!);
  const b = side(second!);
  return {
    sql: `${a.sql}\nINTERSECT\n${b.sql}`,
    tables: a.tables,
    explanation: [...planned.explanation.filter((e) => !e.startsWith('keeps rows where')), `keeps what rows where ${first!.replace(/[{}]/g, '')} and rows where ${second!.replace(/[{}]/g, '')} have in common`],
  };
}

/** The two numbers are written with "and" between them, not "or". */
function joinedByAnd(words: readonly string[], first: string, second: string): boolean {
  const number = (sql: string): string => /(-?\d+(?:\.\d+)?)$/.exec(sql)![1]!;
  const a = words.indexOf(number(first));
  const b = words.indexOf(number(second), a + 1);
  if (a < 0 || b < 0) return false;
  const between = words.slice(a + 1, b);
  return between.includes('and') && !between.includes('or');
}

/** A plain column that is neither the table's key nor its label: a country, a citizenship, which several rows share. */
function sharedAttribute(context: Context, expr: string): boolean {
  const match = /^\{([^.{}]+)\.([^{}]+)\}$/.exec(expr);
  const table = match ? findTable(context.table_schemas, match[1]!) : undefined;
  const column = table?.columns.find((c) => c.name === match![2]);
  if (!table || !column || isKeyColumn(column)) return false;
  return !labelColumns(table).some((label) => bareName(label.name) === bareName(column.name));
}
