import { compareResults, type Comparison, type ResultSet } from './compare-results.js';
import type { TiedGoldRows } from './tied-gold-rows.js';

/** Ways of completing a tied answer that are tried at most; past this the gold result as it came is the only one. */
const MAX_TIE_CHOICES = 2_000;

export interface GoldResult {
  result: ResultSet;
  ordered: boolean;
  ties?: TiedGoldRows;
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
 * Compares a predicted result with the gold one. When the gold LIMIT cuts through tied rows, an answer
 * that keeps any of the tied rows (in any order among themselves) is as right as the one the gold run kept.
 */
export function compareToGold(gold: GoldResult, predicted: ResultSet): Comparison {
  const strict = compareResults(gold.result, predicted, { ordered: gold.ordered });
  if (strict.match || !gold.ties) return strict;
  const { fixed, tied, take } = gold.ties;
  for (const choice of choices(tied, take, MAX_TIE_CHOICES) ?? []) {
    const candidate = { columns: gold.result.columns, rows: [...fixed, ...choice] };
    if (compareResults(candidate, predicted, { ordered: gold.ordered, unorderedTail: take }).match) return { match: true };
  }
  return strict;
}
