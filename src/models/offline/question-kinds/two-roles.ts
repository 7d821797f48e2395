import type { Context, TableSchema } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { bareName } from '../bare-name.js';
import { questionWords } from '../question-words.js';
import { renderSql } from '../render-sql.js';
import { roleScore } from '../role-score.js';
import { findTable } from '../schema-lookup.js';
import { sqlIdentifier, sqlString } from '../sql-identifier.js';
import type { KindCandidate } from './kind-candidate.js';
import { planText } from './plan-text.js';

/** `{airports.City} IN ('Aberdeen', 'Ashley')`: a filter of two values on one column. */
const TWO_VALUES = /^\{([^{}.]+)\.([^{}]+)\} IN \('((?:[^']|'')*)', '((?:[^']|'')*)'\)$/;

/**
 * Two roles of one table in one question: "flights from Aberdeen to Ashley" joins the airports twice, once by the
 * source key and once by the destination key, each with its own value, where the plain plan reads either value
 * through one key.
 */
export function twoRoles(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  // The plan's only filter of two quoted values on one column is value-filters.ts' IN over two matched values of that
  // column: without them there is nothing to read, and the question need not be planned again.
  if (!twoValuesOfOneColumn(context.matched_values)) return undefined;
  const schemas = context.table_schemas;
  const { planned } = planText(context, context.task.text, dialect);
  const spec = planned.spec;
  const at = spec.where.findIndex((w) => TWO_VALUES.test(w));
  if (at < 0) return undefined;
  const [, target, column, first, second] = TWO_VALUES.exec(spec.where[at]!)!;
  const base = findTable(schemas, spec.base);
  const referenced = findTable(schemas, target!);
  if (!base || !referenced || bareName(base.name) === bareName(referenced.name)) return undefined;
  const keys = base.columns.filter((c) => c.references && bareName(c.references.split('.').slice(0, -1).join('.')) === bareName(referenced.name));
  if (keys.length !== 2) return undefined;
  if (spec.select.some((item) => item.expr.includes(`{${target}.`)) || spec.groupBy.some((g) => g.includes(`{${target}.`))) return undefined;

  const words = questionWords(context.task.text);
  const values = [first!, second!].map((value) => value.replace(/''/g, "'"));
  const positions = values.map((value) => words.findIndex((w) => w.text === value.toLowerCase().split(/\s+/)[0]));
  if (positions.some((p) => p < 0)) return undefined;
  const order = positions[0]! <= positions[1]! ? [0, 1] : [1, 0];
  // The words leading to each value, from the previous value on: "depart from City", "and have destination City".
  const lead = (k: number): string[] => {
    const from = k === order[0] ? Math.max(0, positions[k]! - 4) : positions[order[0]!]! + 1;
    return words.slice(from, positions[k]).map((w) => w.text);
  };
  const pick = (k: number): TableSchema['columns'][number] | undefined => {
    const scored = keys.map((key) => ({ key, score: roleScore(key.name, lead(k), [base.name, referenced.name]) })).sort((a, b) => b.score - a.score);
    return scored[0]!.score > scored[1]!.score ? scored[0]!.key : undefined;
  };
  const roles = [pick(0), pick(1)];
  if (!roles[0] || !roles[1] || roles[0] === roles[1]) return undefined;

  const id = (name: string): string => sqlIdentifier(name, dialect);
  const joins = roles.map((key, k) => {
    const alias = `${bareName(referenced.name)}_${k + 1}`;
    const refColumn = key!.references!.split('.').pop()!;
    return {
      join: `JOIN ${id(referenced.name)} AS ${id(alias)} ON ${id(base.name)}.${id(key!.name)} = ${id(alias)}.${id(refColumn)}`,
      where: `${id(alias)}.${id(column!)} = ${sqlString(values[k]!, dialect)}`,
    };
  });
  const twice = {
    ...spec,
    qualify: true,
    tables: spec.tables.filter((t) => bareName(t) !== bareName(referenced.name)),
    leadingJoins: [...spec.leadingJoins, ...joins.map((j) => j.join)],
    leadingJoinTables: [...spec.leadingJoinTables, referenced.name],
    where: [...spec.where.slice(0, at), ...joins.map((j) => j.where), ...spec.where.slice(at + 1)],
  };
  const rendered = renderSql(twice, schemas, dialect);
  return {
    sql: rendered.sql,
    tables: [...new Set([...rendered.tables, referenced.name])],
    explanation: [...planned.explanation, `joins ${referenced.name} twice: ${roles.map((key, k) => `${values[k]} by ${key!.name}`).join(', ')}`],
  };
}

/** Whether two matched values differ but name the same column (of any table): what an IN of two values needs. */
function twoValuesOfOneColumn(matched: Context['matched_values']): boolean {
  const first = new Map<string, string>();
  for (const match of matched) {
    const value = first.get(match.column);
    if (value === undefined) first.set(match.column, match.value);
    else if (value !== match.value) return true;
  }
  return false;
}
