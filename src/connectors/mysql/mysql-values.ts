import type { FieldPacket } from 'mysql2/promise';

/** Protocol type codes (MYSQL_TYPE_*) as the SQL type names people write. */
const TYPE_NAMES: Record<number, string> = {
  0: 'DECIMAL',
  1: 'TINYINT',
  2: 'SMALLINT',
  3: 'INT',
  4: 'FLOAT',
  5: 'DOUBLE',
  6: 'NULL',
  7: 'TIMESTAMP',
  8: 'BIGINT',
  9: 'MEDIUMINT',
  10: 'DATE',
  11: 'TIME',
  12: 'DATETIME',
  13: 'YEAR',
  14: 'DATE',
  15: 'VARCHAR',
  16: 'BIT',
  245: 'JSON',
  246: 'DECIMAL',
  247: 'ENUM',
  248: 'SET',
  249: 'TEXT',
  250: 'TEXT',
  251: 'TEXT',
  252: 'TEXT',
  253: 'VARCHAR',
  254: 'CHAR',
  255: 'GEOMETRY',
};
const BINARY_NAMES: Record<string, string> = { TEXT: 'BLOB', VARCHAR: 'VARBINARY', CHAR: 'BINARY' };
const BINARY_CHARSET = 63;
const UNSIGNED_FLAG = 32;
const INTEGER_TYPES = new Set(['TINYINT', 'SMALLINT', 'MEDIUMINT', 'INT', 'BIGINT']);

/** A result column's type name from the driver's field metadata, e.g. DECIMAL, BIGINT UNSIGNED, DATETIME, VARBINARY. */
export function mysqlColumnType(field: FieldPacket): string {
  if (field.extendedFormat === 'json') return 'JSON';
  if (field.extendedTypeName) return field.extendedTypeName.toUpperCase();
  const base = TYPE_NAMES[field.columnType ?? field.type ?? -1] ?? 'UNKNOWN';
  if (field.characterSet === BINARY_CHARSET && BINARY_NAMES[base]) return BINARY_NAMES[base];
  const unsigned = typeof field.flags === 'number' && (field.flags & UNSIGNED_FLAG) !== 0;
  return unsigned && INTEGER_TYPES.has(base) ? `${base} UNSIGNED` : base;
}

/**
 * A value as plain JSON: decimals as numbers when the number prints back the same digits (else the exact text),
 * big integers as numbers while safe (the driver gives text beyond that), BIT as a number, binary as text when
 * it is valid UTF-8 (else 0x hex), JSON documents as their text. Dates are already text (dateStrings).
 */
export function jsonSafeMysqlValue(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (Buffer.isBuffer(value)) return type === 'BIT' ? bitValue(value) : binaryText(value);
  if (typeof value === 'string' && type === 'DECIMAL') return decimalValue(value);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (typeof value === 'object') return JSON.stringify(value);
  return value;
}

function decimalValue(text: string): number | string {
  const number = Number(text);
  return Number.isFinite(number) && canonicalDecimal(String(number)) === canonicalDecimal(text) ? number : text;
}

/** Digits without leading or trailing zeros, so 012.50 and 12.5 compare equal. */
function canonicalDecimal(text: string): string {
  const negative = text.startsWith('-');
  let [whole = '', fraction = ''] = text.replace(/^[-+]/, '').split('.');
  whole = whole.replace(/^0+(?=\d)/, '');
  fraction = fraction.replace(/0+$/, '');
  const digits = fraction ? `${whole}.${fraction}` : whole;
  return negative && /[1-9]/.test(digits) ? `-${digits}` : digits;
}

function bitValue(buffer: Buffer): number | string {
  if (buffer.length > 6) return `0x${buffer.toString('hex')}`;
  return buffer.length === 0 ? 0 : buffer.readUIntBE(0, buffer.length);
}

function binaryText(buffer: Buffer): string {
  const text = buffer.toString('utf8');
  const clean = !text.includes('\uFFFD') && !/[\x00-\x08\x0e-\x1f]/.test(text);
  return clean ? text : `0x${buffer.toString('hex')}`;
}
