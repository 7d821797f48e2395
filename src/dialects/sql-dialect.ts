import type { DialectName } from './dialect-name.js';

export type DateGrain = 'day' | 'week' | 'month' | 'quarter' | 'year';
/** day_of_week counts from 0 = Sunday on every engine. */
export type DatePart = 'year' | 'quarter' | 'month' | 'day' | 'day_of_week';

/** The SQL fragments sluice's writers need, rendered for one engine. Arguments named `expr` are SQL text. */
export interface SqlDialect {
  readonly name: DialectName;
  /** An identifier, quoted only when it must be (not lower-case snake_case, or reserved on this engine). */
  identifier(name: string): string;
  /** A string literal. */
  string(value: string): string;
  /** The placeholder of the n-th (from 1) value bound with the statement (QueryOptions.params). */
  parameter(position: number): string;
  /** A date literal from YYYY-MM-DD (text on SQLite, which stores dates as ISO text). */
  date(isoDate: string): string;
  /** The first day of the grain period containing expr, as a date (weeks start on Monday). */
  truncate(grain: DateGrain, expr: string): string;
  /** A date part as an integer. */
  extract(part: DatePart, expr: string): string;
  /** Whole days from start to end (end - start). */
  daysBetween(start: string, end: string): string;
  /** expr contains text, ignoring case. */
  containsIgnoringCase(expr: string, text: string): string;
  /** Division that never truncates to an integer. */
  divide(numerator: string, denominator: string): string;
  /** ROUND(expr, digits) that works whatever the numeric type. */
  round(expr: string, digits: number): string;
  /** a = b where NULL equals NULL. */
  nullSafeEquals(a: string, b: string): string;
  boolean(value: boolean): string;
  limit(count: number): string;
  /**
   * An ORDER BY key (an expression, maybe with ASC or DESC) that sorts NULLs last whichever the direction, as DuckDB
   * does: PostgreSQL sorts them first when descending, MySQL and SQLite first when ascending, so "the oldest player"
   * would otherwise be one whose birth date is unknown.
   */
  nullsLast(key: string): string;
  /** Values of expr joined with separator, within a GROUP BY. */
  stringAgg(expr: string, separator: string): string;
  readonly currentDate: string;
  castToText(expr: string): string;
  /** expr as a number, NULL where it does not read as one. */
  tryCastNumber(expr: string): string;
  /** expr as a date, NULL where it does not read as one. */
  tryCastDate(expr: string): string;
}

/** A dialect's parts that several engines share: identifier quoting from a reserved-word list, standard literals. */
export function quoteWhenNeeded(name: string, reserved: ReadonlySet<string>, quote: (name: string) => string): string {
  if (/^[a-z_][a-z0-9_]*$/.test(name) && !reserved.has(name)) return name;
  return quote(name);
}

/** An ORDER BY key split into its expression and direction (ASC when none is written). */
export function orderKeyParts(key: string): { expr: string; descending: boolean; ordinal: boolean } {
  const match = /^([\s\S]*?)(?:\s+(ASC|DESC))?\s*$/i.exec(key)!;
  const expr = match[1]!.trim();
  return { expr, descending: match[2]?.toUpperCase() === 'DESC', ordinal: /^\d+$/.test(expr) };
}

export const doubleQuoted = (name: string): string => `"${name.replace(/"/g, '""')}"`;
export const standardString = (value: string): string => `'${value.replace(/'/g, "''")}'`;
