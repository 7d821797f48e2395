import type { TableSchema } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import type { Measure } from './resolve-measure.js';
import type { Mention } from './schema-mentions.js';
import { findColumn, findTable, isDateColumn, isKeyColumn, isNumericColumn } from './schema-lookup.js';
import { commentedMeasure } from './commented-measure.js';

/** Words after the superlative that may stand before the column it qualifies ("the largest farm size in acres"). */
const MAX_WORDS_TO_COLUMN = 4;
/** Superlatives of size or time; "best" and "worst" say nothing of which end ("the best rank" is the smallest). */
const MAGNITUDES = /^(highest|largest|biggest|greatest|maximum|lowest|smallest|minimum|oldest|earliest|newest|latest|longest|shortest)$/;
/** Words that end the superlative's own noun phrase: what follows them qualifies something else. */
const PHRASE_ENDS = /^(of|with|that|who|which|whose|where|when|and|or)$/;

/**
 * "What is the largest farm size in acres among active members?", "What's the highest unit price?", "highest score in
 * the Thursday league": a superlative that opens the noun phrase the question asks for, before a number or date column, asks for that extreme value (MAX or
 * MIN), not for the rows that rank first. Returns that aggregate, or nothing when the question has another shape.
 */
export function extremeAsked(analysis: QuestionAnalysis, mentions: readonly Mention[], schemas: readonly TableSchema[]): Measure | undefined {
  const ranking = analysis.ranking;
  if (!ranking || ranking.explicit || analysis.which || analysis.who) return undefined;
  const words = analysis.words.map((w) => w.text);
  // A terse fragment opens with the superlative too: "highest score in the Thursday league", "the latest start date".
  const fragment = ranking.at === 0 || (words[0] === 'the' && ranking.at === 1);
  const opens =
    fragment ||
    (words[0] === 'what' &&
      ((/^(is|was|are|were)$/.test(words[1] ?? '') && words[2] === 'the' && ranking.at === 3) || (words[1] === 'the' && ranking.at === 2)));
  // "the smallest version number and its type code" asks for a row's columns, not one value.
  const judged = /^(best|worst)$/.test(words[ranking.at] ?? '');
  if (!opens || !(MAGNITUDES.test(words[ranking.at] ?? '') || judged) || words.slice(ranking.at + 1).includes('and')) return undefined;
  const column = mentions
    .filter((m) => m.column !== undefined && m.start > ranking.at && m.start <= ranking.at + MAX_WORDS_TO_COLUMN)
    .filter((m) => !words.slice(ranking.at + 1, m.start).some((w) => PHRASE_ENDS.test(w)))
    .map((m) => {
      const table = findTable(schemas, m.table);
      const found = table ? findColumn(table, m.column!) : undefined;
      return found && !isKeyColumn(found) && (isNumericColumn(found) || isDateColumn(found)) ? { start: m.start, full: m.full, table: table!.name, column: found.name } : undefined;
    })
    .filter((c) => c !== undefined)
    .sort((a, b) => a.start - b.start || Number(b.full) - Number(a.full))[0] ?? commented(analysis, mentions, schemas, ranking.at);
  if (!column) return undefined;
  if (analysis.aggregate && analysis.aggregate.at < column.start) return undefined;
  if (judged) {
    // "the best seeing" over seeing_arcsec 'Atmospheric seeing in arcseconds (smaller is sharper)': the end the comment calls good.
    const good = goodEnd(findColumn(findTable(schemas, column.table)!, column.column)?.comment);
    if (!good) return undefined;
    const highest = (good === 'desc') === (words[ranking.at] === 'best');
    return { kind: 'aggregate', fn: highest ? 'MAX' : 'MIN', table: column.table, column: column.column };
  }
  // "the youngest age": youngest ranks dates newest first, so it asks for the smallest age.
  const ages = ranking.attribute === 'date' && /(^|_)age$/i.test(column.column);
  const highest = (ranking.direction === 'desc') !== ages;
  return { kind: 'aggregate', fn: highest ? 'MAX' : 'MIN', table: column.table, column: column.column };
}

const SMALL_END = /^(smaller|lower|less|fewer|shorter)$/;
const LARGE_END = /^(larger|higher|more|bigger|greater|longer)$/;

/**
 * Which end of a column its comment calls good: "(smaller is sharper)", "lower is better" → 'asc'; "higher is better" →
 * 'desc'; "lower is worse" the other way. A comparative after "is" other than "worse" states the good side.
 */
export function goodEnd(comment: string | undefined): 'asc' | 'desc' | undefined {
  const said = comment ? /\b([a-z]+) (?:is|means) ([a-z]+er|better|worse)\b/i.exec(comment) : null;
  if (!said) return undefined;
  const end = said[1]!.toLowerCase();
  const small = SMALL_END.test(end);
  if (!small && !LARGE_END.test(end)) return undefined;
  const worse = said[2]!.toLowerCase() === 'worse';
  return small !== worse ? 'asc' : 'desc';
}

/** "the worst visibility" over visib_km commented 'Visibility at departure in km': the noun only that column's comment uses. */
function commented(analysis: QuestionAnalysis, mentions: readonly Mention[], schemas: readonly TableSchema[], rankingAt: number): { start: number; full: boolean; table: string; column: string } | undefined {
  const found = commentedMeasure(analysis.words, mentions, schemas, rankingAt, undefined);
  return found && { start: found.start, full: true, table: found.table, column: found.column! };
}
