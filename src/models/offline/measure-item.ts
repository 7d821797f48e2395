import type { TableSchema } from '../../context/context-schema.js';
import { ref, type QuerySpec, type SelectItem } from './query-spec.js';
import type { Measure } from './resolve-measure.js';
import { singular } from './singular.js';
import { findTable, primaryKey } from './schema-lookup.js';

type AggregateMeasure = Exclude<Measure, { kind: 'attribute' }>;

/** The table a measure reads rows from, which becomes the query's FROM. */
export function measureBase(measure: Measure | undefined): string | undefined {
  if (!measure) return undefined;
  return measure.kind === 'revenue' ? measure.source.table : measure.table;
}

/**
 * The SELECT item of an aggregate measure, with an explanation. Net revenue adds its refunds CTE and join to `spec`.
 * Counts over joins that repeat rows (`fansOut`, a join to a child table) count distinct keys.
 */
export function measureItem(
  measure: AggregateMeasure,
  schemas: readonly TableSchema[],
  fansOut: boolean,
  spec: QuerySpec,
): SelectItem & { alias: string; explanation: string } {
  switch (measure.kind) {
    case 'count': {
      if (measure.distinct) {
        return {
          expr: `COUNT(DISTINCT ${ref(measure.table, measure.distinct)})`,
          alias: measure.alias ?? `${measure.distinct}_count`,
          explanation: `counts distinct ${measure.table}.${measure.distinct}`,
        };
      }
      const table = findTable(schemas, measure.table);
      const key = table ? primaryKey(table) : undefined;
      return {
        expr: fansOut && key ? `COUNT(DISTINCT ${ref(measure.table, key.name)})` : 'COUNT(*)',
        alias: `${singular(measure.table)}_count`,
        explanation: `counts ${measure.table}`,
      };
    }
    case 'aggregate': {
      const prefix = { SUM: 'total', AVG: 'avg', MIN: 'min', MAX: 'max' }[measure.fn];
      const verb = { SUM: 'adds up', AVG: 'averages', MIN: 'takes the minimum of', MAX: 'takes the maximum of' }[measure.fn];
      return { expr: `${measure.fn}(${ref(measure.table, measure.column)})`, alias: `${prefix}_${measure.column}`, explanation: `${verb} ${measure.table}.${measure.column}` };
    }
    case 'revenue': {
      const row = measure.source.rowExpression;
      const readable = row.replace(/[{}]/g, '');
      const revenue = `SUM(${row})`;
      const notes = measure.source.filters.map((f) => `, ${f.note}`).join('');
      if (measure.perOrder) {
        return {
          expr: `${revenue} / COUNT(DISTINCT ${ref(measure.perOrder.table, measure.perOrder.column)})`,
          alias: 'average_order_value',
          explanation: `computes the average order value as revenue SUM(${readable}) divided by the number of ${measure.perOrder.table}${notes}`,
        };
      }
      if (!measure.returns) return { expr: revenue, alias: 'revenue', explanation: `computes revenue as SUM(${readable})${notes}` };
      spec.ctes.push(measure.returns.cte);
      spec.trailingJoins.push(measure.returns.join);
      return {
        expr: `${revenue} - ${measure.returns.refundExpression}`,
        alias: 'net_revenue',
        explanation: `computes net revenue as SUM(${readable}) minus refunds from ${measure.returns.returnsTable}${notes}`,
      };
    }
  }
}
