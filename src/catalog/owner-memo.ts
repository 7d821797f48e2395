/**
 * Results of a pure function of (owner, key), kept per owner while the owner lives: a namespace's catalog index
 * or value lookup answers the same words for question after question of a batch. At most `limit` keys per owner,
 * the oldest given up first.
 */
export function ownerMemo<Owner extends object, Value>(limit: number): (owner: Owner, key: string, compute: () => Value) => Value {
  const byOwner = new WeakMap<Owner, Map<string, Value>>();
  return (owner, key, compute) => {
    let memo = byOwner.get(owner);
    if (!memo) byOwner.set(owner, (memo = new Map()));
    if (memo.has(key)) return memo.get(key)!;
    const value = compute();
    if (memo.size >= limit) memo.delete(memo.keys().next().value!);
    memo.set(key, value);
    return value;
  };
}
