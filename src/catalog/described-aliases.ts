import { ownEntry } from '../own-entry.js';
import type { ColumnValues } from './build-value-lookup.js';
import type { ValueAlias } from './value-aliases.js';

/**
 * A code's words from the code table that spells it out ("Cancelled" for 'X'), and a description's first word where
 * it is a participle that says it alone ("Suspended" of "Suspended for unpaid balance").
 */
export function describedAliases(set: ColumnValues): ((value: string) => ValueAlias[]) | undefined {
  const descriptions = set.descriptions;
  if (!descriptions) return undefined;
  return (value) => {
    const description = ownEntry(descriptions, value)?.trim();
    if (!description) return [];
    const aliases: ValueAlias[] = [{ text: description, sameCase: false }];
    const first = description.split(/\s+/)[0]!;
    if (first !== description && /^[A-Za-z]{4,}ed$/.test(first)) aliases.push({ text: first, sameCase: false });
    return aliases;
  };
}
