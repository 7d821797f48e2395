import { catalogTextStems } from '../../../catalog/catalog-text-stems.js';
import { commentWords } from '../../../catalog/comment-words.js';
import { STOP_WORDS } from '../../../catalog/stop-words.js';
import { stemWord } from '../../../catalog/stem-word.js';
import type { TableSchema } from '../../../context/context-schema.js';
import { inflectionBases } from '../../../lexicon/derived-forms.js';
import type { QuestionWord } from '../question-words.js';

/**
 * "shearers who haven't clipped a single sheep" where both the visits a shearer led and the tallies of what each one
 * clipped point at shearers: of the tables pointing at the subject, the one whose comments (the table's and its
 * columns') spell the most of the clause's words ("How many sheep one shearer clipped on a visit") holds the deed.
 * Words are compared by their plural-free stems and verb bases (made/make, clipped/clip). Undefined unless exactly one
 * table spells the most, and spells at least one.
 */
export function referencingByComment(tables: readonly TableSchema[], clause: readonly QuestionWord[]): TableSchema | undefined {
  const asked = clause.filter((w) => w.text.length >= 3 && !STOP_WORDS.has(w.text) && /^[a-z]+$/.test(w.text)).map((w) => forms(w.text));
  if (asked.length === 0) return undefined;
  const scored = tables.map((table) => {
    const spelled = commentForms([table]);
    return { table, score: asked.filter((word) => word.some((form) => spelled.has(form))).length };
  });
  scored.sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  return best && best.score > 0 && (!next || next.score < best.score) ? best.table : undefined;
}

/** The stems of a table's comments' words and of their verb bases. */
const commentForms = catalogTextStems<TableSchema>(
  (table) => [table.comment, ...table.columns.map((c) => c.comment)],
  (comment) => commentWords(comment).flatMap((word) => [word, ...inflectionBases(word)]),
);

function forms(word: string): string[] {
  return [...new Set([word, ...inflectionBases(word)].map(stemWord))];
}
