import type { ColumnValues } from './build-value-lookup.js';
import { STOP_WORDS } from './stop-words.js';
import type { ValueAlias } from './value-aliases.js';
import { INITIALISM_ALWAYS_SKIPPED } from '../lexicon/initialism-skipped.js';

/**
 * The capitals a multi-word value is shortened to ("direct_debit" → DD, "General Practice" → GP), if it has two to four
 * words. One alias is made per value, so only the words every initialism drops are left out ("Cash on Delivery" is COD,
 * keeping its "on").
 */
function initialsOf(value: string): string | undefined {
  const words = value.trim().split(/[\s_\-/]+/).filter((word) => word.length > 0 && !INITIALISM_ALWAYS_SKIPPED.has(word.toLowerCase()));
  if (words.length < 2 || words.length > 4 || !words.every((word) => /^\p{L}/u.test(word))) return undefined;
  return words.map((word) => word[0]!.toUpperCase()).join('');
}

/** Initials that are a word questions write in capitals anyway ("ID", "IT", "US" as the pronoun). */
function isWord(initials: string): boolean {
  const lower = initials.toLowerCase();
  return lower === 'id' || STOP_WORDS.has(lower);
}

/**
 * "gifts by DD", "GP appointments": a value of several words named by its initials, written in capitals. Only where
 * no other value of the column shares the initials, and never when the initials are a stop word or "ID".
 */
export function initialsAliases(set: ColumnValues): ((value: string) => ValueAlias[]) | undefined {
  const counts = new Map<string, number>();
  for (const value of set.values) {
    const initials = initialsOf(value);
    if (initials) counts.set(initials, (counts.get(initials) ?? 0) + 1);
  }
  if (counts.size === 0) return undefined;
  return (value) => {
    const initials = initialsOf(value);
    if (!initials || counts.get(initials) !== 1 || isWord(initials)) return [];
    return [{ text: initials, sameCase: true }];
  };
}
