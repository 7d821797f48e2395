import type { Context } from '../context/context-schema.js';
import type { GroundedWord } from './ground-question.js';
import { splitIdentifier } from '../catalog/split-identifier.js';
import { wordRoot } from '../models/offline/word-root.js';

/**
 * "How many strings does a viola have?", "How many legs does an edible crab have?": a count asked in the present tense
 * of a thing named with "a" or "an" is about the kind in general (what any viola has), not about rows the data
 * recorded (issue 14, found on abstention-dev-n, where "strings" is a stored orchestra section). The data answers such a
 * question only where a column stores the count per row of the kind ("How many seats does a minibus have?" where a
 * vehicle type keeps seats); a noun the data holds only as a value, in prose, or not at all counts nothing of the kind.
 * A table named by the counted word is left to run ("How many players does a team have?" may ask for the rows per team),
 * and so is the past ("How many times did a sailing get cancelled?": rows that happened). The phrase, or undefined.
 */
export function genericCount(context: Context, words: readonly GroundedWord[]): string | undefined {
  const match = GENERIC_COUNT.exec(context.task.text);
  if (!match) return undefined;
  const [start, end] = match.indices![1]!;
  const counted = words.filter((entry) => entry.word.offset >= start && entry.word.offset < end);
  const head = counted.at(-1);
  if (head === undefined || head.word.offset + head.word.text.length < end - 1) return undefined;
  if (counted.some((entry) => entry.evidence === 'column')) return undefined;
  // A table the counted word names by its own word, not one WordNet relates it to ("strings" and a parts table).
  const root = wordRoot(head.word.text);
  if (head.evidence === 'table' && context.table_schemas.some((table) => splitIdentifier(table.name.split('.').at(-1)!).some((part) => wordRoot(part.toLowerCase()) === root))) return undefined;
  return match[0].trim();
}

/** "how many strings does a viola", "how many adult teeth do a …": the counted phrase (up to three words) captured, with its place. */
const GENERIC_COUNT = /\bhow\s+many\s+((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+(?:does|do|can)\s+(?:a|an)\s+[A-Za-z][A-Za-z0-9'’-]*/di;
