import { normalizeValueText } from '../../../catalog/normalize-value-text.js';
import type { Context, MatchedValue } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import type { QuestionWord } from '../question-words.js';
import { valueFilters, type ValueFilter } from '../value-filters.js';
import { parseDateRanges } from '../../../dates/parse-date-ranges.js';
import { schemaMentions } from '../schema-mentions.js';
import { yearFilters } from '../year-filters.js';

/**
 * Splits the matched values between a clause of the question (word indexes `from`..`to`) and the rest:
 * "students who have a dog but do not have a cat" keeps 'dog' for the students and 'cat' for the clause.
 */
export function clauseFilters(
  context: Context,
  words: readonly QuestionWord[],
  from: number,
  to: number,
  dialect: SqlDialect,
): { inside: ValueFilter[]; outside: MatchedValue[] } {
  const inside: MatchedValue[] = [];
  const outside: MatchedValue[] = [];
  for (const match of context.matched_values) {
    const at = phraseStart(words, normalizeValueText(match.matched_text));
    if (at >= from && at < to) inside.push(match);
    else outside.push(match);
  }
  const analysis = { ...analyzeQuestion(context.task.text), negated: new Set<number>() };
  const filters = inside.length > 0 ? valueFilters({ ...context, matched_values: inside }, analysis, new Set(), dialect) : [];
  return { inside: [...filters, ...clauseYears(context, words, analysis.years, from, to, dialect)], outside };
}

/** "stadiums that did not have a concert in 2014": the clause's years, compared with its table's year column. */
function clauseYears(context: Context, words: readonly QuestionWord[], years: readonly number[], from: number, to: number, dialect: SqlDialect): ValueFilter[] {
  const within = (at: number): boolean => at >= from && at < to;
  const yearAt = (year: string): number => words.findIndex((w, k) => within(k) && w.text === year);
  const ranges = (context.date_ranges.length > 0 ? context.date_ranges : parseDateRanges(context.task.text, context.task.current_date)).filter((r) => {
    const spelled = r.phrase.match(/\b\d{4}\b/g) ?? [];
    return spelled.length > 0 && spelled.every((year) => yearAt(year) >= 0);
  });
  const bare = years.filter((year) => yearAt(String(year)) >= 0);
  if (ranges.length === 0 && bare.length === 0) return [];
  const mentions = schemaMentions(words, context.table_schemas).filter((m) => within(m.start));
  const taken = new Set(words.flatMap((w, k) => (within(k) ? [] : [k])));
  const { filters } = yearFilters(words, ranges, bare, mentions, context.table_schemas, taken, context.task.current_date, dialect);
  return filters.map((f) => ({ ...f, values: [], negated: false }));
}

function phraseStart(words: readonly QuestionWord[], phrase: string): number {
  const target = phrase.split(' ').filter(Boolean);
  const texts = words.map((w) => normalizeValueText(w.text));
  for (let i = 0; i + target.length <= texts.length; i++) {
    if (target.length > 0 && target.every((t, k) => texts[i + k] === t)) return i;
  }
  return -1;
}
