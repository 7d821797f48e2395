import { bareName } from './bare-name.js';
import type { Mention } from './schema-mentions.js';

/**
 * "reader visits", "meter readings": a table's name right before another table's name is the first noun of a compound,
 * which only says whose; the last noun is the head, the rows the phrase is about.
 */
export function isCompoundModifier(mention: Mention, mentions: readonly Mention[]): boolean {
  return mention.column === undefined && mentions.some((next) => next.column === undefined && next.start === mention.end && bareName(next.table) !== bareName(mention.table));
}
