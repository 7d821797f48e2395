import type { TableSchema } from '../context/context-schema.js';
import type { QuestionWord } from '../models/offline/question-words.js';

/** A code of letters and digits as a key stores it: "PL250002", "INV-2291"; both letters and digits. */
const CODE = /^(?=[A-Za-z0-9-]*[A-Za-z])(?=[A-Za-z0-9-]*\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

/** The shape of a code: its letters as written, each run of digits by its length ("PL250002" → PL + six digits). */
const shapeOf = (code: string): string => code.toUpperCase().replace(/\d+/g, (digits) => `#${digits.length}`);

/**
 * "What was pledged under ticket PL250002?" where tblPledge.pledgeNo stores 'PL250001', 'PL250003' …: the noun written
 * right before a code of letters and digits names the kind of thing the code identifies, and a key column of a linked
 * table whose sample values have the code's shape (the same letters, runs of digits as long) holds such codes, so the
 * noun is the rows that column identifies, whatever the schema calls them. "under ticket XZ-99", a shape no key stores,
 * still names nothing.
 */
export function codeKindNoun(question: string, words: readonly QuestionWord[], word: QuestionWord, tables: readonly TableSchema[]): boolean {
  const next = words[word.index + 1];
  if (!next || word.clauseEnd || !/^[a-z]{3,}$/.test(word.text)) return false;
  const written = question.slice(next.offset).match(/^[A-Za-z0-9-]+/)?.[0];
  if (written === undefined || !CODE.test(written)) return false;
  const shape = shapeOf(written);
  return tables.some((table) =>
    table.columns.some((column, at) => {
      if (!column.primary_key && !/(?:no|num|number|id|ref|code|cd)$/i.test(column.name)) return false;
      const values = table.sample_rows.map((row) => row[at]).filter((cell): cell is string => typeof cell === 'string');
      return values.length > 0 && values.every((value) => CODE.test(value) && shapeOf(value) === shape);
    }),
  );
}
