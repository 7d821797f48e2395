import { splitIdentifier } from '../../catalog/split-identifier.js';
import type { TableSchema } from '../../context/context-schema.js';
import { nameOf } from './name-of.js';
import { ref, type SelectItem } from './query-spec.js';
import { isTextColumn } from './schema-lookup.js';

/** Last name parts of a key people quote (unit_no, reg_no, prod_cd, bkg_ref), not a surrogate id. */
const QUOTED_KEY_PARTS = /^(no|num|nbr|number|code|cd|ref|reg|registration)$/;

/**
 * What tells a listed row: its name (nameOf), else the key people quote for it ("the units with their size" over a unit
 * table keyed by unit_no and named by nothing else); none for a surrogate id.
 */
export function nameOrKey(table: TableSchema): SelectItem[] {
  const names = nameOf(table, true);
  if (names.length > 0) return names;
  const keys = table.columns.filter((c) => c.primary_key);
  if (keys.length !== 1) return [];
  const key = keys[0]!;
  const last = splitIdentifier(key.name).at(-1)?.toLowerCase() ?? '';
  return QUOTED_KEY_PARTS.test(last) || (isTextColumn(key) && last !== 'id') ? [{ expr: ref(table.name, key.name) }] : [];
}
