import type { TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import { joinEdges } from './join-graph.js';
import { isDateColumn } from './schema-lookup.js';
import { occurrenceOwner } from './occurrence-owner.js';

/**
 * The tables whose dates record what the subject's rows did, among the tables a question joins for a word of its own:
 * one pointing at the base with a date of its own (a farm's visits, "blade shearing" on them), or the occurrence a
 * dateless one pointing at it belongs to (a shearer's tallies, dated by their visit). A period in such a question dates
 * them, not the subject's standing (when the farm became a customer). Rows only passed through on the way to another
 * table are named by no word but the verb, which verb-date-column reads.
 */
export function deedTables(schemas: readonly TableSchema[], base: string, joined: readonly string[]): Set<string> {
  const path = new Set(joined.map(bareName));
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
