import { bareName } from './bare-name.js';

/** A table name in the singular, for aliases: "categories" → "category", "order_items" → "order_item". */
export function singular(name: string): string {
  const bare = bareName(name);
  if (bare.endsWith('ies')) return `${bare.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(bare)) return bare;
  if (bare.endsWith('s')) return bare.slice(0, -1);
  return bare;
}
