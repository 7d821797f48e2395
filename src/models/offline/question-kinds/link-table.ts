import type { TableSchema } from '../../../context/context-schema.js';
import { bareName } from '../bare-name.js';
import { joinEdges, type JoinEdge } from '../join-graph.js';
import { roleScore } from '../role-score.js';

/**
 * The table whose foreign key to `subject` says a subject row took part in `other`: `other` itself, or a table
 * between them. Of two keys, the role `clauseWords` name wins ("are liked": liked_id), then the one `roleWords` name.
 */
export function linkTable(schemas: readonly TableSchema[], subject: string, other: string, roleWords: readonly string[] = [], clauseWords: readonly string[] = []): JoinEdge | undefined {
  const edges = joinEdges(schemas);
  const fit = (e: JoinEdge): number => 100 * roleScore(e.fromColumn, clauseWords, [e.from, e.to]) + roleScore(e.fromColumn, roleWords, [e.from, e.to]);
  // Of two keys to the subject (a match's winner and loser), the one the question names goes first.
  const toSubject = edges
    .filter((e) => bareName(e.to) === bareName(subject) && bareName(e.from) !== bareName(subject))
    .map((e, i) => ({ e, i, fit: fit(e) }))
    .sort((a, b) => b.fit - a.fit || a.i - b.i)
    .map((x) => x.e);
  return (
    toSubject.find((e) => bareName(e.from) === bareName(other)) ??
    toSubject.find((e) => edges.some((f) => bareName(f.from) === bareName(e.from) && bareName(f.to) === bareName(other)))
  );
}
