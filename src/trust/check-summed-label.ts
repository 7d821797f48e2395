import { splitIdentifier } from '../catalog/split-identifier.js';
import { listedExpansion } from '../lexicon/listed-short-forms.js';
import { isKeyColumn } from '../models/offline/schema-lookup.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { findTable } from '../models/offline/schema-lookup.js';

/** The last word of a name that makes the column a label of something ("screen_no", "flight_number"), not an amount. */
const LABEL_WORDS = new Set(['number', 'code', 'id', 'key']);

const ADDED = /\b(sum|avg)\s*\(\s*(?:distinct\s+)?(?:"?([a-z_][a-z0-9_]*)"?\s*\.\s*)?"?([a-z_][a-z0-9_]*)"?\s*\)/g;

/**
 * "How many screens does the Old Market cinema have?" answered by SUM(screenings.screen_no): a column named
 * "<thing> number" or "<thing> code" labels a row (screen 3), and adding or averaging labels gives no amount.
 * Keys are labels too. Read from the column's own name, in the schema's naming conventions.
 */
export const checkSummedLabel: AnswerCheckRule = ({ sql, context }) => {
  for (const [, call, qualifier, name] of sql.code.matchAll(ADDED)) {
    const tables = qualifier ? [findTable(context.table_schemas, qualifier)].filter((t) => t !== undefined) : [];
    const column = (tables.length > 0 ? tables : context.table_schemas).flatMap((table) => table.columns).find((c) => c.name.toLowerCase() === name);
    if (!column) continue;
    const parts = splitIdentifier(column.name).map((part) => part.toLowerCase());
    const last = parts.at(-1)!;
    const labels = isKeyColumn(column) || (parts.length >= 2 && LABEL_WORDS.has(listedExpansion(last) ?? last));
    if (labels) {
      const verb = call === 'sum' ? 'adds up' : 'averages';
      return { name: 'summed_label', passed: false, detail: `the SQL ${verb} ${column.name}, a number that labels a row rather than an amount` };
    }
  }
  return undefined;
};
