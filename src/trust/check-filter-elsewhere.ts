import { splitIdentifier } from '../catalog/split-identifier.js';
import { bareName } from '../models/offline/bare-name.js';
import { wordRoot } from '../models/offline/word-root.js';
import type { TreeColumn } from '../sql-tree/outer-select-tree.js';
import type { AnswerCheckRule } from './answer-facts.js';
import { conditionColumns } from './condition-columns.js';
import { shownTables } from './shown-tables.js';
import { treeColumnSchema } from './tree-column-schema.js';

/**
 * "active pantries in Dayton or Springfield" answered by partner_agencies joined through distributions, warehouses and
 * donations to donors WHERE donors.city IN ('Dayton', 'Springfield'): the rows listed have a city of their own, and
 * the SQL held another table's city, one the question never names, to the place. The place was the pantries'.
 */
export const checkFilterElsewhere: AnswerCheckRule = ({ tree, context, analysis }) => {
  if (!tree || tree.tables.length < 2) return undefined;
  const resolve = (ref: TreeColumn) => treeColumnSchema(tree, context.table_schemas, ref);
  const shown = shownTables(tree, context.table_schemas);
  if (shown.size === 0) return undefined;
  const questionRoots = new Set(analysis.words.map((word) => wordRoot(word.text)));
  const conditions = conditionColumns(tree);
  for (const [column, refs] of conditions) {
    for (const ref of refs) {
      const held = resolve(ref);
      if (!held || shown.has(held.table)) continue;
      const own = [...shown].find((table) => table.columns.some((c) => c.name.toLowerCase() === column) && !(conditions.get(column) ?? []).some((other) => resolve(other)?.table === table));
      if (!own) continue;
      const heldName = bareName(held.table.name);
      if (splitIdentifier(heldName).some((part) => questionRoots.has(wordRoot(part)))) continue;
      return {
        name: 'filter_elsewhere',
        passed: false,
        detail: `the SQL holds ${heldName}.${held.column.name} to a value, a table the question never names, while ${bareName(own.name)}, whose rows it shows, has a ${held.column.name} of its own`,
      };
    }
  }
  return undefined;
};
