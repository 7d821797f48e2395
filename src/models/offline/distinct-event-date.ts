import type { TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import type { DateColumn } from './date-column.js';
import { joinEdges } from './join-graph.js';
import type { Mention } from './schema-mentions.js';
import { findTable, isDateColumn } from './schema-lookup.js';

/**
 * "How many different customers sent us work in 2025?": "different" says the counted rows repeat within the period,
 * which they do only as the events that point at them (jobs), so the period dates those events (jobs.received_on), not
 * a date each counted row carries once (customers.first_order_on). Only when one linked table points at the counted one:
 * it is dated by its first date column or, without one, by the first date of the row it belongs to (loan lines by their
 * loan). Not when the question names a date of the counted rows themselves.
 */
export function distinctEventDate(schemas: readonly TableSchema[], counted: string, mentions: readonly Mention[]): DateColumn | undefined {
  const table = findTable(schemas, counted);
  if (!table) return undefined;
  const namesOwnDate = mentions.some((m) => m.full && m.column !== undefined && bareName(m.table) === bareName(counted) && table.columns.some((c) => c.name === m.column && isDateColumn(c)));
  if (namesOwnDate) return undefined;
  const edges = joinEdges(schemas);
  const events = [...new Set(edges.filter((e) => bareName(e.to) === bareName(counted) && bareName(e.from) !== bareName(counted)).map((e) => bareName(e.from)))];
  // Of two kinds of event (a tool's loans and its repairs) the words would have to choose: left to the caller.
  if (events.length !== 1) return undefined;
  const event = findTable(schemas, events[0]!);
  if (!event) return undefined;
  const own = event.columns.find(isDateColumn);
  if (own) return { table: event.name, column: own.name };
  const parents = edges
    .filter((e) => bareName(e.from) === bareName(event.name) && bareName(e.to) !== bareName(counted) && bareName(e.to) !== bareName(event.name))
    .map((e) => findTable(schemas, e.to))
    .filter((t): t is TableSchema => t !== undefined && t.columns.some(isDateColumn));
  return parents.length === 1 ? { table: parents[0]!.name, column: parents[0]!.columns.find(isDateColumn)!.name } : undefined;
}
