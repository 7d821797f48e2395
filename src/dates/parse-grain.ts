import type { DateRange } from '../context/context-schema.js';

export type Grain = NonNullable<DateRange['grain']>;

const GRAIN_WORDS: ReadonlyArray<readonly [Grain, RegExp]> = [
  ['day', /\b(?:daily|(?:per|by|each|every) day|day[\s-]+(?:over|by)[\s-]+day)\b/gi],
  ['week', /\b(?:weekly|(?:per|by|each|every) week|week[\s-]+(?:over|by)[\s-]+week)\b/gi],
  ['month', /\b(?:monthly|(?:per|by|each|every) month|month[\s-]+(?:over|by)[\s-]+month)\b/gi],
  ['quarter', /\b(?:quarterly|(?:per|by|each|every) quarter|quarter[\s-]+(?:over|by)[\s-]+quarter|qoq)\b/gi],
  ['year', /\b(?:yearly|annual|annually|(?:per|by|each|every) year|year[\s-]+(?:over|by)[\s-]+year|yoy)\b/gi],
];

/** The reporting grain a question asks for ("monthly", "per quarter", "by week", "annual"), the earliest in the text; undefined when none. */
export function parseGrain(text: string): Grain | undefined {
  let found: { grain: Grain; at: number } | undefined;
  for (const [grain, pattern] of GRAIN_WORDS) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      if (!found || at < found.at) found = { grain, at };
    }
  }
  return found?.grain;
}
