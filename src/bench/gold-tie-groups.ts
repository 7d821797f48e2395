import type { DuckDBConnection } from '@duckdb/node-api';
import type { Connector } from '../connectors/connector.js';
import { BENCH_MAX_ROWS } from './bench-max-rows.js';
import { adaptRendering } from '../sql-tree/adapt-rendering.js';
import { parseLossless } from '../sql-tree/lossless-json.js';
import { constantInteger, keyExpression, renderSql, type TreeNode } from '../sql-tree/statement-tree.js';

/** How the rows of an ordered gold answer tie on its ORDER BY keys: rows within a tie may come in any order. */
export interface GoldTieGroups {
  /** Sizes of the runs of consecutive gold rows tied on the ORDER BY keys, in order; they add up to the gold's row count. */
  groups: number[];
  /** When the LIMIT cuts through the last group: every row tied with it, of which any `groups.at(-1)` complete the answer. */
  cut?: unknown[][];
}

const KEY_PREFIX = '__sluice_tie_key_';

/** Sizes of the runs of equal keys among the first `count` keys. */
function runLengths(keys: readonly string[], count: number): number[] {
  const groups: number[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0 && keys[i] === keys[i - 1]) groups[groups.length - 1]! += 1;
    else groups.push(1);
  }
  return groups;
}

/** The query that returns the gold rows without a LIMIT, in the gold order, with `keyCount` ORDER BY keys as extra last columns. */
interface WidenedQuery {
  sql: string;
  keyCount: number;
}

/** A SELECT: its ORDER BY keys join the select list. */
async function widenSelect(
  statement: TreeNode,
  orders: TreeNode[],
  limitModifier: TreeNode | undefined,
  parser: DuckDBConnection,
): Promise<WidenedQuery | undefined> {
  const node = statement.node as TreeNode;
  const selectList = node.select_list as TreeNode[];
  const keys = orders.map((item) => keyExpression(item.expression as TreeNode, selectList));
  if (keys.some((key) => key === undefined)) return undefined;
  const widened = structuredClone(statement);
  const widenedNode = widened.node as TreeNode;
  widenedNode.modifiers = (node.modifiers as TreeNode[]).filter((modifier) => modifier !== limitModifier);
  widenedNode.select_list = [...selectList, ...keys.map((key, i) => ({ ...key, alias: `${KEY_PREFIX}${i}` }))];
  const sql = await renderSql(parser, widened);
  return sql === undefined ? undefined : { sql, keyCount: keys.length };
}

const DIRECTIONS: Record<string, string> = { ASCENDING: ' ASC', DESCENDING: ' DESC' };
const NULL_ORDERS: Record<string, string> = { 'NULLS FIRST': ' NULLS FIRST', 'NULLS LAST': ' NULLS LAST' };

/** Runs DuckDB's rendering of the gold on the dataset's engine. */
type RunRendered = (sql: string, maxRows: number) => ReturnType<Connector['execute']>;

/** A set operation (UNION, EXCEPT, ...): its ORDER BY can only name output columns, so it is read from a subquery. */
async function widenSetOperation(statement: TreeNode, orders: TreeNode[], run: RunRendered, parser: DuckDBConnection): Promise<WidenedQuery | undefined> {
  const inner = structuredClone(statement);
  (inner.node as TreeNode).modifiers = [];
  const innerSql = await renderSql(parser, inner);
  if (innerSql === undefined) return undefined;
  const from = `FROM (${innerSql}) AS ${KEY_PREFIX}gold`;
  let columns: string[] | undefined;
  const keys: string[] = [];
  for (const item of orders) {
    const expression = item.expression as TreeNode;
    const position = constantInteger(expression);
    if (position !== undefined) {
      columns ??= (await run(`SELECT * ${from} LIMIT 0`, 1)).columns;
      const name = columns[position - 1];
      if (name === undefined) return undefined;
      keys.push(`"${name.replaceAll('"', '""')}"`);
      continue;
    }
    const key = await expressionSql(expression, parser);
    if (key === undefined) return undefined;
    keys.push(key);
  }
  const select = keys.map((key, i) => `${key} AS ${KEY_PREFIX}${i}`).join(', ');
  const orderBy = orders.map((item, i) => `${KEY_PREFIX}${i}${DIRECTIONS[String(item.type)] ?? ''}${NULL_ORDERS[String(item.null_order)] ?? ''}`).join(', ');
  return { sql: `SELECT *, ${select} ${from} ORDER BY ${orderBy}`, keyCount: keys.length };
}

let expressionTemplate: TreeNode | undefined;

/** One expression as SQL: rendered as the only item of a `SELECT`, which is then taken off. */
async function expressionSql(expression: TreeNode, parser: DuckDBConnection): Promise<string | undefined> {
  if (!expressionTemplate) {
    const reader = await parser.runAndReadAll("SELECT json_serialize_sql('SELECT 1')");
    expressionTemplate = (parseLossless(String(reader.getRows()[0]?.[0])) as { statements: TreeNode[] }).statements[0]!;
  }
  const statement = structuredClone(expressionTemplate);
  (statement.node as TreeNode).select_list = [{ ...expression, alias: '' }];
  const sql = await renderSql(parser, statement);
  return sql?.startsWith('SELECT ') ? `(${sql.slice('SELECT '.length)})` : undefined;
}

/**
 * For a gold query with ORDER BY (and maybe a constant LIMIT): runs it once more without the LIMIT and with its
 * ORDER BY keys as extra columns, and returns how its rows tie on those keys. Undefined when no rows tie.
 */
export async function goldTieGroups(statement: TreeNode, connector: Connector, parser: DuckDBConnection, original?: string): Promise<GoldTieGroups | undefined> {
  const node = statement.node as TreeNode | undefined;
  if (node?.type !== 'SELECT_NODE' && node?.type !== 'SET_OPERATION_NODE') return undefined;
  const modifiers = (node.modifiers as TreeNode[] | undefined) ?? [];
  const order = modifiers.find((modifier) => modifier.type === 'ORDER_MODIFIER');
  const limitModifier = modifiers.find((modifier) => modifier.type === 'LIMIT_MODIFIER');
  const limit = limitModifier ? constantInteger(limitModifier.limit) : undefined;
  const orders = (order?.orders as TreeNode[] | undefined) ?? [];
  if (orders.length === 0) return undefined;
  // Around a set operation only its ORDER BY and LIMIT are rebuilt.
  if (node.type === 'SET_OPERATION_NODE' && modifiers.some((modifier) => modifier !== order && modifier !== limitModifier)) return undefined;
  if (limitModifier && (limitModifier.offset || limit === undefined || limit < 1)) return undefined;

  const run: RunRendered = (sql, maxRows) =>
    connector.execute(connector.dialect === 'duckdb' || original === undefined ? sql : adaptRendering(sql, original, connector.dialect), { maxRows });
  const widened =
    node.type === 'SELECT_NODE' ? await widenSelect(statement, orders, limitModifier, parser) : await widenSetOperation(statement, orders, run, parser);
  if (!widened) return undefined;
  const result = await run(widened.sql, BENCH_MAX_ROWS);
  const width = result.columns.length - widened.keyCount;
  const rowKeys = result.rows.map((row) => JSON.stringify(row.slice(width)));
  const kept = limit === undefined ? result.rows.length : Math.min(limit, result.rows.length);
  // A cut result would hide how its last rows tie.
  if (result.truncated && kept === result.rows.length) return undefined;
  const groups = runLengths(rowKeys, kept);
  const cutsTie = kept < result.rows.length && rowKeys[kept - 1] === rowKeys[kept];
  if (!cutsTie) return groups.some((size) => size > 1) ? { groups } : undefined;
  const boundary = rowKeys[kept - 1];
  return { groups, cut: result.rows.filter((_, i) => rowKeys[i] === boundary).map((row) => row.slice(0, width)) };
}
