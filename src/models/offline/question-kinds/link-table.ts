import type { TableSchema } from '../../../context/context-schema.js';
import { bareName } from '../bare-name.js';
import { joinEdges, type JoinEdge } from '../join-graph.js';

/** The table whose foreign key to `subject` says a subject row took part in `other`: `other` itself, or a table between them. */
export function linkTable(schemas: readonly TableSchema[], subject: string, other: string): JoinEdge | undefined {
  const edges = joinEdges(schemas);
  const toSubject = edges.filter((e) => bareName(e.to) === bareName(subject) && bareName(e.from) !== bareName(subject));
  return (
    toSubject.find((e) => bareName(e.from) === bareName(other)) ??
    toSubject.find((e) => edges.some((f) => bareName(f.from) === bareName(e.from) && bareName(f.to) === bareName(other)))
  );
}
