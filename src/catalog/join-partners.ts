import { type CatalogIndex, referencedTable, tablePosition } from './build-catalog-index.js';
import { findJoinPath } from './find-join-path.js';

/**
 * Tables to add to a selection so it can be joined: the bridge tables on the shortest foreign-key path from each
 * selected table to the ones before it, then the tables the selected ones reference, where filters and labels usually
 * live, and with `referencing` also the tables that reference them, while bridges and these together stay within
 * maxNeighbours. Maps each partner to the names of the tables it joins.
 */
export function joinPartners(
  index: CatalogIndex,
  selected: readonly number[],
  maxDepth: number,
  maxNeighbours: number,
  referencing = false,
): Map<number, Set<string>> {
  const partners = new Map<number, Set<string>>();
  const chosen = new Set(selected);
  const addPartner = (position: number, ...joins: number[]): void => {
    const ends = partners.get(position) ?? new Set<string>();
    for (const join of joins) ends.add(index.tables[join].name);
    partners.set(position, ends);
  };

  const connected = new Set<number>(selected.slice(0, 1));
  for (const position of selected.slice(1)) {
    const path = findJoinPath(index.neighbours, position, connected, maxDepth) ?? [position];
    path.forEach((node, step) => {
      connected.add(node);
      if (step > 0 && step < path.length - 1 && !chosen.has(node)) addPartner(node, path[step - 1], path[step + 1]);
    });
  }

  let neighbours = partners.size;
  const addNeighbour = (neighbour: number, of: number): void => {
    if (chosen.has(neighbour) || (neighbours >= maxNeighbours && !partners.has(neighbour))) return;
    if (!partners.has(neighbour)) neighbours += 1;
    addPartner(neighbour, of);
  };
  for (const position of selected) {
    for (const column of index.tables[position].columns) {
      const parent = column.references && tablePosition(index, referencedTable(column.references));
      if (typeof parent === 'number') addNeighbour(parent, position);
    }
  }
  if (referencing) {
    for (const position of selected) {
      for (const neighbour of index.neighbours.get(position) ?? []) addNeighbour(neighbour, position);
    }
  }
  return partners;
}
