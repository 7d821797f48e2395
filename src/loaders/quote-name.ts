import type { DialectName } from '../dialects/dialect-name.js';

/** An identifier always quoted, so any name (mixed case, reserved, spaces) survives DDL unchanged. */
export function quoteName(name: string, dialect: DialectName): string {
  if (dialect === 'mysql') return `\`${name.replace(/`/g, '``')}\``;
  return `"${name.replace(/"/g, '""')}"`;
}
