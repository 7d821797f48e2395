import type { DuckDBConnection } from '@duckdb/node-api';
import { stringifyLossless } from './lossless-json.js';

/** A node of DuckDB's serialized statement (json_serialize_sql). */
export type TreeNode = Record<string, unknown>;

/** The integer a constant node holds, as in `LIMIT 3` or `ORDER BY 2`; undefined for anything else. */
export function constantInteger(node: unknown): number | undefined {
  const value = (node as TreeNode | null)?.value as { value?: unknown; is_null?: boolean } | undefined;
  if ((node as TreeNode | null)?.class !== 'CONSTANT' || value?.is_null) return undefined;
  return Number.isInteger(value?.value) ? (value!.value as number) : undefined;
}

/** An ORDER BY key as a select-list expression: positions and output aliases become what they name. */
export function keyExpression(expression: TreeNode, selectList: TreeNode[]): TreeNode | undefined {
  const position = constantInteger(expression);
  if (position !== undefined) {
    // After a *, a position no longer names a select-list item.
    if (selectList.some((item) => item.class === 'STAR')) return undefined;
    return selectList[position - 1] ? structuredClone(selectList[position - 1]!) : undefined;
  }
  const names = expression.class === 'COLUMN_REF' ? (expression.column_names as string[]) : [];
  const aliased = names.length === 1 ? selectList.find((item) => String(item.alias).toLowerCase() === names[0]!.toLowerCase()) : undefined;
  return structuredClone(aliased ?? expression);
}

/** DuckDB's SQL for a serialized statement. */
export async function renderSql(parser: DuckDBConnection, statement: TreeNode): Promise<string | undefined> {
  const sql = (await parser.runAndReadAll('SELECT json_deserialize_sql(?::JSON)', [stringifyLossless({ error: false, statements: [statement] })])).getRows()[0]?.[0];
  return typeof sql === 'string' ? sql : undefined;
}
