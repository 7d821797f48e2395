import type { Connector } from '../connectors/connector.js';
import { adaptRendering } from '../sql-tree/adapt-rendering.js';
import { sharedParser } from '../sql-tree/shared-parser.js';
import { constantInteger, keyExpression, renderSql, type TreeNode } from '../sql-tree/statement-tree.js';
import { parseAnswerSql } from './parse-answer-sql.js';

const PROBE_TIMEOUT_MS = 5_000;
const KEY_ALIAS = '__sluice_rank_key';
/** Engines that run DuckDB's rendering of a plain SELECT once its names are quoted as the SQL quoted them (adaptRendering). */
const PROBED_DIALECTS = new Set(['duckdb', 'postgres', 'sqlite', 'mysql']);

/** The row `LIMIT 1` kept and the one after it, tied on what the SQL ranks by. */
export interface TieAtLimit {
  /** The ranking key's value both rows share, for the reason shown (text as it is, anything else as JSON). */
  key: string;
}

export interface TieProbeOptions {
  signal?: AbortSignal;
  /** The SQL already parsed (parseAnswerSql), so the answer is parsed once for the checks and the probe. */
  statement?: TreeNode;
}

/**
 * "Which customer rented the most?" answered by `ORDER BY COUNT(*) DESC LIMIT 1`: when the next row has the same
 * first ORDER BY key and shows something else, the data has no single answer and the LIMIT picked one of the tied
 * rows. Runs the statement once more, DuckDB's rendering of it with that key as an extra column and `LIMIT 2`,
 * through the connector's sandbox. Undefined when nothing ties, the shape is another or the probe fails.
 */
export async function probeTieAtLimit(connector: Connector, sql: string, options: TieProbeOptions = {}): Promise<TieAtLimit | undefined> {
  if (!PROBED_DIALECTS.has(connector.dialect) || !/\blimit\s+1\s*;?\s*$/i.test(sql)) return undefined;
  try {
    const statement = options.statement ?? (await parseAnswerSql(sql, connector.dialect, connector.parsedSql));
    if (!statement) return undefined;
    const parser = await sharedParser();
    const node = statement.node as TreeNode | undefined;
    if (node?.type !== 'SELECT_NODE') return undefined;
    const modifiers = (node.modifiers as TreeNode[] | undefined) ?? [];
    const order = modifiers.find((modifier) => modifier.type === 'ORDER_MODIFIER');
    const limit = modifiers.find((modifier) => modifier.type === 'LIMIT_MODIFIER');
    // `x IS NULL, x`: MySQL's way to sort NULLs last (SqlDialect.nullsLast); the ranking key is the x after it.
    const first = ((order?.orders as TreeNode[] | undefined) ?? []).find((key) => (key.expression as TreeNode).type !== 'OPERATOR_IS_NULL');
    if (!first || !limit || limit.offset || constantInteger(limit.limit) !== 1) return undefined;
    const selectList = node.select_list as TreeNode[];
    const key = keyExpression(first.expression as TreeNode, selectList);
    if (!key) return undefined;
    const widened = structuredClone(statement);
    const widenedNode = widened.node as TreeNode;
    widenedNode.select_list = [...selectList, { ...key, alias: KEY_ALIAS }];
    const widenedLimit = (widenedNode.modifiers as TreeNode[]).find((modifier) => modifier.type === 'LIMIT_MODIFIER')!;
    ((widenedLimit.limit as TreeNode).value as { value: number }).value = 2;
    const rendered = await renderSql(parser, widened);
    if (!rendered) return undefined;
    const probe = connector.dialect === 'duckdb' ? rendered : adaptRendering(rendered, sql, connector.dialect);
    const result = await connector.execute(probe, { timeoutMs: PROBE_TIMEOUT_MS, maxRows: 2, signal: options.signal });
    if (result.rows.length < 2) return undefined;
    const [kept, next] = result.rows.map((row) => ({ shown: JSON.stringify(row.slice(0, -1)), key: JSON.stringify(row.at(-1)) }));
    if (kept!.key !== next!.key || kept!.shown === next!.shown) return undefined;
    const value = result.rows[0]!.at(-1);
    return { key: typeof value === 'string' ? value : kept!.key };
  } catch {
    return undefined;
  }
}
