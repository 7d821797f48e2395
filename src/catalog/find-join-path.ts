/** Shortest path (both ends included) from `from` to the nearest of `targets` over an undirected graph, within maxDepth edges. */
export function findJoinPath(
  neighbours: ReadonlyMap<number, ReadonlySet<number>>,
  from: number,
  targets: ReadonlySet<number>,
  maxDepth: number,
): number[] | undefined {
  if (targets.has(from)) return [from];
  const previous = new Map<number, number>([[from, from]]);
  let frontier = [from];
  for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (const neighbour of neighbours.get(node) ?? []) {
        if (previous.has(neighbour)) continue;
        previous.set(neighbour, node);
        if (targets.has(neighbour)) {
          const path = [neighbour];
          for (let step = node; step !== from; step = previous.get(step) as number) path.push(step);
          path.push(from);
          return path.reverse();
        }
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  return undefined;
}
