import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context } from '../context/context-schema.js';
import { wordSimilarity } from '../lexicon/word-vectors.js';
import type { QuestionWord } from '../models/offline/question-words.js';
import { endsWithObject } from './ends-with-object.js';

/** How near in meaning an object must come to a column's word to be taken for it ("dogs" and pets .72, "nuts" and diet .40). */
const NEAR = 0.6;

/**
 * Whether the object a do-question ends on ("Do any boats allow dogs?") comes near in meaning to a word of a linked
 * column's name (`pets_ok`): the data may hold it under a wider name, which no dictionary link says, so it is no sign
 * the data lacks it. Read only for a do-question's last word that links to nothing.
 */
export function objectNearColumn(context: Context, question: string, word: QuestionWord): boolean {
  if (/\w/.test(question.slice(word.offset + word.text.length)) || !endsWithObject(question, word)) return false;
  return nearLinkedColumn(context, word);
}

/** Whether the word comes near in meaning to a word of a linked column's name ("dogs" and pets_ok), other than the columns `besides`. */
export function nearLinkedColumn(context: Context, word: QuestionWord, besides: readonly { name: string }[] = []): boolean {
  const left = new Set(besides.map((column) => column.name));
  const parts = new Set(context.table_schemas.flatMap((table) => table.columns.filter((column) => !left.has(column.name)).flatMap((column) => splitIdentifier(column.name))));
  return [...parts].some((part) => part.length > 2 && (wordSimilarity(word.text, part) ?? 0) >= NEAR);
}
