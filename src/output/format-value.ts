/** A cell as text: NULL for null, numbers without float noise, objects as JSON. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : String(Math.round(value * 10_000) / 10_000);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
