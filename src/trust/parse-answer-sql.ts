import { withDuckDbQuotes } from '../sql-tree/adapt-rendering.js';
import type { SerializedSqlMemo } from '../sql-tree/serialized-sql-memo.js';
import { serializeSql } from '../sql-tree/serialize-sql.js';
import { sharedParser } from '../sql-tree/shared-parser.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';

/**
 * The answer's SQL as DuckDB's parser reads it (MariaDB's backquotes read as double quotes first), for the checks that
 * read clauses; undefined when it does not parse as one statement (another dialect's syntax), and those checks stand aside.
 * `memo`: the connector's texts of the SQL its sandbox parsed (Connector.parsedSql), read instead of parsing again.
 */
export async function parseAnswerSql(sql: string, dialect: string, memo?: SerializedSqlMemo): Promise<TreeNode | undefined> {
  try {
    const parsed = await serializeSql(await sharedParser(), dialect === 'mysql' || sql.includes('`') ? withDuckDbQuotes(sql) : sql, memo);
    return parsed.ok ? parsed.statement : undefined;
  } catch {
    return undefined;
  }
}
