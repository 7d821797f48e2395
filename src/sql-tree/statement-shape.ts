import type { TreeNode } from './statement-tree.js';

/** What a parsed statement does anywhere in it, subqueries and CTEs included. */
export interface StatementShape {
  /** A select list that starts with every column of a table: `SELECT *`, `SELECT DISTINCT t.*`. */
  everyColumn: boolean;
  /** A WHERE clause. */
  filters: boolean;
  /** Two tables joined. */
  joins: boolean;
  /** A call of count, sum, avg, min or max (as an aggregate or over a window). */
  aggregates: boolean;
  /** A GROUP BY. */
  grouped: boolean;
}

const AGGREGATE_CALLS = new Set(['count', 'count_star', 'sum', 'avg', 'min', 'max']);

/** Reads a statement's shape from DuckDB's tree (json_serialize_sql) rather than its text. */
export function statementShape(statement: TreeNode): StatementShape {
  const shape: StatementShape = { everyColumn: false, filters: false, joins: false, aggregates: false, grouped: false };
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(visit);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as TreeNode;
    if (node.type === 'SELECT_NODE') {
      if ((node.select_list as TreeNode[] | undefined)?.[0]?.class === 'STAR') shape.everyColumn = true;
      if (node.where_clause) shape.filters = true;
      if (((node.group_expressions as unknown[] | undefined) ?? []).length > 0 || node.aggregate_handling === 'FORCE_AGGREGATES') shape.grouped = true;
    } else if (node.type === 'JOIN') shape.joins = true;
    else if ((node.class === 'FUNCTION' || node.class === 'WINDOW') && AGGREGATE_CALLS.has(String(node.function_name).toLowerCase())) shape.aggregates = true;
    Object.values(node).forEach(visit);
  };
  visit(statement);
  return shape;
}
