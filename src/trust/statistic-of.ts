import type { QuestionWord } from '../models/offline/question-words.js';

/**
 * Nouns of a part of a whole, which the SQL computes by dividing counts or sums: closed-class words of arithmetic.
 * "percentage", "proportion" and "fraction" are form words already (is-naming-word.ts), which every judge reads past.
 */
const PART_OF_WHOLE = /^(?:share|percent|pct)$/;

/**
 * "What share of appointments were no-shows?", "what percent of donors …", "the biggest share of the fleet": a noun
 * of a part of a whole (singular) before "of" names the figure the SQL divides out, not a thing the data stores, as
 * "number of" and "average" do. "percent" names nothing else ("What percent …?"). "share price", "shares of Tesco"
 * and "market share" keep "share" a content word: only the singular, and only before "of" (or "percent" anywhere).
 */
export function isStatisticOf(question: string, words: readonly QuestionWord[], word: QuestionWord): boolean {
  if (!PART_OF_WHOLE.test(word.text)) return false;
  if (word.text === 'percent' || word.text === 'pct') return true;
  const next = words[word.index + 1];
  return !word.clauseEnd && next?.text === 'of' && question.slice(word.offset + word.text.length, next.offset).trim() === '';
}
