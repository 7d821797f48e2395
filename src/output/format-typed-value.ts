import { formatValue } from './format-value.js';

export interface TypedFormatOptions {
  /** Thousands separators: for the terminal only, never for values meant to be copied or parsed. */
  grouping?: boolean;
}

const DECIMAL = /^(?:DECIMAL|NUMERIC)\s*\(\s*\d+\s*,\s*(\d+)\s*\)/i;
const FLOAT = /^(?:FLOAT|REAL|DOUBLE|FLOAT4|FLOAT8)/i;
const INTEGER = /^(?:TINYINT|SMALLINT|INTEGER|INT|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|MEDIUMINT|INT[248])\b/i;
const NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

/** Digits grouped by thousands in the integer part of a plain decimal string. */
function group(text: string): string {
  const [whole, fraction] = text.split('.');
  const sign = whole!.startsWith('-') ? '-' : '';
  const digits = whole!.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${fraction !== undefined ? `.${fraction}` : ''}`;
}

/** A decimal at its scale, from a number or an exact decimal string: 43559.1 at scale 2 is 43559.10. */
function atScale(value: number | string, scale: number): string {
  if (typeof value === 'number') return value.toFixed(scale);
  const [whole, fraction = ''] = value.split('.');
  return scale === 0 ? whole! : `${whole}.${fraction.padEnd(scale, '0').slice(0, scale)}`;
}

/** Floats to a precision a reader can use: two decimals from 1 up, four significant digits below. */
function roundFloat(value: number): string {
  if (!Number.isFinite(value) || Number.isInteger(value)) return String(value);
  if (Math.abs(value) >= 1) return String(Math.round(value * 100) / 100);
  return String(Number(value.toPrecision(4)));
}

function plural(count: number, unit: string): string {
  return `${count} ${unit}${Math.abs(count) === 1 ? '' : 's'}`;
}

/** DuckDB's interval {months, days, micros} as "1 year 2 months 3 days 04:05:06". */
export function formatInterval(interval: { months?: number; days?: number; micros?: string | number }): string {
  const months = Number(interval.months ?? 0);
  const days = Number(interval.days ?? 0);
  const micros = BigInt(interval.micros ?? 0);
  const parts: string[] = [];
  const years = Math.trunc(months / 12);
  if (years) parts.push(plural(years, 'year'));
  if (months % 12) parts.push(plural(months % 12, 'month'));
  if (days) parts.push(plural(days, 'day'));
  if (micros !== 0n) {
    const negative = micros < 0n;
    const abs = negative ? -micros : micros;
    const seconds = Number(abs / 1_000_000n);
    const fraction = abs % 1_000_000n;
    const clock = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
    parts.push(`${negative ? '-' : ''}${clock}${fraction ? `.${String(fraction).padStart(6, '0').replace(/0+$/, '')}` : ''}`);
  }
  return parts.length > 0 ? parts.join(' ') : '0 days';
}

const isInterval = (value: unknown): value is { months: number; days: number; micros: string | number } =>
  typeof value === 'object' && value !== null && 'months' in value && 'days' in value && 'micros' in value;

/**
 * A cell as a person reads it, by its column's type: decimals at their scale, floats rounded, intervals
 * in words, dates and timestamps whole. For display only: JSON and CSV keep the exact value.
 */
export function formatTypedValue(value: unknown, type: string | undefined, options: TypedFormatOptions = {}): string {
  if (value === null || value === undefined) return 'NULL';
  if (isInterval(value)) return formatInterval(value);
  const numeric = typeof value === 'number' || (typeof value === 'string' && NUMBER_TEXT.test(value));
  if (!type || !numeric) return formatValue(value);
  const decimal = DECIMAL.exec(type);
  let text: string | undefined;
  if (decimal) text = atScale(value as number | string, Number(decimal[1]));
  else if (FLOAT.test(type) && typeof value === 'number') text = roundFloat(value);
  else if (INTEGER.test(type)) text = String(value);
  if (text === undefined) return formatValue(value);
  return options.grouping ? group(text) : text;
}
