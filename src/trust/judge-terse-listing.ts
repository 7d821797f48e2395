import type { NameVocabulary } from '../catalog/name-vocabulary.js';
import type { Context } from '../context/context-schema.js';
import { comparativeBase } from '../lexicon/judged-quality.js';
import { firstFromTable } from './first-from-table.js';
import { groundAttributes, withHeldAttributes } from './ground-attributes.js';
import { groundQuestion } from './ground-question.js';
import { isFormWord } from './is-naming-word.js';
import { namesClosely } from './names-closely.js';
import { selectsEveryColumn } from './selects-every-column.js';
import { sqlReadsWord } from './sql-reads-word.js';
import { sqlShape } from './sql-shape.js';
import { listPhrases, ungroundedPhrases } from './ungrounded-phrases.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { questionWords } from '../models/offline/question-words.js';
import { verbOfReadObject } from './verb-of-read-object.js';

const PREPOSITION_SET: ReadonlySet<string> = new Set(PREPOSITIONS);

/**
 * Why a query that ran still cannot answer the question, on a terse schema only (one whose names' shorthand was read:
 * its vocabulary holds words only that reading gave): the answer fell back to every column of a table (`*`) while a
 * word of the question links to nothing in the data and the SQL reads nothing for it. Such a listing says no more than
 * that the table exists, and on a terse schema even that rests on a guess at what its name shortens; where a readable
 * schema's verbs and adjectives may be a state a column records under another word, a legacy schema records states as
 * codes whose descriptions are values, which ground such a word where the data holds it.
 */
export function judgeTerseListing(context: Context, vocabulary: NameVocabulary | undefined): string | undefined {
  if (vocabulary === undefined || vocabulary.expanded.size === 0) return undefined;
  const attempt = context.sql_attempts.at(-1);
  if (attempt?.executed !== true || context.table_schemas.length === 0) return undefined;
  const shape = sqlShape(attempt.sql);
  if (!selectsEveryColumn(shape)) return undefined;
  const table = firstFromTable(shape.code);
  if (table === undefined) return undefined;
  const question = context.task.text;
  const words = withHeldAttributes((context.grounding ?? groundQuestion(context, vocabulary)).words, groundAttributes(context).held);
  // "What percentage of meter readings …": a word of the answer's form names nothing a table would have to hold.
  // "a bigger site area than the average project" answered by `area_ha > (SELECT AVG(area_ha) …)`: a comparative
  // before "than" is what the SQL's comparison carries, as the unaddressed check reads it.
  const compared = /[<>]|\bbetween\b/i.test(shape.code);
  const sentence = questionWords(question);
  const open = words.filter(
    (entry) =>
      entry.evidence === undefined &&
      !isFormWord(entry.word.text) &&
      // "faults with no engineer against them": a preposition relates the rows, it names nothing a table would hold.
      !PREPOSITION_SET.has(entry.word.text) &&
      !sqlReadsWord(entry.word.text, shape.roots) &&
      !namesClosely(entry.word, context.table_schemas) &&
      // "hauled more shipments" answered from SHPMT: the verb relates the rows to what the SQL reads (verb-of-read-object.ts).
      !verbOfReadObject(sentence, entry.word, words, shape.roots) &&
      !(compared && comparativeBase(entry.word.text) !== undefined && /^[\w\s-]*\bthan\b/i.test(question.slice(entry.word.offset + entry.word.text.length))),
  );
  if (open.length === 0) return undefined;
  return `nothing in ${context.task.namespace} (tables, columns, values, metrics or docs) matches ${listPhrases(ungroundedPhrases(question, open))}; the query lists every column of ${table}, so the data cannot answer this question`;
}
