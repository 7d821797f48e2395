import type { CatalogTable } from '../connectors/connector.js';
import type { CatalogIndex } from './build-catalog-index.js';
import type { ColumnValues } from './build-value-lookup.js';
import type { LinkedTable } from './link-schema.js';
import { manyValuedColumns } from './probe-named-values.js';
import { walkForeignKeys } from './walk-foreign-keys.js';

/** Many-valued text columns of tables the linking left out, probed per question once the linked ones hold nothing. */
const MAX_COLUMNS = 6;
/** Foreign-key steps from a linked table: a name further off filters nothing the linked rows can reach. */
const MAX_STEPS = 3;
/** Tables cheap to scan whatever the load (as probe-named-values.ts takes them); a bigger one waits for the linker to name it. */
const SMALL_TABLE_ROWS = 50_000;

/**
 * "What did Rees Taxis Ltd spend with us on repairs?": no word names the customers, so the linker leaves their table
 * out, and their names, too many for the catalog to keep, are never looked at. The tables the linked ones reach by
 * foreign keys (nearest first, at most MAX_STEPS away, small ones only) are where such a name may be stored: their
 * many-valued text columns, a key or name first, as probe-named-values.ts orders a linked table's.
 */
export function unlinkedNameColumns(
  index: CatalogIndex,
  linked: readonly LinkedTable[],
  probed: ReadonlySet<string>,
  known: readonly ColumnValues[],
): { table: CatalogTable; column: string }[] {
  const starts = linked.map(({ table }) => index.positions.get(table.name.toLowerCase())).filter((position): position is number => position !== undefined);
  const reached: CatalogTable[] = [];
  walkForeignKeys(
    starts,
    (position) => position,
    (position) => [...(index.neighbours.get(position) ?? [])].sort((a, b) => a - b),
    (position) => {
      const table = index.tables[position]!;
      if (table.row_count > 0 && table.row_count <= SMALL_TABLE_ROWS) reached.push(table);
      return true;
    },
    { maxSteps: MAX_STEPS },
  );
  return manyValuedColumns(reached.map((table) => ({ table })), probed, known, MAX_COLUMNS);
}
