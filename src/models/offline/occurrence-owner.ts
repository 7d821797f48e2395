import type { TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import { spansLifetime } from './spans-lifetime.js';
import { joinEdges } from './join-graph.js';
import { isDateColumn } from './schema-lookup.js';
import { walkForeignKeys } from '../../catalog/walk-foreign-keys.js';

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
  type Step = { table: string; schema: TableSchema | undefined; distance: number; optional: boolean; lifespan: boolean };
  const schemaOf = (name: string) => schemas.find((t) => bareName(t.name) === bareName(name));
  const found: Step[] = [];
  walkForeignKeys<Step, string>(
    [{ table: base, schema: schemaOf(base), distance: 0, optional: false, lifespan: false }],
    (step) => bareName(step.table),
    (step) =>
      edges
        .filter((e) => bareName(e.from) === bareName(step.table) && bareName(e.to) !== bareName(step.table))
        .map((edge) => {
          const key = step.schema?.columns.find((c) => c.name === edge.fromColumn);
          return { table: bareName(edge.to), schema: schemaOf(edge.to), distance: step.distance + 1, optional: step.optional || key?.nullable === true, lifespan: false };
        }),
    (step) => {
      if (!step.schema) return false;
      if (!step.schema.columns.some(isDateColumn)) return true;
      const reached = { ...step, lifespan: spansLifetime(step.schema) };
      if (!reached.lifespan || options.lifespans) found.push(reached);
      return false;
    },
    { excluded: options.excluded === undefined ? [] : [bareName(options.excluded)] },
  );
  const rank = (s: Step): number => (s.optional ? 100 : 0) + (s.lifespan ? 50 : 0) + s.distance;
  found.sort((a, b) => rank(a) - rank(b));
  if (found.length === 0 || (found.length > 1 && rank(found[0]!) === rank(found[1]!))) return undefined;
  return found[0]!.table;
}
