import type { TableSchema } from '../../context/context-schema.js';
import { PREPOSITIONS } from '../../lexicon/prepositions.js';
import type { QuestionWord } from './question-words.js';
import { nameOrKey } from './name-or-key.js';
import type { SelectItem } from './query-spec.js';

/** "What is", "what was", "what's the" (read as "what the"), "whats the": the singular copula or the determiner it leaves. */
const AFTER_WHAT = /^(is|was|the)$/;

const PREPOSITION_WORDS: ReadonlySet<string> = new Set(PREPOSITIONS);

/**
 * "What's the most expensive job?", "whats the single priciest tour": "what" with its copula asks which row is
 * ranked first, as "which" does, so the row is told by its name. Not when the ranking sits past a preposition ("What's
 * the running length of the longest episode?" asks for an attribute of the row).
 */
export function asksRankedRow(words: readonly QuestionWord[], rankedAt: number | undefined): boolean {
  const first = words[0]?.text ?? '';
  if ((first !== 'what' && first !== 'whats') || !AFTER_WHAT.test(words[1]?.text ?? '') || rankedAt === undefined) return false;
  return words.slice(2, rankedAt).every((w) => !PREPOSITION_WORDS.has(w.text) && !w.clauseEnd);
}

/**
 * What tells the one row a ranking picks when the table has no name: its quoted key (nameOrKey), else its one
 * primary key even if a surrogate id. Every column (`*`) answers "which one" with what was not asked; the key
 * answers it. (Not for every "which" or "list" question: there a key would hide an attribute asked for and not found,
 * "Show each shop's opening hours", which every column leaves to the answer checks.)
 */
export function rankedRowLabel(table: TableSchema): SelectItem[] {
  return nameOrKey(table);
}
