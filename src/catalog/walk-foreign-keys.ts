/** How far a walk goes and what it never enters. */
export interface WalkOptions<K> {
  /** Foreign-key steps at the most from the starts. */
  maxSteps?: number;
  /** Keys never reached nor walked through (the starts are walked from all the same). */
  excluded?: Iterable<K>;
}

/**
 * Breadth-first along foreign keys from the start tables, nearest first: `reach` meets each table (by its key) once,
 * the first way the walk comes to it, and says whether the walk goes on through it.
 */
export function walkForeignKeys<N, K>(
  starts: readonly N[],
  keyOf: (node: N) => K,
  neighbours: (node: N) => Iterable<N>,
  reach: (node: N) => boolean,
  options: WalkOptions<K> = {},
): void {
  const startKeys = new Set<K>();
  let frontier = starts.filter((node) => !startKeys.has(keyOf(node)) && startKeys.add(keyOf(node)));
  const seen = new Set<K>([...startKeys, ...(options.excluded ?? [])]);
  for (let step = 1; step <= (options.maxSteps ?? Infinity) && frontier.length > 0; step++) {
    const next: N[] = [];
    for (const node of frontier) {
      for (const other of neighbours(node)) {
        const key = keyOf(other);
        if (seen.has(key)) continue;
        seen.add(key);
        if (reach(other)) next.push(other);
      }
    }
    frontier = next;
  }
}
