import type { ColumnValues } from './build-value-lookup.js';
import { countryAliases } from './country-aliases.js';
import { codedValueAliases } from './coded-value-aliases.js';
import { describedAliases } from './described-aliases.js';
import { glossedAliases } from './glossed-aliases.js';
import { initialsAliases } from './initials-aliases.js';

/** Another way a question may name a stored value; `sameCase` ones ("UK", "GBR") match only as written, never "uk" or "can". */
export interface ValueAlias {
  text: string;
  sameCase: boolean;
}

/**
 * The everyday words for the values of a column that stores a well-known value set otherwise: countries as codes or
 * names ("the Netherlands", "Dutch" for NL), single letters its name says the meaning of (hand L, sex F), yes/no flags, initials (DD for direct_debit),
 * the words its comment glosses its codes with.
 * Undefined for a column of no such set.
 */
export function columnValueAliases(set: ColumnValues): ((value: string) => ValueAlias[]) | undefined {
  const finders = [countryAliases(set), codedValueAliases(set), initialsAliases(set), describedAliases(set), glossedAliases(set)].filter((finder) => finder !== undefined);
  if (finders.length === 0) return undefined;
  return (value) => finders.flatMap((finder) => finder(value));
}
