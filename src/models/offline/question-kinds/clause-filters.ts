import { normalizeValueText } from '../../../catalog/normalize-value-text.js';
import type { Context, MatchedValue } from '../../../context/context-schema.js';
import type { SqlDialect } from '../../../dialects/sql-dialect.js';
import { analyzeQuestion } from '../analyze-question.js';
import type { QuestionWord } from '../question-words.js';
import { valueFilters, type ValueFilter } from '../value-filters.js';

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
  return { inside: filters, outside };
}

function phraseStart(words: readonly QuestionWord[], phrase: string): number {
  const target = phrase.split(' ').filter(Boolean);
  const texts = words.map((w) => normalizeValueText(w.text));
  for (let i = 0; i + target.length <= texts.length; i++) {
    if (target.length > 0 && target.every((t, k) => texts[i + k] === t)) return i;
  }
  return -1;
}
