import type { DialectName } from '../dialects/dialect-name.js';
import { quoteName } from '../loaders/quote-name.js';

/** Quotes each dot-separated part of a name for SQL: main.orders → "main"."orders" (`main`.`orders` on MySQL). */
export function quoteIdentifier(name: string, dialect: DialectName | string = 'duckdb'): string {
  const engine = dialect === 'mysql' ? 'mysql' : 'duckdb';
  return name
    .split('.')
    .map((part) => quoteName(part, engine))
    .join('.');
}
