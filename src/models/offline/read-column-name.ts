import { splitIdentifier } from '../../catalog/split-identifier.js';

/** Currency codes a money column's name may end with ("amt_gbp", "price_usd"): the unit, not what the column is. */
const CURRENCY = /^(usd|eur|gbp|cad|aud|nzd|chf|jpy|cny|inr|sek|nok|dkk|pln|czk|huf|zar|brl|mxn|sgd|hkd)$/;

/**
 * A name as its English words joined by "_", terse shorthand read where the schema is terse ("tkt_ord" → tkt_order,
 * "amt_gbp" → amount), a trailing currency code left off, so name patterns written for readable names apply.
 */
export function readColumnName(name: string): string {
  const parts = splitIdentifier(name.split('.').pop()!).map((part) => part.toLowerCase());
  if (parts.length > 1 && CURRENCY.test(parts.at(-1)!)) parts.pop();
  return parts.join('_');
}
