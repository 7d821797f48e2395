import { splitIdentifier } from '../../catalog/split-identifier.js';
import { stemWord } from '../../catalog/stem-word.js';
import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { ref } from './query-spec.js';
import type { RowFilter } from './row-filter.js';
import type { Mention } from './schema-mentions.js';
import { bareName } from './bare-name.js';
import { isKeyColumn } from './schema-lookup.js';

/** Verbs and prepositions after which "a battery" says the thing is there: "with a battery", "include a battery". */
const HAVING_WORDS = /^(with|has|have|had|having|include|includes|included|including|without)$/;

/**
 * "installations that include a battery" over a nullable battery_kwh: a noun that names no table but is the first
 * word of a column that may be empty says the row has one (IS NOT NULL), "without a battery" that it has none (IS NULL).
 * One column only; a noun followed by more words of a phrase ("a battery larger than …") is left to other filters.
 */
export function presenceFilters(analysis: QuestionAnalysis, mentions: readonly Mention[], schemas: readonly TableSchema[], used: ReadonlySet<number>): RowFilter[] {
  const words = analysis.words;
  const filters: RowFilter[] = [];
  let opened = false;
  for (let i = 2; i < words.length; i++) {
    const lead = words[i - 2]!.text;
    if (HAVING_WORDS.test(lead)) opened = true;
    if (!/^(a|an)$/.test(words[i - 1]!.text)) continue;
    if (!(HAVING_WORDS.test(lead) || (opened && /^(and|or)$/.test(lead)))) continue;
    // "who have a medical note" over medical_notes: a noun with its modifier spelling the column's two words.
    const phrase = twoWordColumn(words, i, schemas, used, mentions);
    if (phrase) {
      filters.push({ ...phrase, sql: `${ref(phrase.table, phrase.column)} IS ${lead === 'without' || analysis.negated.has(i) ? '' : 'NOT '}NULL` });
      continue;
    }
    const noun = words[i]!;
    const after = words[i + 1]?.text;
    if (!noun.clauseEnd && after !== undefined && !/^(and|or|that|which|who|but)$/.test(after)) continue;
    if (used.has(noun.index) || mentions.some((m) => m.column === undefined && m.start <= i && m.end > i)) continue;
    const columns = schemas.flatMap((table) =>
      table.columns
        .filter((c) => c.nullable && !isKeyColumn(c) && stemWord(splitIdentifier(c.name)[0] ?? '') === noun.stem)
        .map((c) => ({ table: table.name, column: c.name })),
    );
    if (columns.length !== 1) continue;
    const { table, column } = columns[0]!;
    const without = lead === 'without' || analysis.negated.has(i);
    filters.push({ table, column, sql: `${ref(table, column)} IS ${without ? '' : 'NOT '}NULL`, words: [i] });
  }
  return filters.filter((f, k) => filters.findIndex((g) => bareName(g.table) === bareName(f.table) && g.column === f.column) === k);
}

/** A nullable column named by the two words from `i` ("medical note" of medical_notes), the phrase ending there. */
function twoWordColumn(
  words: QuestionAnalysis['words'],
  i: number,
  schemas: readonly TableSchema[],
  used: ReadonlySet<number>,
  mentions: readonly Mention[],
): { table: string; column: string; words: number[] } | undefined {
  const [first, second] = [words[i], words[i + 1]];
  if (!first || !second || first.clauseEnd || used.has(i) || used.has(i + 1)) return undefined;
  const after = words[i + 2]?.text;
  if (!second.clauseEnd && after !== undefined && !/^(and|or|that|which|who|but)$/.test(after)) return undefined;
  if (mentions.some((m) => m.column === undefined && m.start <= i + 1 && m.end > i)) return undefined;
  const columns = schemas.flatMap((table) =>
    table.columns
      .filter((c) => c.nullable && !isKeyColumn(c))
      .filter((c) => {
        const parts = splitIdentifier(c.name).map((part) => stemWord(part.toLowerCase()));
        return parts.length === 2 && parts[0] === first.stem && parts[1] === second.stem;
      })
      .map((c) => ({ table: table.name, column: c.name })),
  );
  return columns.length === 1 ? { ...columns[0]!, words: [i, i + 1] } : undefined;
}
