import { ownEntry } from '../own-entry.js';
import type { ColumnValues } from './build-value-lookup.js';
import type { ValueAlias } from './value-aliases.js';

/** The words a column's comment glosses a stored code with ("black box" for 'STU'; gloss-coded-values.ts). */
export function glossedAliases(set: ColumnValues): ((value: string) => ValueAlias[]) | undefined {
  const glosses = set.glosses;
  if (!glosses) return undefined;
  return (value) => (ownEntry(glosses, value) ?? []).map((text) => ({ text, sameCase: false }));
}
