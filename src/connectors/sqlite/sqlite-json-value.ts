/** Blobs up to this size are shown as a hex literal; longer ones only by their size. */
const HEX_BLOB_BYTES = 32;

/** A value better-sqlite3 returned (integers as BigInt) as JSON: safe integers as numbers, blobs as short text. */
export function sqliteJsonValue(value: unknown): unknown {
  if (typeof value === 'bigint') {
    const safe = value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER);
    return safe ? Number(value) : value.toString();
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (value instanceof Uint8Array) {
    if (value.length > HEX_BLOB_BYTES) return `<blob ${value.length} bytes>`;
    return `X'${Buffer.from(value).toString('hex').toUpperCase()}'`;
  }
  return value;
}

/** The storage class of a value, for result columns that have no declared type (expressions). */
export function sqliteStorageClass(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'bigint') return 'INTEGER';
  if (typeof value === 'number') return 'REAL';
  if (value instanceof Uint8Array) return 'BLOB';
  return 'TEXT';
}
