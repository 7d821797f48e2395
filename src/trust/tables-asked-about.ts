import type { Context, TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { FILLER_WORDS } from '../models/offline/question-vocabulary.js';
import { questionWords, type QuestionWord } from '../models/offline/question-words.js';
import { meetsNames } from './names-closely.js';
import { linksToNames } from './ground-attributes.js';
import { evidenceOf, namesRoots } from './evidence-roots.js';
import { readsTable } from './reads-table.js';
import { sqlShape } from './sql-shape.js';
import { nameWordsAndRoots } from '../models/offline/name-words-and-roots.js';

/**
 * The linked tables a question is about: those its words name ("patients") or hold a value it names, those its SQL
 * reads, and a table joined to one of them that another of its words links to ("When was the book borrowed?" → the
 * loans of books), linked or among `unlinked` (the catalog's other tables). Tables linked only as join partners nobody named are not among them. When the question names no
 * table, every linked table: the SQL's choice alone may be a guess. `asked` is the phrase asking for the kind of answer
 * ("How long"), whose words name no table.
 */
export function tablesAskedAbout(context: Context, sql: string | undefined, asked = '', unlinked: readonly TableSchema[] = []): TableSchema[] {
  const tables = context.table_schemas;
  const words = questionWords(context.task.text).filter((word) => word.text.length > 2);
  const code = sql === undefined ? '' : sqlShape(sql).code;
  const valued = new Set(context.matched_values.map((match) => bareName(match.table)));
  const named = tables.filter((table) => valued.has(bareName(table.name)) || words.some((word) => namesTable(word, table, tables)));
  if (named.length === 0) return [...tables];
  const about = tables.filter((table) => named.includes(table) || readsTable(code, bareName(table.name)));
  const askedWords = new Set(questionWords(asked).map((word) => word.text));
  const open = words.filter((word) => !askedWords.has(word.text) && !FILLER_WORDS.has(word.text) && !FILLER_WORDS.has(word.stem) && !linksToNames(word, about, true));
  const joined = [...tables, ...unlinked].filter((table) => !about.includes(table) && about.some((other) => joins(table, other)) && open.some((word) => linksToNames(word, [table], true)));
  return [...about, ...joined];
}

/**
 * Whether the word names the table: by its name, or through a WordNet relative only when it names no linked table by
 * its own name ("tenant" names tenancies, so it does not also name landlords as a tenant's relative).
 */
function namesTable(word: QuestionWord, table: TableSchema, tables: readonly TableSchema[]): boolean {
  if (evidenceOf(word, namesRoots({ table: [table.name] })) !== 'table') return false;
  const own = (other: TableSchema) => meetsNames(word, nameWordsAndRoots(other.name));
  return own(table) || !tables.some(own);
}

/** Whether a key of one table references the other, either way. */
function joins(a: TableSchema, b: TableSchema): boolean {
  const refers = (from: TableSchema, to: TableSchema) => from.columns.some((column) => column.references !== undefined && bareName(column.references.split('.').slice(0, -1).join('.')) === bareName(to.name));
  return refers(a, b) || refers(b, a);
}
