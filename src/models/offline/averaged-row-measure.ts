import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { hypernymLemmas } from '../../lexicon/hypernym-lemmas.js';
import { unitQuantities } from '../../lexicon/unit-kind.js';
import { senseOffsets } from '../../lexicon/wordnet-records.js';
import { columnUnits } from './column-units.js';
import { comparativePole } from '../../lexicon/measure-pole.js';
import { pick, wordSet } from '../../lexicon/word-set.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import { measureColumn } from './measure-column.js';
import { rowMoneyColumn } from './money-measure.js';
import type { QuestionWord } from './question-words.js';
import { findColumn, findTable, isMeasureColumn } from './schema-lookup.js';
import type { Mention } from './schema-mentions.js';

/** "bigger than average in boxes", "above average by distance": the preposition that names the compared number after the average. */
const IN_TERMS_OF: ReadonlySet<string> = wordSet(pick(PREPOSITIONS, 'in', 'by'));

/**
 * resp_min 'Minutes from the report …' for "longer": the column's unit measures a quantity (time) that the measure
 * (duration) is a kind of, in WordNet.
 */
function measuredAs(column: ColumnSchema, measures: readonly string[]): boolean {
  const kinds = new Set(measures.flatMap((measure) => [...hypernymLemmas(senseOffsets('noun', measure))]));
  return columnUnits(column).of.some((unit) => unit.senses.some((sense) => [...unitQuantities(sense)].some((q) => kinds.has(q))));
}

export interface AveragedRowMeasure {
  table: string;
  column: string;
  /** The word after the last one the comparison read ("in boxes" read as well). */
  end: number;
}

/**
 * "blocks larger than the average block", "callouts that took longer than average", "sales that came to more than the
 * average sale", "collections bigger than average in boxes": an average of the rows themselves, whose number the
 * wording names only by how it compares. The number of the rows' table: the one named just after the average ("in
 * boxes"), else the one measure column holding the measure the comparative is of (WordNet: larger → size, longer →
 * duration), else, for a bare "more" or "less", the money a row is worth.
 */
export function averagedRowMeasure(
  words: readonly QuestionWord[],
  comparative: string,
  end: number,
  mentions: readonly Mention[],
  schemas: readonly TableSchema[],
  rows: string,
): AveragedRowMeasure | undefined {
  const table = findTable(schemas, rows);
  if (!table) return undefined;
  if (IN_TERMS_OF.has(words[end]?.text ?? '')) {
    const named = mentions.filter((m) => m.column !== undefined && m.full && m.start === end + 1 && findTable(schemas, m.table) === table);
    const columns = [...new Set(named.map((m) => m.column!))].map((name) => findColumn(table, name)).filter((c) => c !== undefined && isMeasureColumn(c));
    if (columns.length === 1) return { table: table.name, column: columns[0]!.name, end: Math.max(...named.map((m) => m.end)) };
  }
  const pole = comparativePole(comparative);
  if (pole) {
    const found = measureColumn(schemas, pole.measures, table);
    if (found) return found.table === table ? { table: table.name, column: found.column.name, end } : undefined;
    const measured = table.columns.filter((c) => isMeasureColumn(c) && measuredAs(c, pole.measures));
    return measured.length === 1 ? { table: table.name, column: measured[0]!.name, end } : undefined;
  }
  if (comparative !== 'more' && comparative !== 'less') return undefined;
  const money = rowMoneyColumn(table);
  return money && { table: table.name, column: money.name, end };
}
