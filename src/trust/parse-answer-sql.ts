import { withDuckDbQuotes } from '../sql-tree/adapt-rendering.js';
import { duckDbReadableMysql } from '../sql-tree/duckdb-readable-mysql.js';
import type { SerializedSqlMemo } from '../sql-tree/serialized-sql-memo.js';
import { serializeSql } from '../sql-tree/serialize-sql.js';
import { sharedParser } from '../sql-tree/shared-parser.js';
import type { TreeNode } from '../sql-tree/statement-tree.js';

/**
 * The answer's SQL as DuckDB's parser reads it (MariaDB's backquotes read as double quotes first, and MariaDB syntax
 * DuckDB refuses read in DuckDB's forms: duckDbReadableMysql), for the checks that read clauses; undefined when it
 * still does not parse as one statement, and those checks stand aside.
 * `memo`: the connector's texts of the SQL its sandbox parsed (Connector.parsedSql), read instead of parsing again.
 */
export async function parseAnswerSql(sql: string, dialect: string, memo?: SerializedSqlMemo): Promise<TreeNode | undefined> {
  try {
    const parser = await sharedParser();
    const parsed = await serializeSql(parser, dialect === 'mysql' || sql.includes('`') ? withDuckDbQuotes(sql) : sql, memo);
    if (parsed.ok) return parsed.statement;
    const readable = dialect === 'mysql' ? duckDbReadableMysql(sql) : undefined;
    if (readable === undefined) return undefined;
    const again = await serializeSql(parser, withDuckDbQuotes(readable));
    return again.ok ? again.statement : undefined;
  } catch {
    return undefined;
  }
}
