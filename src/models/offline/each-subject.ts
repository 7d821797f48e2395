import type { QuestionWord } from './question-words.js';

const VERBS = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did']);
/** Words that open a relative clause: "every student who …" restricts the rows rather than asking for one answer each. */
const RELATIVE = new Set(['who', 'whom', 'whose', 'that', 'which', 'where', 'with', 'without']);

/**
 * "Where is each instructor from?", "What nationality is each singer?": "each" as the subject of the question's verb
 * asks for one answer per row, so each answer is shown beside the row it belongs to. Not "the grade of each student",
 * where "each" only says which rows the attribute is read from, nor "every student who …", which filters them.
 */
export function asksPerEachRow(words: readonly QuestionWord[]): boolean {
  const at = words.findIndex((word, k) => (word.text === 'each' || word.text === 'every') && VERBS.has(words[k - 1]?.text ?? ''));
  return at > 0 && !words.slice(at + 1).some((word) => RELATIVE.has(word.text));
}
