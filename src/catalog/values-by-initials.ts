import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { ValueLookup, ValueTarget } from './build-value-lookup.js';
import { STOP_WORDS } from './stop-words.js';
import { INITIALISM_SKIPPED } from '../lexicon/initialism-skipped.js';

/**
 * The capitals a run of question words is shortened to: each word's first letter, a word written in capitals ("UK")
 * or a number ("Level 2", L2) kept whole, the small words inside the run left out. Undefined when the run starts or
 * ends on such a word, keeps fewer than two words, or keeps a word no initialism spells out ("how", "many").
 */
function initialsOfWords(words: readonly string[]): string | undefined {
  if (words.length < 2 || INITIALISM_SKIPPED.has(words[0]!.toLowerCase()) || INITIALISM_SKIPPED.has(words[words.length - 1]!.toLowerCase())) return undefined;
  const kept = words.filter((word) => !INITIALISM_SKIPPED.has(word.toLowerCase()));
  if (kept.length < 2 || kept.some((word) => STOP_WORDS.has(word.toLowerCase()))) return undefined;
  const parts = kept.map((word) => (/^\d+$/.test(word) || /^\p{Lu}{2,}$/u.test(word) ? word : /^\p{L}/u.test(word) ? word[0]!.toUpperCase() : undefined));
  if (parts.some((part) => part === undefined)) return undefined;
  return parts.join('');
}

/** Most distinct values a column may hold for its values to be named by initials: in a column of hundreds of codes (airports, countries) any three words' initials are one by chance. */
const MAX_COLUMN_VALUES = 20;

/** Distinct stored values per "table\0column", per lookup and number of aliases added. */
const counts = new WeakMap<ValueLookup, { size: number; byColumn: Map<string, number> }>();

function valuesPerColumn(lookup: ValueLookup): Map<string, number> {
  const known = counts.get(lookup);
  if (known && known.size === lookup.added.size) return known.byColumn;
  const seen = new Set<string>();
  const byColumn = new Map<string, number>();
  for (const targets of [...lookup.aliases.values(), ...lookup.exactCase.values()]) {
    for (const target of targets) {
      if (seen.has(target.key)) continue;
      seen.add(target.key);
      const column = `${target.table}\u0000${target.column}`;
      byColumn.set(column, (byColumn.get(column) ?? 0) + 1);
    }
  }
  counts.set(lookup, { size: lookup.added.size, byColumn });
  return byColumn;
}

/**
 * "houses in multiple occupation" where HMO is stored, "UK Power Networks" where UKPN is, "Level 2" where L2 is: the
 * stored values, written in capitals as they are stored, that are the initials of the words (initialsOfWords). Three
 * capitals or more, or a letter and a number, so that two words' initials ("new order", NO) name nothing by chance;
 * of a column of few values only, and of words that can be a name (nounPhrase).
 */
export function valuesInitialled(lookup: ValueLookup, words: readonly string[]): ValueTarget[] {
  const initials = initialsOfWords(words);
  if (initials === undefined || !(initials.length >= 3 || /\d/.test(initials))) return [];
  const few = (target: ValueTarget) => (valuesPerColumn(lookup).get(`${target.table}\u0000${target.column}`) ?? 0) <= MAX_COLUMN_VALUES;
  const stored = (targets: readonly ValueTarget[] | undefined) => (targets ?? []).filter((target) => target.value.trim() === initials && few(target));
  const found = [...stored(lookup.exactCase.get(initials)), ...stored(lookup.aliases.get(initials.toLowerCase()))];
  return found.length > 0 && nounPhrase(words) ? found : [];
}

/**
 * Whether the words can be the name an initialism shortens, a noun phrase: no word in lower case mostly a verb, and the
 * last a noun, a number or a name ("tennis player ever" ends on no noun). Asked of WordNet only once initials match.
 */
function nounPhrase(words: readonly string[]): boolean {
  const kept = words.filter((word) => !INITIALISM_SKIPPED.has(word.toLowerCase()));
  const last = kept[kept.length - 1]!;
  if (!/^\d+$/.test(last) && !/^\p{Lu}/u.test(last) && primaryPartOfSpeech(last) !== 'noun') return false;
  return kept.every((word) => /^\p{Lu}/u.test(word) || /^\d+$/.test(word) || primaryPartOfSpeech(word) !== 'verb');
}
