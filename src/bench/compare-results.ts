/** A query result as the connector returns it: column names and rows of JSON-safe values. */
export interface ResultSet {
  columns: string[];
  rows: unknown[][];
}

export interface CompareOptions {
  /** Row order counts (the gold SQL orders its output). */
  ordered: boolean;
  /** With ordered: sizes of the runs of gold rows tied on the ORDER BY keys; rows within a run may come in any order. */
  tieGroups?: readonly number[];
  /** Numbers match when they differ by at most this share of the larger one. */
  relativeTolerance?: number;
}

export interface Comparison {
  match: boolean;
  /** Why the results differ, for the per-question log. */
  reason?: string;
}

const DEFAULT_RELATIVE_TOLERANCE = 1e-6;
const ABSOLUTE_TOLERANCE = 1e-9;
/** Column orders tried at most, when several columns hold the same values. */
const MAX_COLUMN_ORDERS = 1_000;
/** Above this many rows the quadratic fallback for near-equal floats is skipped. */
const MAX_TOLERANT_MATCH_ROWS = 2_000;

function typeRank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return 1;
  if (typeof value === 'number' || typeof value === 'bigint') return 2;
  if (typeof value === 'string') return 3;
  return 4;
}

function compareValues(a: unknown, b: unknown): number {
  const rank = typeRank(a) - typeRank(b);
  if (rank !== 0) return rank;
  switch (typeRank(a)) {
    case 0:
      return 0;
    case 1:
      return Number(a) - Number(b);
    case 2:
      return Number(a) < Number(b) ? -1 : Number(a) > Number(b) ? 1 : 0;
    case 3:
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    default: {
      const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    }
  }
}

function valuesEqual(a: unknown, b: unknown, tolerance: number): boolean {
  if (typeRank(a) !== typeRank(b)) return false;
  if (typeRank(a) === 2) {
    const [x, y] = [Number(a), Number(b)];
    return x === y || Math.abs(x - y) <= Math.max(ABSOLUTE_TOLERANCE, tolerance * Math.max(Math.abs(x), Math.abs(y)));
  }
  return compareValues(a, b) === 0;
}

const compareRows = (a: unknown[], b: unknown[]): number => {
  for (let i = 0; i < a.length; i++) {
    const order = compareValues(a[i], b[i]);
    if (order !== 0) return order;
  }
  return 0;
};

const rowsEqual = (a: unknown[], b: unknown[], tolerance: number): boolean => a.every((value, i) => valuesEqual(value, b[i], tolerance));

function sequencesEqual(a: unknown[][], b: unknown[][], tolerance: number): boolean {
  return a.length === b.length && a.every((row, i) => rowsEqual(row, b[i]!, tolerance));
}

/** Multiset equality: sorted pairwise, then (for near-equal floats that sort apart) a greedy one-to-one match. */
function multisetsEqual(a: unknown[][], b: unknown[][], tolerance: number): boolean {
  if (a.length !== b.length) return false;
  const sortedA = [...a].sort(compareRows);
  const sortedB = [...b].sort(compareRows);
  if (sequencesEqual(sortedA, sortedB, tolerance)) return true;
  const hasFraction = a.some((row) => row.some((value) => typeof value === 'number' && !Number.isInteger(value)));
  if (!hasFraction || a.length > MAX_TOLERANT_MATCH_ROWS) return false;
  const unused = new Set(sortedB.keys());
  return sortedA.every((row) => {
    for (const index of unused) {
      if (rowsEqual(row, sortedB[index]!, tolerance)) {
        unused.delete(index);
        return true;
      }
    }
    return false;
  });
}

/** Equal row by row, except that rows within each tie group may come in any order. */
function inTieGroupOrder(gold: unknown[][], predicted: unknown[][], tieGroups: readonly number[] | undefined, tolerance: number): boolean {
  if (!tieGroups) return sequencesEqual(gold, predicted, tolerance);
  let start = 0;
  for (const size of tieGroups) {
    const [goldGroup, predictedGroup] = [gold.slice(start, start + size), predicted.slice(start, start + size)];
    if (!(size === 1 ? sequencesEqual(goldGroup, predictedGroup, tolerance) : multisetsEqual(goldGroup, predictedGroup, tolerance))) return false;
    start += size;
  }
  return sequencesEqual(gold.slice(start), predicted.slice(start), tolerance);
}

/** For each gold column, the predicted columns holding the same multiset of values. */
function columnCandidates(gold: ResultSet, predicted: ResultSet, tolerance: number): number[][] {
  const columnOf = (result: ResultSet, index: number) => result.rows.map((row) => [row[index]]);
  return gold.columns.map((_, g) =>
    predicted.columns.flatMap((__, p) => (multisetsEqual(columnOf(gold, g), columnOf(predicted, p), tolerance) ? [p] : [])),
  );
}

/** Every one-to-one choice of predicted column per gold column, lazily, at most `limit` of them. */
function* columnOrders(candidates: number[][], limit: number): Generator<number[]> {
  let produced = 0;
  const chosen: number[] = [];
  const taken = new Set<number>();
  function* choose(position: number): Generator<number[]> {
    if (produced >= limit) return;
    if (position === candidates.length) {
      produced += 1;
      yield [...chosen];
      return;
    }
    for (const candidate of candidates[position]!) {
      if (taken.has(candidate)) continue;
      taken.add(candidate);
      chosen.push(candidate);
      yield* choose(position + 1);
      chosen.pop();
      taken.delete(candidate);
    }
  }
  yield* choose(0);
}

/**
 * Execution match: the predicted rows equal the gold rows as a multiset (as a sequence when ordered),
 * with columns matched by their values whatever their order and names, and numbers within a small relative tolerance.
 */
export function compareResults(gold: ResultSet, predicted: ResultSet, options: CompareOptions): Comparison {
  const tolerance = options.relativeTolerance ?? DEFAULT_RELATIVE_TOLERANCE;
  if (gold.rows.length !== predicted.rows.length) {
    return { match: false, reason: `${predicted.rows.length} rows, expected ${gold.rows.length}` };
  }
  if (gold.rows.length === 0) return { match: true };
  if (gold.columns.length !== predicted.columns.length) {
    return { match: false, reason: `${predicted.columns.length} columns, expected ${gold.columns.length}` };
  }
  const candidates = columnCandidates(gold, predicted, tolerance);
  const missing = candidates.findIndex((list) => list.length === 0);
  if (missing >= 0) return { match: false, reason: `no column holds the values of "${gold.columns[missing]}"` };
  const inOrder = (projected: unknown[][]) => inTieGroupOrder(gold.rows, projected, options.tieGroups, tolerance);
  let sameRowsOtherOrder = false;
  for (const order of columnOrders(candidates, MAX_COLUMN_ORDERS)) {
    const projected = predicted.rows.map((row) => order.map((index) => row[index]));
    if (options.ordered ? inOrder(projected) : multisetsEqual(gold.rows, projected, tolerance)) {
      return { match: true };
    }
    if (options.ordered && multisetsEqual(gold.rows, projected, tolerance)) sameRowsOtherOrder = true;
  }
  return { match: false, reason: sameRowsOtherOrder ? 'same rows in another order' : 'rows differ' };
}
