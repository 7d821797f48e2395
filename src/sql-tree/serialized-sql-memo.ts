/**
 * json_serialize_sql's text for SQL parsed lately, by the SQL text. The sandbox parses an answer's SQL as it runs it
 * (assertReadOnlySql) and the answer checks parse the same SQL again (parseAnswerSql): DuckDB's parser binds nothing,
 * so it reads the text the same on the database's connection as on the shared parser, and the second parse reads
 * the first's text instead of making another trip to DuckDB (a prepared query: ~1 ms of CPU per batch question).
 * A DuckDB connector owns one (Connector.parsedSql), so it lives as long as the namespace's connection.
 */
export interface SerializedSqlMemo {
  remember(sql: string, text: string): void;
  recall(sql: string): string | undefined;
}

const MAX_REMEMBERED = 64;

export function serializedSqlMemo(): SerializedSqlMemo {
  const texts = new Map<string, string>();
  return {
    remember(sql, text) {
      if (texts.has(sql)) return;
      if (texts.size >= MAX_REMEMBERED) texts.delete(texts.keys().next().value!);
      texts.set(sql, text);
    },
    recall: (sql) => texts.get(sql),
  };
}
