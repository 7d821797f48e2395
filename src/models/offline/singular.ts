import { bareName } from './bare-name.js';

/** A table name in the singular, for aliases: "categories" → "category", "order_items" → "order_item", "matches" → "match". */
export function singular(name: string): string {
  const bare = bareName(name);
  if (bare.endsWith('ies')) return `${bare.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(bare)) return bare;
  // English adds -es after a hissing sound: dishes, matches, boxes, addresses, statuses.
  if (/(sh|ch|x|z|ss|us)es$/.test(bare)) return bare.slice(0, -2);
  if (bare.endsWith('s')) return bare.slice(0, -1);
  return bare;
}
