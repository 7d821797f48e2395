import { splitIdentifier } from '../catalog/split-identifier.js';
import type { Context } from '../context/context-schema.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { wordRoot } from '../models/offline/word-root.js';
import { codeGlossRoots } from './code-glosses.js';
import { firstFromTable } from './first-from-table.js';

/**
 * Whether a counted noun that only a comment or doc uses ("How many representations in support came in?", "How many
 * advertisement consents were granted?") is what the counted table's rows are: the text that uses it is about that
 * table: the first sentence of the table's own comment, or of a doc passage whose heading names the table ("## app_comments"
 * opening "Representations received on an application."). That sentence says what the rows are called; a word a column's
 * comment uses in passing ("Number or code shown on the vehicle and at stops" of routes) names something else, and so
 * does a passage about another table. A word a column's comment glosses one of its codes with names a kind of the rows.
 */
export function describesCountedTable(context: Context, counted: QuestionWord, sql: string): boolean {
  const table = firstFromTable(sql);
  if (table === undefined) return false;
  const bare = table.split('.').at(-1)!.replace(/"/g, '').toLowerCase();
  const forms = new Set([counted.text, counted.stem, wordRoot(counted.text)]);
  const uses = (text: string) => questionWords(text).some((word) => forms.has(word.text) || forms.has(word.stem) || forms.has(wordRoot(word.text)));
  const schema = context.table_schemas.find((candidate) => candidate.name.split('.').at(-1)!.replace(/"/g, '').toLowerCase() === bare);
  if (schema && uses(firstSentence(schema.comment ?? ''))) return true;
  // "How many councils …" over clients where client_type's comment glosses LA "local authority (council)": rows of a kind a code of the table stands for.
  if (schema && codeGlossRoots([schema]).has(wordRoot(counted.text))) return true;
  const namesTable = (heading: string) => heading.toLowerCase().split(/[^a-z0-9_]+/).includes(bare) || splitIdentifier(heading).join('_') === bare;
  return context.doc_passages.some((passage) => namesTable(passage.heading) && uses(firstSentence(passage.text)));
}

/** The text up to its first full stop: what a table's comment or doc passage says its rows are. */
const firstSentence = (text: string): string => /^[\s\S]*?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text;
