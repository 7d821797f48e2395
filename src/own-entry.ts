/** `record[key]` only when `key` is the record's own: a user-given "toString" or "__proto__" finds nothing. */
export function ownEntry<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A lookup table keyed by words or names from questions and schemas, built without a prototype: `table["constructor"]`
 * or `table["__proto__"]` finds nothing, as any word the table does not list.
 */
export function wordTable<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
