import { bareName } from '../models/offline/bare-name.js';
import { questionWords } from '../models/offline/question-words.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { ASKS_ROWS } from './check-every-column.js';
import { LISTING_VERBS } from './check-key-for-name.js';
import { isNamingColumn } from './naming-parts.js';

/** The select list opens with every column, of one table (`t.*`, its qualifier) or of the whole FROM (`*`). */
const STAR = /^\s*select\s+(?:distinct\s+)?(?:"?([a-z_][a-z0-9_]*)"?\s*\.\s*)?\*/;

/**
 * "List the members from Redmoor High." answered by `SELECT * FROM members WHERE …`: a listing asks which rows, and a
 * table with a column that names its rows (name, title, label, `_nm`) tells them by it; every column of the row is
 * more than the question asked for, and not the answer it asked; a single row shown whole is its record. A listing of rows as they are ("Show the rows of …",
 * "… with their details / records / information", "List all customers from California") asks for every column, and a table with nothing that names its rows
 * (collections told apart by coll_id) has no shorter answer; both are left alone, as is an empty answer.
 */
export const checkListingEveryColumn: AnswerCheckRule = ({ question, sql, tree, context, attempt }) => {
  // One row shown whole is the record asked for ("Show the customer with email …").
  if (!sql.everyColumn || !tree || attempt.row_count <= 1 || ASKS_ROWS.test(question)) return undefined;
  const words = questionWords(question);
  const opener = words[0]?.text === 'please' ? words[1] : words[0];
  if (!opener || !LISTING_VERBS.has(opener.text) || opener.clauseEnd) return undefined;
  // "List all customers from California": "all" asks for the rows as they are (the demo's first question).
  const after = words[opener.index + 1]?.text === 'me' ? words[opener.index + 2] : words[opener.index + 1];
  if (after?.text === 'all') return undefined;
  const star = STAR.exec(sql.code);
  if (!star) return undefined;
  const owner = star[1];
  const starred = owner ? tree.tables.filter((entry) => entry.alias === owner || entry.name === owner) : tree.tables;
  for (const entry of starred) {
    const table = context.table_schemas.find((schema) => bareName(schema.name).toLowerCase() === entry.name);
    if (!table) continue;
    const naming = table.columns.filter(isNamingColumn);
    if (naming.length === 0) continue;
    return {
      name: 'listing_every_column',
      passed: false,
      detail: `the question lists ${table.name} rows, which ${naming.map((column) => column.name).join(' and ')} name${naming.length === 1 ? 's' : ''}, but the answer shows every column (${attempt.columns.length})`,
    };
  }
  return undefined;
};
