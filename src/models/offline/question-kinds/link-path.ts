import type { TableSchema } from '../../../context/context-schema.js';
import { bareName } from '../bare-name.js';
import { joinEdges, type JoinEdge } from '../join-graph.js';
import { linkTable } from './link-table.js';

/**
 * How a subject row reaches the rows of `other`: the foreign key to the subject (`edge`), and the tables to join
 * beyond that key's table (`through`). Directly or through a link table (`linkTable`), nothing more; through a
 * child of the subject that `other` points to ("orders" → order_items ← returns), `other` itself.
 */
export function linkPath(schemas: readonly TableSchema[], subject: string, other: string, roleWords: readonly string[] = [], clauseWords: readonly string[] = []): { edge: JoinEdge; through: string[] } | undefined {
  const direct = linkTable(schemas, subject, other, roleWords, clauseWords);
  if (direct) return { edge: direct, through: [] };
  const edges = joinEdges(schemas);
  const same = (a: string, b: string): boolean => bareName(a) === bareName(b);
  const viaChild = edges
    .filter((e) => same(e.to, subject) && !same(e.from, subject))
    .filter((e) => edges.some((g) => same(g.from, other) && same(g.to, e.from)));
  return viaChild.length === 1 ? { edge: viaChild[0]!, through: [other] } : undefined;
}
