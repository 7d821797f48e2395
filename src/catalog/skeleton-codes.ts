import type { ValueLookup, ValueTarget } from './build-value-lookup.js';
import { ownerMemo } from './owner-memo.js';
import { STOP_WORDS } from './stop-words.js';

/** A word this long or longer may be written as its consonants ("wooden" 'WDN'); "wet" is too short to tell. */
const MIN_WORD = 4;
/** A code of at least this many letters: 'WD' could be anything. */
const MIN_CODE = 3;

/** Per lookup and word; the count of aliases added is part of the key, so codes added later are seen. */
const memo = ownerMemo<ValueLookup, readonly ValueTarget[]>(5_000);

/**
 * The word written the way code lists shorten words: its first letter, then its consonants in order, a doubled one
 * once ("wooden" wdn, "steel" stl, "gravel" grvl, "fibreglass" fbrgls); with and without a "y" after the first letter
 * ("curly" crl or crly).
 */
function consonantSkeletons(word: string): string[] {
  const skeleton = (vowels: RegExp): string => (word[0]! + word.slice(1).replace(vowels, '')).replace(/(.)\1+/g, '$1');
  return [...new Set([skeleton(/[aeiou]/g), skeleton(/[aeiouy]/g)])];
}

/** The skeletons a question word (or its singular) may be stored as: none for a short word or a stop word. */
export function wordSkeletons(word: string): string[] {
  if (word.length < MIN_WORD || STOP_WORDS.has(word) || !/^[a-z]+$/.test(word)) return [];
  const forms = /[^s]s$/.test(word) ? [word, word.slice(0, -1)] : [word];
  return forms.flatMap(consonantSkeletons).filter((skeleton) => skeleton.length >= MIN_CODE && skeleton.length < word.length);
}

/**
 * "wooden" for a stored 'WDN', "phone" for 'PHN', "kiosks" for 'KSK': the one code of one code-like column, stored in
 * capitals with no vowel after its first letter, that is the word's (or its singular's) consonant skeleton, else the
 * longest start of it, three letters at least ("confirmed" 'CNF'). None when the word spells codes of several columns.
 */
export function codesSkeletoning(lookup: ValueLookup, word: string): readonly ValueTarget[] {
  const skeletons = new Set(wordSkeletons(word));
  if (skeletons.size === 0) return [];
  return memo(lookup, `${lookup.added.size}\u0000${word}`, () => {
    // A skeleton is looked up as a key: a warehouse stores tens of thousands of codes, and only these can match.
    const whole = oneCode(lookup, [...skeletons]);
    if (whole.length > 0) return whole;
    // "confirmed" for 'CNF': the skeleton cut short, as three-letter status lists write it; longest cut first.
    for (let length = Math.max(...[...skeletons].map((skeleton) => skeleton.length)) - 1; length >= MIN_CODE; length--) {
      // A cut that is the word's own start ("scratch" 'SCR') is a truncation, which truncated-codes.ts decides.
      const cuts = [...skeletons].filter((skeleton) => skeleton.length > length).map((skeleton) => skeleton.slice(0, length));
      const cut = oneCode(lookup, cuts.filter((code) => !word.startsWith(code)));
      if (cut.length > 0) return cut;
    }
    return [];
  });
}

/** The one capitalised code of one column stored as one of these skeletons, looked up as keys; none when they spell several. */
function oneCode(lookup: ValueLookup, skeletons: readonly string[]): readonly ValueTarget[] {
  const found = [...new Set(skeletons)].filter((code) => /^[a-z][^aeiou]+$/.test(code)).flatMap((code) => lookup.codes.get(code) ?? []);
  const targets = found.filter((target) => /^\p{Lu}+$/u.test(target.value.trim()));
  const columns = new Set(targets.map((target) => `${target.table.toLowerCase()}\u0000${target.column.toLowerCase()}`));
  return columns.size === 1 && new Set(targets.map((target) => target.value)).size === 1 ? targets : [];
}
