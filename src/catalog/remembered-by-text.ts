/**
 * A value derived from texts that come back question after question of a batch (the names and comments of a run's
 * linked tables, its metrics and doc passages), derived once per distinct key and then shared: callers must not change
 * it. Past `max` keys the oldest goes.
 */
export function rememberedByText<T>(cache: Map<string, T>, key: string, derive: () => T, max = 256): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = derive();
    if (cache.size >= max) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
  }
  return value;
}
