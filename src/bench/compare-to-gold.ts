import { compareResults, type Comparison, type ResultSet } from './compare-results.js';
import type { GoldTieGroups } from './gold-tie-groups.js';

/** Ways of completing a tied answer that are tried at most; past this the gold result as it came is the only one. */
const MAX_TIE_CHOICES = 2_000;

export interface GoldResult {
  result: ResultSet;
  ordered: boolean;
  /** How the ordered gold rows tie on its ORDER BY keys. */
  ties?: GoldTieGroups;
}

/** Every choice of `take` items out of `items`, in their order, while there are at most `limit` of them. */
function choices<T>(items: readonly T[], take: number, limit: number): T[][] | undefined {
  const found: T[][] = [];
  const chosen: T[] = [];
  const walk = (start: number): boolean => {
    if (chosen.length === take) {
      found.push([...chosen]);
      return found.length <= limit;
    }
    for (let i = start; i <= items.length - (take - chosen.length); i++) {
      chosen.push(items[i]!);
      const more = walk(i + 1);
      chosen.pop();
      if (!more) return false;
    }
    return true;
  };
  return walk(0) ? found : undefined;
}

/**
 * Compares a predicted result with the gold one. Rows tied on the gold's ORDER BY keys may come in any order
 * among themselves; when the gold LIMIT cuts through tied rows, an answer that keeps any of them is as right
 * as the one the gold run kept.
 */
export function compareToGold(gold: GoldResult, predicted: ResultSet): Comparison {
  const strict = compareResults(gold.result, predicted, { ordered: gold.ordered });
  const ties = gold.ties;
  if (strict.match || !gold.ordered || !ties) return strict;
  const rows = gold.result.rows;
  if (ties.groups.reduce((sum, size) => sum + size, 0) !== rows.length) return strict;
  const options = { ordered: true, tieGroups: ties.groups };
  if (!ties.cut) return compareResults(gold.result, predicted, options).match ? { match: true } : strict;
  const take = ties.groups.at(-1)!;
  const fixed = rows.slice(0, rows.length - take);
  for (const choice of choices(ties.cut, take, MAX_TIE_CHOICES) ?? []) {
    if (compareResults({ columns: gold.result.columns, rows: [...fixed, ...choice] }, predicted, options).match) return { match: true };
  }
  return strict;
}
