/**
 * Updates items in place and appends new ones, never reordering or dropping: the engine merges parallel branches
 * by taking what each appended to a context list, so nodes must only grow their lists.
 */
export function mergeByKey<T>(existing: readonly T[], incoming: readonly T[], key: (item: T) => string): T[] {
  const fresh = new Map(incoming.map((item) => [key(item), item]));
  const merged = existing.map((item) => {
    const replacement = fresh.get(key(item));
    fresh.delete(key(item));
    return replacement ?? item;
  });
  return [...merged, ...fresh.values()];
}
