import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import { singular } from './singular.js';
import { splitIdentifier } from '../../catalog/split-identifier.js';
import { partsBeforeName } from './name-column-parts.js';
import { shortens } from './shortens.js';

export function findTable(tables: readonly TableSchema[], name: string): TableSchema | undefined {
  const wanted = bareName(name);
  return tables.find((table) => bareName(table.name) === wanted);
}

export function findColumn(table: TableSchema, name: string): ColumnSchema | undefined {
  const wanted = name.toLowerCase();
  return table.columns.find((column) => column.name.toLowerCase() === wanted);
}

export function isDateColumn(column: ColumnSchema): boolean {
  if (column.type.trim() === '') return /(_date|_at|_on|^date)$/i.test(column.name);
  return /^(date|timestamp)/i.test(column.type);
}

export function isNumericColumn(column: ColumnSchema): boolean {
  return /^(tinyint|smallint|integer|int|bigint|hugeint|ubigint|uinteger|usmallint|utinyint|decimal|numeric|double|float|real)/i.test(column.type);
}

export function isTextColumn(column: ColumnSchema): boolean {
  return /^(varchar|text|string|char|enum)/i.test(column.type);
}

export function isKeyColumn(column: ColumnSchema): boolean {
  return column.primary_key || column.references !== undefined || /(^id$|_id$)/i.test(column.name);
}

/** A numeric column that holds a quantity worth adding up, not a key, a code or a calendar year (yearsExperience is a quantity). */
export function isMeasureColumn(column: ColumnSchema): boolean {
  return isNumericColumn(column) && !isKeyColumn(column) && !/(year(?!s)|zip|postal|phone|code)/i.test(column.name);
}

export function primaryKey(table: TableSchema): ColumnSchema | undefined {
  return table.columns.find((column) => column.primary_key) ?? table.columns.find((column) => /^id$/i.test(column.name));
}

/** Words before "name" that say it is the whole of the row's own name (full_name, display_name), not a part of it. */
const WHOLE_NAME = /^(full|display)$/i;

/** The columns that name a row for people: `name` or `full_name` (or text named as the table: airlines.airline), else first and last name, else the primary key. */
export function labelColumns(table: TableSchema): ColumnSchema[] {
  const named = table.columns.find(
    (c) =>
      /^(name|title|label)$/i.test(c.name) ||
      (isTextColumn(c) && partsBeforeName(c.name)?.every((part) => WHOLE_NAME.test(part)) === true) ||
      c.name.toLowerCase() === `${singular(table.name)}_name` ||
      isOwnName(c, table) ||
      (c.name.toLowerCase() === singular(table.name) && !c.primary_key && isTextColumn(c)),
  );
  if (named) return [named];
  const first = table.columns.find((c) => /^first_?name$/i.test(c.name));
  const last = table.columns.find((c) => /^last_?name$/i.test(c.name));
  const key = primaryKey(table);
  if (first && last) return key ? [key, first, last] : [first, last];
  const anyName = table.columns.find((c) => (/name$/i.test(c.name) || partsBeforeName(c.name) !== undefined) && isTextColumn(c));
  if (anyName) return key ? [key, anyName] : [anyName];
  return key ? [key] : table.columns.slice(0, 1);
}

/**
 * companyName of clientCompany, customer_name of customers, gym_nm of gym, lg_nm of league: the table's last words
 * (or their short forms) before "name" (or its short form), so the row's own name.
 */
function isOwnName(column: ColumnSchema, table: TableSchema): boolean {
  if (!isTextColumn(column)) return false;
  const head = partsBeforeName(column.name);
  if (head === undefined || head.length === 0) return false;
  const tableParts = splitIdentifier((table.name.split('.').at(-1) ?? table.name).replace(/"/g, '')).map((part) => singular(part));
  if (head.length > tableParts.length) return false;
  return head.every((part, i) => {
    const word = tableParts[tableParts.length - head.length + i]!;
    return singular(part) === word || shortens(part, word);
  });
}
