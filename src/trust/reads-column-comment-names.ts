import type { TableSchema } from '../context/context-schema.js';
import { columnPhrases } from '../models/offline/column-comment-mentions.js';
import { escapeRegExp } from '../models/offline/escape-reg-exp.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/** "How much energy …" answered by SUM(kwh_generated), commented 'Energy generated in the month': the SQL reads the column whose comment opens by naming the word. */
export function readsColumnCommentNames(word: QuestionWord, sql: string, tables: readonly TableSchema[]): boolean {
  const lower = sql.toLowerCase();
  return columnPhrases(tables).some((phrase) => phrase.stems.includes(word.stem) && new RegExp(`\\b${escapeRegExp(phrase.column.toLowerCase())}\\b`).test(lower));
}
