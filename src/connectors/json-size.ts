/** Roughly the bytes `value` takes as JSON, without building the JSON text. */
export function jsonSize(value: unknown): number {
  if (typeof value === 'string') return value.length + 2;
  if (value === null || typeof value !== 'object') return 8;
  let total = 2;
  for (const item of Array.isArray(value) ? value : Object.values(value)) total += jsonSize(item) + 1;
  return total;
}
