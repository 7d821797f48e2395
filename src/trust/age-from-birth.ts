import type { TableSchema } from '../context/context-schema.js';
import { NOUN_OPENERS } from '../lexicon/determiners.js';
import { stemWord } from '../catalog/stem-word.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import { columnKinds } from './column-kind.js';

/** A column that records an age or dates a birth (column-kind.ts: birth_year, dob, 'Date of birth'). */
const hasBirthColumn = (table: TableSchema): boolean => table.columns.some((column) => columnKinds(column, table).has('age'));

/**
 * "average age of players per club", "average client age", "each member's age", where players keep a birth_year: an
 * age asked of the rows of a linked table that records when each was born (a column column-kind.ts reads as an age or a birth) is worked out from that date, so the word
 * names what the table holds. The owner must be the rows: the noun right before "age" (as a modifier or with "'s") or
 * the noun after "age of" (past an article or possessive) names such a table. "the legal age for getting a tattoo"
 * owns no rows, and an age asked of a table without a birth column ("the average age of our presenters") stays open.
 */
export function ageFromBirth(words: readonly QuestionWord[], word: QuestionWord, tables: readonly TableSchema[]): boolean {
  if (!/^ages?$/.test(word.text)) return false;
  const born = tables.filter(hasBirthColumn);
  if (born.length === 0) return false;
  const owners: QuestionWord[] = [];
  const before = words[word.index - 1];
  const owned = before?.text.replace(/['’]s?$/, '');
  if (before && owned && !before.clauseEnd && /^[a-z]{3,}$/.test(owned)) owners.push({ ...before, text: owned, stem: stemWord(owned) });
  if (!word.clauseEnd && words[word.index + 1]?.text === 'of') {
    let at = word.index + 2;
    while (words[at] && NOUN_OPENERS.has(words[at]!.text) && !words[at - 1]!.clauseEnd) at++;
    const after = words[at];
    if (after) owners.push(after);
  }
  return owners.some((owner) => born.some((table) => evidenceOf(owner, namesRoots({ table: [table.name, table.comment ?? ''] })) === 'table'));
}
