import type { CatalogTable, Connector } from '../connectors/connector.js';
import { wordTable } from '../own-entry.js';
import type { ColumnValues } from './build-value-lookup.js';
import { quoteIdentifier } from './quote-identifier.js';
import { splitIdentifier } from './split-identifier.js';

/** A code table is small: its rows are read whole. */
const MAX_CODE_ROWS = 2_000;
/** Codes are short ("A", "X", "SD", "N30"): a column of longer values stores words, not codes. */
const MAX_CODE_LENGTH = 4;
const MAX_CODES = 40;

const DESCRIPTION_WORDS = new Set(['description', 'meaning', 'label', 'text', 'desc', 'descr', 'dscr']);
const CODE_WORDS = new Set(['code', 'value', 'cd', 'cde', 'val']);
/** A code table's list-name column (cd_typ, cd_domain, lov_set): the name of a list, not a kind of row (kind-name-parts.ts). */
const TYPE_WORDS = new Set(['type', 'typ', 'tp', 'category', 'cat', 'group', 'grp', 'domain', 'set', 'kind', 'list']);

interface CodeTable {
  table: CatalogTable;
  type: string;
  code: string;
  description: string;
}

const isText = (type: string): boolean => /CHAR|TEXT|STRING/i.test(type);

/**
 * A table of several code lists (cd_typ, cd_val, cd_desc): text columns whose names end in a type, a code and a
 * description word. A table of one list (a status table a key points to) is joined to, not read here.
 */
function codeTable(table: CatalogTable): CodeTable | undefined {
  if (table.row_count === 0 || table.row_count > MAX_CODE_ROWS) return undefined;
  const text = table.columns.filter((column) => isText(column.type));
  const endingIn = (words: ReadonlySet<string>) => text.find((column) => words.has(splitIdentifier(column.name).at(-1) ?? ''));
  const [type, code, description] = [endingIn(TYPE_WORDS), endingIn(CODE_WORDS), endingIn(DESCRIPTION_WORDS)];
  if (!type || !code || !description) return undefined;
  return { table, type: type.name, code: code.name, description: description.name };
}

/**
 * The words for a coded column's values that a code table holds (ord_hdr.stat_cd 'X' → "Cancelled", where
 * code_tbl has cd_typ 'ORD_STAT', cd_val 'X', cd_desc 'Cancelled'): for each collected column of short codes, the
 * code list that holds every one of its codes and whose list name shares the most words with the column's table and
 * name (one clear best). Adds the descriptions to those columns' values, and drops the code
 * table's own description column from them, so a question's "cancelled" names the coded column's value.
 */
export async function describeCodedValues(connector: Connector, tables: readonly CatalogTable[], values: ColumnValues[], timeoutMs?: number): Promise<void> {
  for (const found of tables.map(codeTable)) {
    if (!found) continue;
    const columns = [found.type, found.code, found.description].map((name) => quoteIdentifier(name, connector.dialect));
    let rows: unknown[][];
    try {
      rows = (await connector.execute(`SELECT ${columns.join(', ')} FROM ${quoteIdentifier(found.table.name, connector.dialect)}`, { maxRows: MAX_CODE_ROWS, timeoutMs })).rows;
    } catch {
      continue;
    }
    const lists = new Map<string, Map<string, string>>();
    for (const row of rows) {
      const [list, code, description] = row.map(String);
      if (!lists.has(list!)) lists.set(list!, new Map());
      lists.get(list!)!.set(code!, description!);
    }
    let used = false;
    for (const set of values) {
      if (set.table === found.table.name || set.values.length === 0 || set.values.length > MAX_CODES || set.values.some((value) => value.length > MAX_CODE_LENGTH)) continue;
      const own = new Set([...splitIdentifier(set.table), ...splitIdentifier(set.column)]);
      const scored = [...lists].filter(([, codes]) => set.values.every((value) => codes.has(value))).map(([list, codes]) => ({ codes, score: splitIdentifier(list).filter((word) => own.has(word)).length }));
      scored.sort((a, b) => b.score - a.score);
      const best = scored[0];
      if (!best || best.score === 0 || (scored[1] && scored[1].score === best.score)) continue;
      set.descriptions = wordTable(Object.fromEntries(set.values.map((value) => [value, best.codes.get(value)!])));
      used = true;
    }
    if (used) {
      const at = values.findIndex((set) => set.table === found.table.name && set.column === found.description);
      if (at >= 0) values.splice(at, 1);
    }
  }
}
