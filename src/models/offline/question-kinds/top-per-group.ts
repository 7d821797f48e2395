import type { Context } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import { asDimension, dimensionItems } from '../dimension.js';
import { schemaMentions } from '../schema-mentions.js';
import { findTable, primaryKey } from '../schema-lookup.js';
import { ref, type SelectItem } from '../query-spec.js';
import { renderSql, withClause } from '../render-sql.js';
import { resolvePhrase } from '../resolve-phrase.js';
import type { KindCandidate } from './kind-candidate.js';
import { planText } from './plan-text.js';

const AGGREGATE_CALL = /\b(COUNT|SUM|AVG|MIN|MAX)\s*\(/i;
const EACH = /\b(?:in|for|within|of)\s+(?:each|every)\s+([a-z_ ]+?)(?=[,?.!]|$|\s+(?:by|in|during|from|since|with|ranked)\b)/i;

/**
 * "most expensive product in each category", "top 3 products by revenue for each channel": the ranked query
 * numbered within each group by ROW_NUMBER() OVER (PARTITION BY …) in a CTE, keeping the first n of each.
 */
export function topPerGroup(context: Context, dialect: SqlDialect): KindCandidate | undefined {
  const text = context.task.text;
  const each = EACH.exec(text);
  if (!each || !analyzeQuestion(text).ranking) return undefined;
  const { planned, analysis, context: rewritten } = planText(context, `${text.slice(0, each.index)} ${text.slice(each.index + each[0].length)}`.replace(/\s+/g, ' ').trim(), dialect);
  // Beside the ordinals, only the keys of entities shown by name ("consultant.fullName" grouped by consultantId).
  const entityKeys = planned.spec.groupBy.slice(1);
  if (!analysis.ranking || !entityKeys.every((key) => /^\{[^{}]+\}$/.test(key))) return undefined;
  const groupWords = analyzeQuestion(text).words.filter((w) => w.offset >= each.index + each[0].length - each[1]!.length && w.offset < each.index + each[0].length);
  const mentions = schemaMentions(analyzeQuestion(text).words, context.table_schemas);
  const dim = asDimension(resolvePhrase(groupWords, mentions, context.table_schemas, [planned.spec.base]));
  if (!dim) return undefined;
  const spec = planned.spec;
  const groupItems = dimensionItems(dim, context.table_schemas).map((item, i) => ({ expr: item.expr, alias: item.alias ?? `group_${i + 1}` }));
  if (groupItems.length === 0) return undefined;
  const aliasExpr = new Map(spec.select.filter((s) => s.alias).map((s) => [s.alias!, s.expr]));
  const order = spec.orderBy
    .map((o) => o.replace(/^("?)([\w ]+)\1(?=\s+(ASC|DESC)$|$)/i, (whole, _q, name: string) => aliasExpr.get(name) ?? whole))
    .filter((o) => !/^\d+$/.test(o.trim()));
  if (order.length === 0) return undefined;
  let shown: SelectItem[] = spec.select;
  if (shown.length === 0) {
    const table = findTable(context.table_schemas, spec.base);
    if (!table) return undefined;
    shown = table.columns.map((c) => ({ expr: ref(table.name, c.name), alias: c.name }));
  }
  shown = shown.filter((s) => !groupItems.some((g) => g.expr === s.expr));
  const named = shown.map((s, i) => ({ expr: s.expr, alias: s.alias ?? /\.([^.{}]+)\}$/.exec(s.expr)?.[1] ?? `value_${i + 1}` }));
  const partition = groupItems.map((g) => g.expr).join(', ');
  spec.select = [...groupItems, ...named, { expr: `ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${order.map((key) => dialect.nullsLast(key)).join(', ')})`, alias: 'rank_in_group' }];
  // Every shown column that is not itself an aggregate is a group column of the ranked query.
  const grouped = [...groupItems, ...named].flatMap((item, i) => (AGGREGATE_CALL.test(item.expr) ? [] : [String(i + 1)]));
  if (spec.groupBy.length > 0) spec.groupBy = [grouped.join(', '), ...entityKeys];
  spec.tables = [...spec.tables, dim.table];
  spec.orderBy = [];
  spec.limit = undefined;
  spec.qualify = true;
  const inner = renderSql(spec, context.table_schemas, dialect);
  const id = dialect.identifier.bind(dialect);
  // "which consultant has made the most placements": the key groups the consultants, the name beside it answers.
  const keyBesideName = (item: SelectItem): boolean => {
    const [, table, column] = /^\{([^.{}]+(?:\.[^.{}]+)?)\.([^.{}]+)\}$/.exec(item.expr) ?? [];
    const schema = table ? findTable(context.table_schemas, table) : undefined;
    return schema !== undefined && primaryKey(schema)?.name === column && named.some((other) => other !== item && other.expr.startsWith(`{${table}.`));
  };
  const columns = [...groupItems, ...named.filter((item) => !keyBesideName(item))].map((s) => id(s.alias)).join(', ');
  const groupOrder = groupItems.map((g) => id(g.alias)).join(', ');
  const sql = `${withClause([{ name: 'ranked', sql: inner.sql }], dialect)}\nSELECT ${columns}\nFROM ranked\nWHERE rank_in_group <= ${analysis.ranking.limit}\nORDER BY ${groupOrder}, rank_in_group`;
  void rewritten;
  return { sql, tables: [...inner.tables], explanation: [...planned.explanation, `the first ${analysis.ranking.limit} within each ${groupItems.map((g) => g.alias).join(', ')}`] };
}
