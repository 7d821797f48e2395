import pg from 'pg';
import type { ResultSet } from '../../src/bench/compare-results.js';

const { types } = pg;
const asNumber = (text: string): number | string => {
  const value = Number(text);
  return Number.isSafeInteger(value) || !/^-?\d+$/.test(text) ? value : text;
};
/** Values as the DuckDB connector gives them: safe integers and decimals as numbers, dates and timestamps as text. */
const TYPE_PARSERS: Record<number, (text: string) => unknown> = {
  [types.builtins.INT8]: asNumber,
  [types.builtins.NUMERIC]: asNumber,
  [types.builtins.DATE]: (text) => text,
  [types.builtins.TIMESTAMP]: (text) => text,
  [types.builtins.TIMESTAMPTZ]: (text) => text,
};
const typeParsers = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    (TYPE_PARSERS[oid] as ((text: string) => unknown) | undefined) ?? types.getTypeParser(oid, format ?? 'text'),
};

/** A plain pg client for checking converted queries, with values typed as the connectors type them. */
export interface PostgresCheckClient {
  /** Runs statements (several, separated by semicolons) for their effect. */
  exec(sql: string): Promise<void>;
  run(sql: string): Promise<ResultSet>;
  close(): Promise<void>;
}

export async function openPostgresCheckClient(url: string): Promise<PostgresCheckClient> {
  const client = new pg.Client({ connectionString: url, types: typeParsers });
  await client.connect();
  return {
    exec: async (sql) => void (await client.query(sql)),
    async run(sql) {
      const result = await client.query({ text: sql, rowMode: 'array' });
      return { columns: result.fields.map((field) => field.name), rows: result.rows as unknown[][] };
    },
    close: () => client.end(),
  };
}
