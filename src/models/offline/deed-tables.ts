import type { TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import { joinEdges, joinTree } from './join-graph.js';
import { isDateColumn } from './schema-lookup.js';
import { occurrenceOwner } from './occurrence-owner.js';

/**
 * The tables whose dates record what the subject's rows did, on the way from the base to the tables a question joins:
 * one pointing at the base with a date of its own (a farm's visits), or the occurrence a dateless one pointing at it
 * belongs to (a shearer's tallies, dated by their visit). A period in a question that joins through them dates them,
 * not the subject's standing (when the farm became a customer).
 */
export function deedTables(schemas: readonly TableSchema[], base: string, joined: readonly string[]): Set<string> {
  const path = new Set([...joined, ...joinTree(base, joined, schemas).steps.map((step) => step.table)].map(bareName));
  path.delete(bareName(base));
  const deeds = new Set<string>();
  for (const edge of joinEdges(schemas)) {
    const from = bareName(edge.from);
    if (bareName(edge.to) !== bareName(base) || !path.has(from)) continue;
    const table = schemas.find((t) => bareName(t.name) === from);
    if (!table) continue;
    if (table.columns.some(isDateColumn)) deeds.add(from);
    else {
      const owner = occurrenceOwner(schemas, from, { excluded: base });
      if (owner !== undefined) deeds.add(owner);
    }
  }
  return deeds;
}
