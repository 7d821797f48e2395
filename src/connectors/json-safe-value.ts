import type { DuckDBValueConverter, Json } from '@duckdb/node-api';
import { duckdb } from './duckdb-api.js';

const { DuckDBDecimalValue, DuckDBTypeId, JsonDuckDBValueConverter } = duckdb;

/**
 * Converts a DuckDB value to plain JSON: big integers as numbers when they are safe (else strings),
 * decimals as numbers, dates and timestamps as DuckDB's ISO text, lists and structs recursively.
 */
export const jsonSafeValue: DuckDBValueConverter<Json> = (value, type, converter) => {
  if (value === null) return null;
  switch (type.typeId) {
    case DuckDBTypeId.BIGINT:
    case DuckDBTypeId.UBIGINT:
    case DuckDBTypeId.HUGEINT:
    case DuckDBTypeId.UHUGEINT:
    case DuckDBTypeId.BIGNUM:
      return safeInteger(value);
    case DuckDBTypeId.DECIMAL:
      return value instanceof DuckDBDecimalValue ? value.toDouble() : Number(value);
    default:
      return JsonDuckDBValueConverter(value, type, converter);
  }
};

function safeInteger(value: unknown): number | string {
  if (typeof value === 'bigint') {
    const safe = value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER);
    return safe ? Number(value) : value.toString();
  }
  return typeof value === 'number' ? value : String(value);
}
