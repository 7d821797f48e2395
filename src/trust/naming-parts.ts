import { splitIdentifier } from '../catalog/split-identifier.js';
import type { ColumnSchema } from '../context/context-schema.js';
import { isKeyColumn, isTextColumn } from '../models/offline/schema-lookup.js';

/** Name parts of a column that holds a person's name ("nm" is how short names write "name"). */
export const PERSON_NAME_PARTS = /^(name|names|nm|fullname|surname|forename|fname|lname|nickname)$/;

/** Name parts of a column that names its rows for a reader: a person's name, or a title or label. */
export const NAMING_PARTS = new RegExp(`^(${PERSON_NAME_PARTS.source.slice(2, -2)}|title|titles|label|labels)$`);

/** Words that ask for the key itself: "each student id", "the top 3 setter codes", "which airport codes". */
export const KEY_WORDS = /^(ids?|codes?|numbers?|nos?|refs?|references?|keys?|identifiers?)$/;

/** A text column, not a key, whose name says it names the table's rows for a reader (first_nm, title, roomName). */
export function isNamingColumn(column: ColumnSchema): boolean {
  return isTextColumn(column) && !isKeyColumn(column) && splitIdentifier(column.name).some((part) => NAMING_PARTS.test(part.toLowerCase()));
}
