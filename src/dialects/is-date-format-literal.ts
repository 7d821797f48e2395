/**
 * True for string literals that are arguments of date functions rather than values a query filters on:
 * strftime/DATE_FORMAT patterns ('%Y-%m') and SQLite date modifiers ('start of month', 'weekday 1', '-6 days').
 */
export function isDateFormatLiteral(literal: string): boolean {
  const text = literal.trim().toLowerCase();
  if (/%[a-z]/i.test(text)) return true;
  return /^(start of (month|year|day)|weekday [0-6]|[+-]?\d*\s*(days?|months?|years?|hours?|minutes?|seconds?)|localtime|utc|unixepoch|auto|subsec)$/.test(text);
}
