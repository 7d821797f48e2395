import type { TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import { spansLifetime } from './spans-lifetime.js';
import { joinEdges } from './join-graph.js';
import { isDateColumn } from './schema-lookup.js';

export interface OwnerOptions {
  /** A table never taken as the owner nor walked through (the subject a clause's rows point back at). */
  excluded?: string;
  /**
   * Take a table whose dates look like a lifespan (one always filled, one empty for now) when nothing else is as near:
   * a visit's date and the day its invoice was paid date the visit, not the standing of a member.
   */
  lifespans?: boolean;
}

/**
 * The nearest table along the base's foreign keys (walking on through tables with no date of their own) whose one
 * date records an occurrence: not a lifespan, and reached through keys every row fills before any a row may leave
 * empty (a result's course and its event before the member who may be a guest). Undefined when none, or two at the
 * same distance tie.
 */
export function occurrenceOwner(schemas: readonly TableSchema[], base: string, options: OwnerOptions = {}): string | undefined {
  const edges = joinEdges(schemas);
  type Step = { table: string; distance: number; optional: boolean; lifespan: boolean };
  const seen = new Set([bareName(base), ...(options.excluded === undefined ? [] : [bareName(options.excluded)])]);
  let frontier: Step[] = [{ table: base, distance: 0, optional: false, lifespan: false }];
  const found: Step[] = [];
  while (frontier.length > 0) {
    const next: Step[] = [];
    for (const step of frontier) {
      const from = schemas.find((t) => bareName(t.name) === bareName(step.table));
      for (const edge of edges.filter((e) => bareName(e.from) === bareName(step.table) && bareName(e.to) !== bareName(step.table))) {
        const to = bareName(edge.to);
        if (seen.has(to)) continue;
        seen.add(to);
        const table = schemas.find((t) => bareName(t.name) === to);
        if (!table) continue;
        const key = from?.columns.find((c) => c.name === edge.fromColumn);
        const reached = { table: to, distance: step.distance + 1, optional: step.optional || key?.nullable === true, lifespan: spansLifetime(table) };
        if (!table.columns.some(isDateColumn)) next.push(reached);
        else if (!reached.lifespan || options.lifespans) found.push(reached);
      }
    }
    frontier = next;
  }
  const rank = (s: Step): number => (s.optional ? 100 : 0) + (s.lifespan ? 50 : 0) + s.distance;
  found.sort((a, b) => rank(a) - rank(b));
  if (found.length === 0 || (found.length > 1 && rank(found[0]!) === rank(found[1]!))) return undefined;
  return found[0]!.table;
}
