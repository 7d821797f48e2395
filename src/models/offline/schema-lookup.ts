import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import { singular } from './singular.js';
import { identifierParts, splitIdentifier } from '../../catalog/split-identifier.js';
import { NAME_ABBREVIATIONS } from '../../lexicon/name-abbreviations.js';

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

/** The columns that name a row for people: `name` (or text named as the table: airlines.airline), else first and last name, else the primary key. */
export function labelColumns(table: TableSchema): ColumnSchema[] {
  const named = table.columns.find(
    (c) =>
      /^(name|title|label)$/i.test(c.name) ||
      c.name.toLowerCase() === `${singular(table.name)}_name` ||
      isOwnName(c, table) ||
      (c.name.toLowerCase() === singular(table.name) && !c.primary_key && isTextColumn(c)),
  );
  if (named) return [named];
  const first = table.columns.find((c) => /^first_?name$/i.test(c.name));
  const last = table.columns.find((c) => /^last_?name$/i.test(c.name));
  const key = primaryKey(table);
  if (first && last) return key ? [key, first, last] : [first, last];
  const anyName = table.columns.find((c) => (/name$/i.test(c.name) || isNamePart(identifierParts(c.name).at(-1))) && isTextColumn(c));
  if (anyName) return key ? [key, anyName] : [anyName];
  return key ? [key] : table.columns.slice(0, 1);
}

/** "name", or a short form the usual abbreviations read as it: clnt_nm, CUST_NME. */
const isNamePart = (part: string | undefined): boolean => part === 'name' || (part !== undefined && Object.hasOwn(NAME_ABBREVIATIONS, part) && NAME_ABBREVIATIONS[part] === 'name');

/** companyName of clientCompany, customer_name of customers: the table's last words before "name", so the row's own name. */
function isOwnName(column: ColumnSchema, table: TableSchema): boolean {
  if (!isTextColumn(column)) return false;
  const parts = splitIdentifier(column.name);
  if (parts.length < 2 || !isNamePart(parts.at(-1))) return false;
  const head = parts.slice(0, -1).map((part) => singular(part));
  const tableParts = splitIdentifier((table.name.split('.').at(-1) ?? table.name).replace(/"/g, '')).map((part) => singular(part));
  return head.length <= tableParts.length && head.every((part, i) => part === tableParts[tableParts.length - head.length + i]);
}
