import type { TableSchema } from '../../context/context-schema.js';
import { namesMeasure } from '../../lexicon/names-measure.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { columnUnits, contentRoots, tableWordScore } from './column-units.js';
import type { Measure } from './resolve-measure.js';
import type { Mention } from './schema-mentions.js';
import { findColumn, findTable, isMeasureColumn } from './schema-lookup.js';
import { GRAIN_NOUNS } from './time-grain.js';

/**
 * "Log volume received per month in 2025", "hours lost by telescope": a terse breakdown with no aggregate word whose
 * subject is a noun naming a measure (WordNet: a measure or a magnitude) that a number column holds is that column added
 * up per group. Not a rate (a column per some unit: a price per m3 does not add up), and of two tables' columns the one
 * whose table the question's words name.
 */
export function groupedMeasure(analysis: QuestionAnalysis, mentions: readonly Mention[], schemas: readonly TableSchema[]): Measure | undefined {
  if (analysis.aggregate || analysis.ranking || (!analysis.grain && analysis.byPhrases.length === 0)) return undefined;
  const groupAt = Math.min(...analysis.byPhrases.map((p) => p.words[0]?.index ?? Infinity), analysis.grain?.at ?? Infinity);
  const candidates = mentions.filter((m) => {
    if (m.column === undefined || m.end > groupAt - 1) return false;
    // "this year's callout charges": a calendar noun dates the rows; it measures nothing (inst_yr is no amount).
    if (analysis.words.slice(m.start, m.end).some((w) => GRAIN_NOUNS[w.stem] !== undefined)) return false;
    const table = findTable(schemas, m.table);
    const column = table ? findColumn(table, m.column) : undefined;
    return column !== undefined && isMeasureColumn(column) && columnUnits(column).per.length === 0;
  });
  const first = Math.min(...candidates.map((m) => m.start));
  const atFirst = candidates.filter((m) => m.start === first);
  if (atFirst.length === 0 || !namesMeasure(analysis.words[atFirst[0]!.end - 1]!.text)) return undefined;
  const roots = contentRoots(analysis.words);
  const scored = atFirst.map((m) => ({ m, score: tableWordScore(findTable(schemas, m.table)!, roots) })).sort((a, b) => b.score - a.score);
  if (scored.length > 1 && scored[0]!.score === scored[1]!.score) return undefined;
  const chosen = scored[0]!.m;
  return { kind: 'aggregate', fn: 'SUM', table: chosen.table, column: chosen.column! };
}
