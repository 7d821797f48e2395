import { writtenWords } from '../catalog/split-identifier.js';
import type { ColumnSchema } from '../context/context-schema.js';
import { isNumericColumn } from '../models/offline/schema-lookup.js';

interface Table {
  columns: readonly ColumnSchema[];
}

/** The measures a shape's size is the product of: an area of a length and a width (or breadth), a volume of those and a height or depth. */
const SPANS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['area', [['length'], ['width', 'breadth']]],
  ['volume', [['length'], ['width', 'breadth'], ['height', 'depth']]],
]);

/**
 * "tot trench area m2" where trenches has lengthM and widthM: an area (or a volume) is the product of the measures one
 * row holds in number columns named for each side (a length and a width; and a height or depth), which the data can
 * multiply out. A table with a length only ("the floor area of the Print Room" where galleries keep no sides) holds no
 * area.
 */
export function spannedArea(word: string, tables: readonly Table[]): boolean {
  const sides = SPANS.get(word.replace(/s$/, ''));
  if (sides === undefined) return false;
  return tables.some((table) => {
    const named = new Set(table.columns.filter(isNumericColumn).flatMap((column) => writtenWords(column.name).map((part) => part.toLowerCase())));
    return sides.every((side) => side.some((part) => named.has(part)));
  });
}
