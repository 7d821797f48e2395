import type { TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { findTable } from '../models/offline/schema-lookup.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readsColumn } from './reads-column.js';
import { readsTable } from './reads-table.js';

/**
 * "Which club let in the most goals at home?" answered by goals JOIN matches JOIN clubs ON home_club_id: a match has
 * two clubs (home_club_id, away_club_id), so goals tied to a club through the match are both sides' goals. When the
 * counted rows belong to one side by a path of their own (goals → players → clubs), the SQL's grouping mixes the
 * sides, whichever the question meant.
 */
export const checkTwoSidedCount: AnswerCheckRule = ({ sql, context }) => {
  if (!sql.grouped || !(sql.aggregates.has('count') || sql.aggregates.has('sum'))) return undefined;
  const schemas = context.table_schemas;
  const fromName = /\bfrom\s+(?:"?\w+"?\.)?"?(\w+)"?/.exec(sql.code)?.[1];
  const counted = fromName ? findTable(schemas, fromName) : undefined;
  if (!counted) return undefined;
  const target = (column: TableSchema['columns'][number]): TableSchema | undefined =>
    column.references ? findTable(schemas, column.references.split('.').slice(0, -1).join('.')) : undefined;
  const same = (a: TableSchema | undefined, b: TableSchema | undefined): boolean => a !== undefined && b !== undefined && bareName(a.name) === bareName(b.name);
  for (const bridge of schemas) {
    if (same(bridge, counted) || !readsTable(sql.code, bridge.name) || !counted.columns.some((c) => same(target(c), bridge))) continue;
    for (const group of schemas) {
      if (same(group, counted) || same(group, bridge) || !readsTable(sql.code, group.name)) continue;
      const roles = bridge.columns.filter((c) => same(target(c), group));
      const used = roles.filter((c) => readsColumn(sql.code, c.name));
      if (roles.length < 2 || used.length !== 1) continue;
      const own = counted.columns.map(target).find((parent) => parent !== undefined && !same(parent, bridge) && (same(parent, group) || parent.columns.some((c) => same(target(c), group))));
      if (!own) continue;
      return {
        name: 'two_sided_count',
        passed: false,
        detail: `the SQL ties ${counted.name} to ${group.name} through ${bridge.name}.${used[0]!.name}, which counts both sides' ${counted.name} of each ${bridge.name} row; each of the ${counted.name} belongs to one side through ${own.name}`,
      };
    }
  }
  return undefined;
};
