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
  if (viaChild.length > 0) return viaChild.length === 1 ? { edge: viaChild[0]!, through: [other] } : undefined;
  return viaChain(edges, subject, other);
}

/** Most foreign keys followed from a child of the subject to reach `other`. */
const MAX_CHAIN = 2;

/**
 * "species Herefordshire Estate Fencing never bought": a child of the subject (an order line's species) whose
 * foreign keys lead on, one row each, to `other` (line → order → customer), when exactly one child does: the tables
 * on the way are joined, as a row of the child has one row in each.
 */
function viaChain(edges: readonly JoinEdge[], subject: string, other: string): { edge: JoinEdge; through: string[] } | undefined {
  const same = (a: string, b: string): boolean => bareName(a) === bareName(b);
  const found: { edge: JoinEdge; through: string[] }[] = [];
  for (const edge of edges.filter((e) => same(e.to, subject) && !same(e.from, subject))) {
    let paths: string[][] = [[edge.from]];
    for (let hop = 0; hop < MAX_CHAIN && !paths.some((p) => same(p.at(-1)!, other)); hop++) {
      paths = paths.flatMap((p) => edges.filter((g) => same(g.from, p.at(-1)!) && !same(g.to, subject) && !p.some((t) => same(t, g.to))).map((g) => [...p, g.to]));
    }
    const reached = paths.filter((p) => same(p.at(-1)!, other));
    if (reached.length === 1) found.push({ edge, through: reached[0]!.slice(1) });
  }
  return found.length === 1 ? found[0] : undefined;
}
