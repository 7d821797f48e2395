import pg, { type CustomTypesConfig } from 'pg';

type Parse = (text: string) => unknown;

/** int8: a number when it is exactly representable, else the digits as text. */
function safeInteger(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}

/** float4/float8: NaN and Infinity stay text because JSON has no such numbers. */
function finiteFloat(text: string): number | string {
  const value = Number(text);
  return Number.isFinite(value) ? value : text;
}

/** numeric: a number when converting back gives the same decimal, else the exact text. */
function numericValue(text: string): number | string {
  const value = Number(text);
  if (!Number.isFinite(value)) return text;
  return String(value) === canonicalDecimal(text) ? value : text;
}

/** A decimal's text without leading zeros in the integer part or trailing zeros in the fraction: 007.50 → 7.5. */
function canonicalDecimal(text: string): string {
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = text.replace(/^[-+]/, '').split('.');
  const integerPart = whole.replace(/^0+(?=\d)/, '');
  const fractionPart = fraction.replace(/0+$/, '');
  const body = fractionPart ? `${integerPart}.${fractionPart}` : integerPart;
  return negative && body !== '0' ? `-${body}` : body;
}

const SCALARS: Record<number, Parse> = {
  16: (text) => text === 't',
  20: safeInteger,
  21: Number,
  23: Number,
  26: Number,
  700: finiteFloat,
  701: finiteFloat,
  1700: numericValue,
  114: JSON.parse,
  3802: JSON.parse,
};

/** Array type → element type; arrays not listed here (and all other types) stay PostgreSQL's text. */
const ARRAY_ELEMENTS: Record<number, number> = {
  1000: 16,
  1016: 20,
  1005: 21,
  1007: 23,
  1028: 26,
  1021: 700,
  1022: 701,
  1231: 1700,
  199: 114,
  3807: 3802,
  // Text-like elements: text, varchar, char, name, date, time, timetz, timestamp, timestamptz, interval, uuid, inet, bytea.
  1009: 25,
  1015: 1043,
  1014: 1042,
  1003: 19,
  1182: 1082,
  1183: 1083,
  1270: 1266,
  1115: 1114,
  1185: 1184,
  1187: 1186,
  2951: 2950,
  1041: 869,
  1001: 17,
};

const asText: Parse = (text) => text;
const arrayParser = (pg.types as unknown as { arrayParser: { create(source: string, transform: Parse): { parse(): unknown } } })
  .arrayParser;

function textParser(oid: number): Parse {
  const scalar = SCALARS[oid];
  if (scalar) return scalar;
  const element = ARRAY_ELEMENTS[oid];
  if (element === undefined) return asText;
  const parseElement = SCALARS[element] ?? asText;
  return (text) => arrayParser.create(text, (item) => (item === null ? null : parseElement(item))).parse();
}

/**
 * Per-client type parsers giving JSON-safe values: numbers for integers, floats and numerics that round-trip,
 * booleans, parsed json, arrays of those; dates, timestamps, intervals, bytea and everything else as PostgreSQL's
 * own text (dates YYYY-MM-DD since the session's DateStyle is ISO). pg's global parsers stay untouched.
 */
export const postgresValueTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: string) =>
    format === 'binary' ? pg.types.getTypeParser(oid, 'binary') : textParser(oid)) as CustomTypesConfig['getTypeParser'],
};
