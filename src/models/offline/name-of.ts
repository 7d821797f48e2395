import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { ColumnSchema, TableSchema } from '../../context/context-schema.js';
import { ref, type SelectItem } from './query-spec.js';
import { isTextColumn } from './schema-lookup.js';
import { singular } from './singular.js';
import { partsBeforeName } from './name-column-parts.js';
import { isPersonTable, personNameColumns } from './person-table.js';

/** Column-name parts for a description. */
export const DESCRIPTION_PARTS = /^(description|descr|desc)$/;

/**
 * "Which documents mention Korea?" asks which ones, and a row is told by its name: the table's own name column (or its
 * one column named for a name, the sellers' shop_name), if it has one, else, with `people`, a person's name ("Where is each chorister from?" over first and last names).
 */
export function nameOf(table: TableSchema, people = false): SelectItem[] {
  const own = singular(table.name.toLowerCase());
  // box_label of boxes, course_title of courses: the row's own label or title names it as its own name would.
  const column = table.columns.find((c) => /^(name|title)$/i.test(c.name) || c.name.toLowerCase() === `${own}_name`) ??
    table.columns.find((c) => isTextColumn(c) && (c.name.toLowerCase() === `${own}_label` || c.name.toLowerCase() === `${own}_title`)) ?? ownNameColumn(table, own) ?? onlyNameColumn(table) ?? onlyDescription(table);
  if (column) return [{ expr: ref(table.name, column.name) }];
  return people && isPersonTable(table) ? personNameColumns(table).map((name) => ({ expr: ref(table.name, name) })) : [];
}

/**
 * The text column named for the row itself in any naming style: siteName of sites, dma_nm of dim_dma, beside other
 * names the rows carry (clientName): its parts before the name word spell the table's singular name, or its last part.
 */
function ownNameColumn(table: TableSchema, own: string): ColumnSchema | undefined {
  const ownParts = splitIdentifier(own).map((part) => part.toLowerCase());
  const spells = (parts: readonly string[]): boolean => parts.length > 0 && (parts.join('') === ownParts.join('') || (parts.length === 1 && parts[0] === ownParts.at(-1)));
  const found = table.columns.filter((c) => isTextColumn(c) && spells((partsBeforeName(c.name) ?? []).map((part) => part.toLowerCase())));
  return found.length === 1 ? found[0] : undefined;
}

/** The one text column whose name ends in "name" or its short form ("shop_name" of sellers, "gym_nm"); none beside a person's name columns (LName, Fname). */
function onlyNameColumn(table: TableSchema): ColumnSchema | undefined {
  if (personNameColumns(table).length > 0) return undefined;
  const named = table.columns.filter((c) => isTextColumn(c) && partsBeforeName(c.name) !== undefined);
  return named.length === 1 ? named[0] : undefined;
}

/** itm_desc of an item table that has no name column: its one description tells the row, where no name does. */
function onlyDescription(table: TableSchema): ColumnSchema | undefined {
  if (personNameColumns(table).length > 0 || table.columns.some((c) => splitIdentifier(c.name).includes('name'))) return undefined;
  const described = table.columns.filter((c) => isTextColumn(c) && DESCRIPTION_PARTS.test(splitIdentifier(c.name).at(-1)?.toLowerCase() ?? ''));
  return described.length === 1 ? described[0] : undefined;
}
