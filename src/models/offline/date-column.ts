import type { TableSchema } from '../../context/context-schema.js';
import { joinEdges, joinTree } from './join-graph.js';
import type { Mention } from './schema-mentions.js';
import { bareName } from './bare-name.js';
import { isDateColumn } from './schema-lookup.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import { occurrenceOwner } from './occurrence-owner.js';
import { spansLifetime } from './spans-lifetime.js';
import { deedTables } from './deed-tables.js';

export interface DateColumn {
  table: string;
  column: string;
}

/**
 * The date column a time filter or grain applies to: one the question names ("signup date"; "returns" names a
 * table, not return_date), else one on the base table,
 * else one on a table whose name shares a word with the base ("orders" for "order_items"), preferring tables already joined;
 * a joined table of the base's events (one pointing at it) counts as the base, and wins a tie by being joined.
 */
export function chooseDateColumn(
  schemas: readonly TableSchema[],
  base: string,
  joinedTables: readonly string[],
  mentions: readonly Mention[],
): DateColumn | undefined {
  let joined = joinedTables;
  const baseTable = schemas.find((table) => bareName(table.name) === bareName(base));
  // A lifespan's own dates (a surveyor's start) do not place what its rows did: "surveyors who led a visit for X this
  // year" are dated by the visits the join to X passes through, as if those were joined.
  const lifespan = baseTable !== undefined && spansLifetime(baseTable) && joined.some((t) => bareName(t) !== bareName(base));
  if (lifespan) joined = [...joined, ...joinTree(base, joined, schemas).steps.map((step) => step.table)];
  const baseDated = baseTable !== undefined && baseTable.columns.some(isDateColumn);
  const deeds = baseDated && !lifespan && joined.some((t) => bareName(t) !== bareName(base)) ? deedTables(schemas, base, joined) : new Set<string>();
  const near = new Set([bareName(base), ...joined.map(bareName), ...deeds]);
  // A joined table whose rows point at the base's ("visits" of "readers") holds the events a period dates: "readers
  // who used the map room this year" are dated by their visits, not by when they registered.
  const children = new Set(
    joinEdges(schemas)
      .filter((edge) => bareName(edge.to) === bareName(base) && bareName(edge.from) !== bareName(base) && joined.some((t) => bareName(t) === bareName(edge.from)))
      .map((edge) => bareName(edge.from)),
  );
  for (const edge of joinEdges(schemas)) {
    if (near.has(bareName(edge.from))) near.add(bareName(edge.to));
    if (near.has(bareName(edge.to))) near.add(bareName(edge.from));
  }
  // A base with no date of its own is dated by the row each of its rows belongs to (appointments by their session,
  // order lines by their order), not by rows that point at it (the deferrals an appointment led to).
  const dateless = baseTable !== undefined && !baseTable.columns.some(isDateColumn);
  // The occurrence the base's rows belong to ("results" of a course of an event): its date places them in time and
  // counts as the base's own, not a date of a lifespan some other key points at (a member's joining date).
  const owner = dateless ? occurrenceOwner(schemas, base) : undefined;
  const parents = dateless && !owner
    ? new Set(joinEdges(schemas).filter((edge) => bareName(edge.from) === bareName(base) && bareName(edge.to) !== bareName(base)).map((edge) => bareName(edge.to)))
    : new Set<string>();
  const baseWords = new Set(splitIdentifier(base).map(stemWord));
  const tableWords = new Set(mentions.filter((m) => m.column === undefined).map((m) => m.start));
  const named = (table: string, column: string): number => {
    const hits = mentions.filter((m) => m.column === column && bareName(m.table) === table);
    if (hits.some((m) => m.full)) return 4;
    return hits.some((m) => !tableWords.has(m.start)) ? 2 : 0;
  };
  // A date of the subject's own the question names ("members who joined in 2026") is the one it means.
  const baseNamed = baseTable !== undefined && baseTable.columns.some((c) => isDateColumn(c) && named(bareName(base), c.name) > 0);
  let best: { candidate: DateColumn; score: number } | undefined;
  for (const table of schemas) {
    const name = bareName(table.name);
    if (!near.has(name)) continue;
    const sharesWord = splitIdentifier(table.name).some((w) => baseWords.has(stemWord(w)));
    for (const column of table.columns) {
      if (!isDateColumn(column)) continue;
      let score = 0;
      score += named(name, column.name);
      // Of an event table's dates the first is the event's own (loan_start, not the loan_end that closes it).
      const first = column === table.columns.find(isDateColumn);
      // The subject's own dates stand back for its deeds unless the question names one.
      const own = name === bareName(base) && (deeds.size === 0 || baseNamed);
      if (own || ((children.has(name) || name === owner || (deeds.has(name) && !baseNamed)) && first)) score += 3;
      else if (sharesWord || (parents.has(name) && first)) score += 2;
      // Above a word that only partly names one of the lifespan's own dates ("led" near "joined_on").
      if (lifespan && children.has(name) && first) score += 2;
      if (joined.some((t) => bareName(t) === name)) score += 1;
      score += Math.min(column.score ?? 0, 1) * 0.5;
      if (!best || score > best.score) best = { candidate: { table: table.name, column: column.name }, score };
    }
  }
  return best?.candidate;
}
