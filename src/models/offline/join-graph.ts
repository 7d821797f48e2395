import type { TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import { roleScore } from './role-score.js';
import { findTable, primaryKey } from './schema-lookup.js';

export interface JoinEdge {
  from: string;
  fromColumn: string;
  to: string;
  toColumn: string;
}

export interface JoinStep {
  /** The table this step adds. */
  table: string;
  /** Already-joined table and its column, equal to `column` of the added table. */
  on: { table: string; column: string; otherColumn: string };
}

/** Foreign keys between the linked tables; same-named key columns stand in when none are declared. */
export function joinEdges(tables: readonly TableSchema[]): JoinEdge[] {
  const edges: JoinEdge[] = [];
  for (const table of tables) {
    for (const column of table.columns) {
      if (!column.references) continue;
      const [refTable, refColumn] = splitReference(column.references);
      const target = findTable(tables, refTable);
      if (target && refColumn) edges.push({ from: table.name, fromColumn: column.name, to: target.name, toColumn: refColumn });
    }
  }
  if (edges.length > 0) return edges;
  for (const table of tables) {
    for (const column of table.columns) {
      if (column.primary_key) continue;
      for (const target of tables) {
        if (target === table) continue;
        const key = primaryKey(target);
        if (key && key.name.toLowerCase() === column.name.toLowerCase() && /_id$/i.test(key.name)) {
          edges.push({ from: table.name, fromColumn: column.name, to: target.name, toColumn: key.name });
        }
      }
    }
  }
  return edges;
}

function splitReference(reference: string): [string, string | undefined] {
  const parts = reference.split('.');
  const column = parts.pop();
  return [parts.join('.'), column];
}

/**
 * The joins that connect `required` to the tables already joined (`base` first) along the shortest
 * foreign-key paths, each from everything joined before it (nearest first), in an order where each join refers only
 * to tables joined before it.
 * Tables that cannot be reached are returned as missing.
 */
export function joinTree(
  base: string,
  required: readonly string[],
  tables: readonly TableSchema[],
  alsoJoined: readonly string[] = [],
  roleWords: readonly string[] = [],
): { steps: JoinStep[]; missing: string[] } {
  const edges = joinEdges(tables);
  const neighbours = new Map<string, { table: string; column: string; otherColumn: string }[]>();
  const add = (a: string, aColumn: string, b: string, bColumn: string): void => {
    const key = bareName(a);
    const list = neighbours.get(key) ?? [];
    list.push({ table: b, column: aColumn, otherColumn: bColumn });
    neighbours.set(key, list);
  };
  for (const edge of edges) {
    add(edge.from, edge.fromColumn, edge.to, edge.toColumn);
    add(edge.to, edge.toColumn, edge.from, edge.fromColumn);
  }
  if (roleWords.length > 0) {
    // Two keys between the same tables: the one whose name fits the question goes first.
    for (const [owner, list] of neighbours) {
      const fit = (n: { table: string; column: string; otherColumn: string }): number =>
        roleScore(n.column, roleWords, [owner, n.table]) + roleScore(n.otherColumn, roleWords, [owner, n.table]);
      const first = (n: { table: string }): number => list.findIndex((o) => bareName(o.table) === bareName(n.table));
      const keyed = list.map((n) => ({ n, group: first(n), fit: fit(n) }));
      keyed.sort((a, b) => a.group - b.group || b.fit - a.fit);
      list.splice(0, list.length, ...keyed.map((k) => k.n));
    }
  }

  type Link = { table: string; column: string; otherColumn: string };
  /** Shortest foreign-key paths from every joined table at once: each reachable table's link back towards them, and its distance. */
  const search = (from: readonly string[]): { parent: Map<string, Link>; distance: Map<string, number> } => {
    const parent = new Map<string, Link>();
    const distance = new Map(from.map((table) => [bareName(table), 0]));
    const queue = [...from];
    while (queue.length > 0) {
      const current = queue.shift()!;
      for (const next of neighbours.get(bareName(current)) ?? []) {
        const key = bareName(next.table);
        if (distance.has(key)) continue;
        distance.set(key, distance.get(bareName(current))! + 1);
        parent.set(key, { table: current, column: next.column, otherColumn: next.otherColumn });
        queue.push(next.table);
      }
    }
    return { parent, distance };
  };

  const steps: JoinStep[] = [];
  const joinedTables = [base, ...alsoJoined];
  const joined = new Set(joinedTables.map(bareName));
  const missing: string[] = [];
  let remaining = required.filter((wanted, i) => !joined.has(bareName(wanted)) && required.findIndex((other) => bareName(other) === bareName(wanted)) === i);
  // The nearest wanted table first, each from everything joined so far: "routes, vessels, sailings" joins routes to
  // sailings and sailings to vessels, not routes to vessels through a port and then sailings besides.
  while (remaining.length > 0) {
    const { parent, distance } = search(joinedTables);
    const reachable = remaining.filter((wanted) => distance.has(bareName(wanted)));
    if (reachable.length === 0) {
      missing.push(...remaining);
      break;
    }
    const wanted = reachable.reduce((best, table) => (distance.get(bareName(table))! < distance.get(bareName(best))! ? table : best));
    const path: JoinStep[] = [];
    let cursor = wanted;
    while (!joined.has(bareName(cursor))) {
      const link = parent.get(bareName(cursor))!;
      const cursorTable = findTable(tables, cursor)?.name ?? cursor;
      path.unshift({ table: cursorTable, on: { table: link.table, column: link.column, otherColumn: link.otherColumn } });
      cursor = link.table;
    }
    for (const step of path) {
      joined.add(bareName(step.table));
      joinedTables.push(step.table);
      steps.push(step);
    }
    remaining = remaining.filter((table) => !joined.has(bareName(table)));
  }
  return { steps, missing };
}

/** Tables a query on `base` can reach along foreign keys (bare names). */
export function reachableTables(base: string, tables: readonly TableSchema[], alsoJoined: readonly string[] = []): Set<string> {
  const others = tables.map((t) => t.name);
  const { missing } = joinTree(base, others, tables, alsoJoined);
  const unreachable = new Set(missing.map(bareName));
  return new Set([base, ...alsoJoined, ...others].map(bareName).filter((name) => !unreachable.has(name)));
}

/** Whether joining `required` to `base` can repeat base rows: some join adds a child table (one whose key points back). */
export function joinsFanOut(base: string, required: readonly string[], tables: readonly TableSchema[], alsoJoined: readonly string[] = []): boolean {
  const { steps } = joinTree(base, required, tables, alsoJoined);
  return steps.some((step) => {
    const added = findTable(tables, step.table);
    const column = added?.columns.find((c) => c.name === step.on.otherColumn);
    return column !== undefined && !column.primary_key;
  });
}
