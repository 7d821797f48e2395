/** Double-quotes each dot-separated part of a name for SQL: main.orders → "main"."orders". */
export function quoteIdentifier(name: string): string {
  return name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}
