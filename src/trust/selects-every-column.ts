import type { sqlShape } from './sql-shape.js';

/** The select list is every column of a table and nothing else: "SELECT *", "SELECT DISTINCT t.*". */
export function selectsEveryColumn(shape: ReturnType<typeof sqlShape>): boolean {
  const list = /^\s*select\s+(?:distinct\s+)?([\s\S]*?)\s+from\b/.exec(shape.code)?.[1];
  if (list === undefined) return false;
  return list.split(',').every((item) => /^(?:"?\w+"?\.)?\*$/.test(item.trim()));
}
