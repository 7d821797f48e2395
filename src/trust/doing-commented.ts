import type { ColumnSchema } from '../context/context-schema.js';
import { inflectionBases } from '../lexicon/derived-forms.js';
import { hasSense } from '../lexicon/has-sense.js';

interface Table {
  columns: readonly Pick<ColumnSchema, 'comment'>[];
}

/**
 * "the most flying hours" where HRS_TOT is 'Total hours flown as pilot in command': the -ing form of a verb before a
 * noun asks for that noun as the doing spends it, and a column's comment that says the noun and the same verb in another
 * inflection ("hours flown", "flown hours") records exactly that, so the -ing word names the column's figure as its noun
 * does. "teaching hours", where no comment says teach, still names nothing stored. `next` is the word after, the noun.
 */
export function doingCommented(word: string, next: string | undefined, tables: readonly Table[]): boolean {
  if (next === undefined || !/^[a-z]{3,}ing$/.test(word) || !/^[a-z]{3,}$/.test(next) || !hasSense('noun', next)) return false;
  const bases = new Set(inflectionBases(word).filter((base) => base !== word && base.length >= 3 && hasSense('verb', base)));
  if (bases.size === 0) return false;
  const nouns = new Set([next, next.replace(/s$/, '')]);
  return tables.some((table) =>
    table.columns.some((column) => {
      const said = column.comment?.toLowerCase().match(/[a-z]+/g) ?? [];
      return said.some((part) => nouns.has(part) || nouns.has(part.replace(/s$/, ''))) && said.some((part) => part !== word && inflectionBases(part).some((base) => bases.has(base)));
    }),
  );
}
