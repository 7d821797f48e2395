import type { DuckDBConnection } from '@duckdb/node-api';
import type { Connector } from '../connectors/connector.js';
import { BENCH_MAX_ROWS } from './bench-max-rows.js';

/** A gold answer whose LIMIT cuts through rows that tie on the ORDER BY keys: any of the tied rows is as right as another. */
export interface TiedGoldRows {
  /** Rows before the tie, which every answer must hold, in the gold order. */
  fixed: unknown[][];
  /** All rows that tie with the last row the LIMIT keeps. */
  tied: unknown[][];
  /** How many of the tied rows complete the answer. */
  take: number;
}

type TreeNode = Record<string, unknown>;

const KEY_PREFIX = '__sluice_tie_key_';

function constantInteger(node: unknown): number | undefined {
  const value = (node as TreeNode | null)?.value as { value?: unknown; is_null?: boolean } | undefined;
  if ((node as TreeNode | null)?.class !== 'CONSTANT' || value?.is_null) return undefined;
  return Number.isInteger(value?.value) ? (value!.value as number) : undefined;
}

/** An ORDER BY key as a select-list expression: positions and output aliases become what they name. */
function keyExpression(expression: TreeNode, selectList: TreeNode[]): TreeNode {
  const position = constantInteger(expression);
  if (position !== undefined && selectList[position - 1]) return structuredClone(selectList[position - 1]!);
  const names = expression.class === 'COLUMN_REF' ? (expression.column_names as string[]) : [];
  const aliased = names.length === 1 ? selectList.find((item) => String(item.alias).toLowerCase() === names[0]!.toLowerCase()) : undefined;
  return structuredClone(aliased ?? expression);
}

/**
 * For a gold SELECT with ORDER BY and a constant LIMIT: runs it once more without the LIMIT and with its
 * ORDER BY keys as extra columns, and returns the rows tied at the cut, if the cut falls inside a tie.
 */
export async function tiedGoldRows(statement: TreeNode, connector: Connector, parser: DuckDBConnection): Promise<TiedGoldRows | undefined> {
  const node = statement.node as TreeNode | undefined;
  if (node?.type !== 'SELECT_NODE') return undefined;
  const modifiers = (node.modifiers as TreeNode[] | undefined) ?? [];
  const order = modifiers.find((modifier) => modifier.type === 'ORDER_MODIFIER');
  const limitModifier = modifiers.find((modifier) => modifier.type === 'LIMIT_MODIFIER');
  const limit = constantInteger(limitModifier?.limit);
  const orders = ((order?.orders as TreeNode[] | undefined) ?? []).map((item) => item.expression as TreeNode);
  if (!limitModifier || limitModifier.offset || limit === undefined || limit < 1 || orders.length === 0) return undefined;

  const selectList = node.select_list as TreeNode[];
  // With * the output has more columns than the select list has items, so the keys could not be told apart.
  if (selectList.some((item) => item.class === 'STAR')) return undefined;
  const widened = structuredClone(statement);
  const widenedNode = widened.node as TreeNode;
  widenedNode.modifiers = modifiers.filter((modifier) => modifier !== limitModifier);
  widenedNode.select_list = [
    ...selectList,
    ...orders.map((expression, i) => ({ ...keyExpression(expression, selectList), alias: `${KEY_PREFIX}${i}` })),
  ];
  const sql = (await parser.runAndReadAll('SELECT json_deserialize_sql(?::JSON)', [JSON.stringify({ error: false, statements: [widened] })])).getRows()[0]?.[0];
  if (typeof sql !== 'string') return undefined;

  const result = await connector.execute(sql, { maxRows: BENCH_MAX_ROWS });
  const width = selectList.length;
  const keyOf = (row: unknown[]) => JSON.stringify(row.slice(width));
  if (result.rows.length <= limit || keyOf(result.rows[limit - 1]!) !== keyOf(result.rows[limit]!)) return undefined;
  const boundary = keyOf(result.rows[limit - 1]!);
  const firstTied = result.rows.findIndex((row) => keyOf(row) === boundary);
  return {
    fixed: result.rows.slice(0, firstTied).map((row) => row.slice(0, width)),
    tied: result.rows.filter((row) => keyOf(row) === boundary).map((row) => row.slice(0, width)),
    take: limit - firstTied,
  };
}
