import type { TreeNode } from '../sql-tree/statement-tree.js';
import { statementShape } from '../sql-tree/statement-shape.js';

/**
 * The SQL's shape as the post-execution decline weighs it, read from its parse tree (statementShape): every column, a
 * filter, a join, an aggregate, a grouping; all zero when the SQL did not parse. bench/abstention/sql-shapes.mjs reads
 * the fit's from here too, so the fit and run time cannot read a shape two ways.
 */
export function sqlShapeFeatures(statement: TreeNode | undefined): Record<string, number> {
  const shape = statement ? statementShape(statement) : undefined;
  return {
    sql_every_column: shape?.everyColumn ? 1 : 0,
    sql_filter: shape?.filters ? 1 : 0,
    sql_join: shape?.joins ? 1 : 0,
    sql_aggregate: shape?.aggregates ? 1 : 0,
    sql_grouped: shape?.grouped ? 1 : 0,
  };
}
