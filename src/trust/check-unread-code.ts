import { wordSkeletons } from '../catalog/skeleton-codes.js';
import { bareName } from '../models/offline/bare-name.js';
import { unaddressedPhrases } from '../models/offline/unaddressed-phrases.js';
import { columnsUnder } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { readTableSchemas } from './read-table-schemas.js';

/** A stored code: three capitals or more, no vowel after the first ('CNF', 'CXL'); 'NS' could be anything. */
const CODE = /^[A-Z][B-DF-HJ-NP-TV-Z]{2,}$/;

/**
 * "revenue from confirmed bookings" answered with no condition on bkg_status, whose sample rows store 'CNF': the
 * reflection found nothing that accounts for the word, yet a column of a table the SQL reads stores a code that
 * opens the word's consonant skeleton (cnfrmd), the way code lists shorten words, and the SQL does not read that
 * column. Only when the codes of one column fit.
 */
export const checkUnreadCode: AnswerCheckRule = ({ tree, context, attempt }) => {
  if (!tree || tree.tables.length === 0) return undefined;
  const readTables = readTableSchemas(tree.tables, context);
  if (readTables.every((table) => table.sample_rows.length === 0)) return undefined;
  const readNames = new Set(columnsUnder(tree.clauses).map((ref) => ref.column));
  const words = new Set(unaddressedPhrases(context, attempt.sql).flatMap((phrase) => phrase.phrase.split(' ')).filter((word) => /^[a-z]{5,}$/.test(word)));
  for (const word of words) {
    const skeletons = wordSkeletons(word);
    if (skeletons.length === 0) continue;
    const found = readTables.flatMap((table) =>
      table.columns.flatMap((column, at) => {
        const codes = new Set(table.sample_rows.map((row) => row[at]).filter((value): value is string => typeof value === 'string' && CODE.test(value)));
        const fits = [...codes].filter((code) => skeletons.some((skeleton) => skeleton.startsWith(code.toLowerCase())));
        return fits.length === 1 ? [{ table, column, code: fits[0]! }] : [];
      }),
    );
    if (found.length !== 1 || readNames.has(found[0]!.column.name.toLowerCase())) continue;
    const { table, column, code } = found[0]!;
    return {
      name: 'unread_code',
      passed: false,
      detail: `the question says "${word}", which ${bareName(table.name)}.${column.name} may store as '${code}', but the SQL does not read it`,
    };
  }
  return undefined;
};
