import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionWord } from './question-words.js';
import { isMeasureColumn } from './schema-lookup.js';
import { namesShortenedPart } from './shortened-name-part.js';

/** Name parts that make a number column a tally of things: panel_count, num_panels, numberOfRooms, pax_n. */
const TALLY_PARTS = /^(count|counts|number|num|no|cnt|n)$/;

/**
 * "panels" over installations.panel_count, "guests" over guests_n, "passes" over n_pss: the one number column, among the linked tables, whose name is the noun and
 * a word for a count, so it holds how many of the noun a row has.
 */
export function tallyColumn(
  noun: QuestionWord | undefined,
  schemas: readonly TableSchema[],
  /** The question's participles: "households were served" over households_served, a column named for the noun and what was done to it. */
  participles?: ReadonlySet<string>,
): { table: string; column: string } | undefined {
  if (!noun) return undefined;
  const found: { table: string; column: string }[] = [];
  for (const table of schemas) {
    for (const column of table.columns) {
      if (!isMeasureColumn(column)) continue;
      const parts = splitIdentifier(column.name).filter((part) => part !== 'of');
      const tallied = participles ? participles.has(parts[1] ?? '') : parts.some((part) => TALLY_PARTS.test(part));
      const named = parts[participles ? 0 : parts.findIndex((part) => !TALLY_PARTS.test(part))] ?? '';
      // "passes" over n_pss: the counted part may be the noun's shortened spelling.
      if (parts.length === 2 && tallied && (stemWord(named) === noun.stem || (!participles && namesShortenedPart(named, noun)))) {
        found.push({ table: table.name, column: column.name });
      }
    }
  }
  return found.length === 1 ? found[0] : undefined;
}
