import type { QuestionWord } from '../models/offline/question-words.js';

/** Adverbs of the present moment, not of a span ("the current year" is a span). */
export const NOW_ADVERBS: ReadonlySet<string> = new Set(['now', 'currently', 'presently', 'nowadays']);

/**
 * Whether the word at `k` places a state at the present moment: "now", "currently", "at the moment", "at present" (its
 * last word). "current" and "right now" are each caller's to read: "current" says "now" only before what it qualifies.
 */
export function saysPresentMoment(words: readonly QuestionWord[], k: number): boolean {
  const text = words[k]!.text;
  if (NOW_ADVERBS.has(text)) return true;
  return (text === 'moment' && words[k - 1]?.text === 'the' && words[k - 2]?.text === 'at') || (text === 'present' && words[k - 1]?.text === 'at');
}
