/**
 * json_serialize_sql's text for SQL parsed lately, by the SQL text. The sandbox parses an answer's SQL as it runs it
 * (assertReadOnlySql) and the answer checks parse the same SQL again (parseAnswerSql): DuckDB's parser binds nothing,
 * so it reads the text the same on the database's connection as on the shared parser, and the second parse reads
 * the first's text instead of making another trip to DuckDB (a prepared query: ~1 ms of CPU per batch question).
 * The sandbox also leaves the text read as JSON (parseLossless, which it only reads): the first reader after it takes
 * that tree instead of reading the text again (a few kilobytes of JSON per answer); later readers parse the text.
 * A DuckDB connector owns one (Connector.parsedSql), so it lives as long as the namespace's connection.
 */
export interface SerializedSqlMemo {
  remember(sql: string, text: string, parsed?: unknown): void;
  recall(sql: string): string | undefined;
  /** The tree `remember` was given with the text (parseLossless(text)), handed out once: its taker may change it. */
  takeParsed(sql: string): unknown;
}

const MAX_REMEMBERED = 64;

export function serializedSqlMemo(): SerializedSqlMemo {
  const texts = new Map<string, { text: string; parsed?: unknown }>();
  return {
    remember(sql, text, parsed) {
      const known = texts.get(sql);
      if (known) {
        if (parsed !== undefined && known.parsed === undefined && known.text === text) known.parsed = parsed;
        return;
      }
      if (texts.size >= MAX_REMEMBERED) texts.delete(texts.keys().next().value!);
      texts.set(sql, parsed === undefined ? { text } : { text, parsed });
    },
    recall: (sql) => texts.get(sql)?.text,
    takeParsed(sql) {
      const known = texts.get(sql);
      const parsed = known?.parsed;
      if (known) delete known.parsed;
      return parsed;
    },
  };
}
