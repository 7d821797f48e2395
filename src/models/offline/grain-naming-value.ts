import { normalizeValueText } from '../../catalog/normalize-value-text.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { Context } from '../../context/context-schema.js';
import type { QuestionAnalysis } from './analyze-question.js';
import { GRAIN_ADJECTIVES } from './time-grain.js';
import { wordRoot } from './word-root.js';

/**
 * "clients on a monthly contract" where contract stores 'MTH', which its comment glosses "monthly": the adjective is a
 * stored value of the column the next word names, not the grain of a report. Whether the question's grain is such a value.
 */
export function grainNamingValue(context: Context, analysis: QuestionAnalysis): boolean {
  const at = analysis.grain?.at;
  const word = at === undefined ? undefined : analysis.words[at];
  const next = at === undefined ? undefined : analysis.words[at + 1];
  if (!word || !next || GRAIN_ADJECTIVES[word.text] === undefined) return false;
  const nextRoot = wordRoot(next.text);
  return context.matched_values.some(
    (match) =>
      match.score >= 1 &&
      normalizeValueText(match.matched_text) === word.text &&
      [...splitIdentifier(match.column), ...splitIdentifier(match.table.split('.').pop()!)].some((part) => wordRoot(part) === nextRoot),
  );
}
