import type { DateRange } from '../../context/context-schema.js';
import { duckdbDialect } from '../../dialects/duckdb-dialect.js';
import type { SqlDialect } from '../../dialects/sql-dialect.js';
import type { QuestionAnalysis } from './analyze-question.js';

/** Half-open date filters (`col >= DATE start AND col < DATE end`) from the parsed ranges, plus bare years the parser left. */
export function dateFilters(
  ranges: readonly DateRange[],
  analysis: QuestionAnalysis,
  column: string,
  dialect: SqlDialect = duckdbDialect,
): { sql: string[]; description: string } {
  const spans = ranges.map((r) => ({ start: r.start, end: r.end, phrase: r.phrase }));
  for (const year of analysis.years) {
    if (ranges.some((r) => r.phrase.includes(String(year)))) continue;
    spans.push({ start: `${year}-01-01`, end: `${year + 1}-01-01`, phrase: String(year) });
  }
  const unique = spans.filter((s, i) => spans.findIndex((o) => o.start === s.start && o.end === s.end) === i);
  if (unique.length === 0) return { sql: [], description: '' };
  const condition = (s: { start: string; end: string }): string => `${column} >= ${dialect.date(s.start)} AND ${column} < ${dialect.date(s.end)}`;
  const sql = unique.length === 1 ? [condition(unique[0]!)] : [`(${unique.map((s) => `(${condition(s)})`).join(' OR ')})`];
  const description = unique.map((s) => `[${s.start}, ${s.end}) for "${s.phrase}"`).join(' or ');
  return { sql, description };
}
