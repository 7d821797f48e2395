import { escapeRegExp } from '../models/offline/escape-reg-exp.js';

/** Whether the SQL (lower-case code) names the column anywhere, bare or quoted. */
export function readsColumn(code: string, column: string): boolean {
  return new RegExp(`(?<![a-z0-9_])"?${escapeRegExp(column.toLowerCase())}"?(?![a-z0-9_])`).test(code);
}

/** Whether the SQL shows every column of the table: `SELECT *`, `SELECT DISTINCT *` or `table.*`. */
export function showsEveryColumn(code: string, table: string): boolean {
  // Most SQL has no star but COUNT(*)'s: then no table's pattern can match, and none need be built.
  if (!ANY_STAR.test(code)) return false;
  return new RegExp(`(^|[^a-z0-9_])"?${escapeRegExp(table.toLowerCase())}"?\\s*\\.\\s*\\*|select\\s+(distinct\\s+)?\\*`).test(code);
}

/** What every pattern of showsEveryColumn needs: a star after a dot, or right after SELECT. */
const ANY_STAR = /\.\s*\*|select\s+(distinct\s+)?\*/;
