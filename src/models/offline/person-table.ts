import type { TableSchema } from '../../context/context-schema.js';
import { bareName } from './bare-name.js';
import { findTable } from './schema-lookup.js';

/** Columns that hold a person's name: first and last name, a full name, a surname. */
const PERSON_NAME = /^(first_?(name|nm)|last_?(name|nm)|full_?(name|nm)|surname|given_?name|family_?name|fname|lname)$/i;

/** Whether the table's rows are people: it names them as people are named. */
export function isPersonTable(table: TableSchema): boolean {
  return table.columns.some((column) => PERSON_NAME.test(column.name));
}

/**
 * "Who served the most checks?": the people the measured rows point at, a table of people that `measured` refers to
 * by a foreign key. Undefined when the measured rows are people themselves or point at no one.
 */
export function personTable(schemas: readonly TableSchema[], measured: string): TableSchema | undefined {
  const table = findTable(schemas, measured);
  if (!table || isPersonTable(table)) return undefined;
  for (const column of table.columns) {
    const target = column.references ? findTable(schemas, column.references.split('.').slice(0, -1).join('.')) : undefined;
    if (target && bareName(target.name) !== bareName(table.name) && isPersonTable(target)) return target;
  }
  return undefined;
}

/** The columns that name a person: a full name alone when there is one, else the first and last names. */
export function personNameColumns(table: TableSchema): string[] {
  const full = table.columns.find((column) => /^full_?(name|nm)$/i.test(column.name));
  if (full) return [full.name];
  return table.columns.filter((column) => PERSON_NAME.test(column.name)).map((column) => column.name);
}
