/** `record[key]` only when `key` is the record's own: a user-given "toString" or "__proto__" finds nothing. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
