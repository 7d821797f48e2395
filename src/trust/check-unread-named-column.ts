import { splitIdentifier, writtenWords } from '../catalog/split-identifier.js';
import type { ColumnSchema, TableSchema } from '../context/context-schema.js';
import { inflectionBases } from '../lexicon/derived-forms.js';
import { bareName } from '../models/offline/bare-name.js';
import { shortens } from '../models/offline/shortens.js';
import { unaddressedPhrases } from '../models/offline/unaddressed-phrases.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readTableSchemas } from './read-table-schemas.js';

/**
 * "the total amount still unpaid on bills …" answered with no condition on bill.pd_dt, "the businesses that failed
 * their inspection" with none on the Result column that stores 'Fail', "jobs delivered after their due date" with
 * none on dlvd_dt: the reflection found nothing that accounts for the word, yet a table the SQL reads has a column
 * named after it (the word, its dictionary form, the word a negating "un" is put before, or a short form that keeps
 * its first and last letters and drops the vowels) or stores it as a value, and the SQL reads no such column.
 */
export const checkUnreadNamedColumn: AnswerCheckRule = ({ tree, context, attempt }) => {
  if (!tree || tree.tables.length === 0) return undefined;
  const readTables = readTableSchemas(tree.tables, context);
  if (readTables.length === 0) return undefined;
  const readNames = new Set(columnsUnder(tree.clauses).map((ref) => ref.column));
  const words = new Set(unaddressedPhrases(context, attempt.sql).flatMap((phrase) => phrase.phrase.split(' ')).filter((word) => /^[a-z]{4,}$/.test(word)));
  for (const word of words) {
    const forms = wordForms(word);
    const named = readTables.flatMap((table) => table.columns.filter((column) => namesWord(table, column, forms)).map((column) => ({ table, column })));
    if (named.length === 0 || named.some(({ column }) => readNames.has(column.name.toLowerCase()))) continue;
    const shown = named.map(({ table, column }) => `${bareName(table.name)}.${column.name}`);
    const what = shown.length === 1 ? `${shown[0]} records` : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)} record`;
    return { name: 'unread_named_column', passed: false, detail: `the question says "${word}", which ${what}, but the SQL does not read ${shown.length === 1 ? 'it' : 'them'}` };
  }
  return undefined;
};

/** The word, its dictionary forms, and the same for the word a negating "un" stands before ("unpaid" → paid, pay). */
function wordForms(word: string): Set<string> {
  const forms = new Set([word, ...inflectionBases(word)]);
  if (word.startsWith('un') && word.length >= 6) for (const form of [word.slice(2), ...inflectionBases(word.slice(2))]) forms.add(form);
  return forms;
}

/**
 * "pd" for paid, "dlvd" for delivered: the word's first and last letters with consonants of it between, no vowel,
 * the second letter the word's first consonant after its first letter ("amt" keeps amount's m, not agreement's g).
 */
const SKELETON = { consonants: true, keepsLast: true, firstConsonant: true } as const;

function namesWord(table: TableSchema, column: ColumnSchema, forms: ReadonlySet<string>): boolean {
  // clnt_id in clnt names the table's own rows ("clients"), not a state of them.
  const tableParts = new Set(partsOf(bareName(table.name)));
  const parts = partsOf(column.name).filter((part) => !tableParts.has(part));
  for (const part of parts) for (const form of forms) if (part === form || shortens(part, form, SKELETON)) return true;
  const at = table.columns.indexOf(column);
  return table.sample_rows.some((row) => {
    const value = row[at];
    return typeof value === 'string' && forms.has(value.toLowerCase());
  });
}

function partsOf(name: string): string[] {
  return [...new Set([...writtenWords(name), ...splitIdentifier(name)].map((part) => part.toLowerCase()))];
}
