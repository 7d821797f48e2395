import type { ColumnValues } from './build-value-lookup.js';
import { normalizeValueText } from './normalize-value-text.js';
import { splitIdentifier } from './split-identifier.js';
import type { ValueAlias } from './value-aliases.js';

interface CodedSet {
  /** A word of the column's name that says what its values code. */
  column: ReadonlySet<string>;
  /** The code letter → the words for it; a stored word of the list ("Female", "left") is that code too. */
  codes: Readonly<Record<string, readonly string[]>>;
}

const CODED_SETS: readonly CodedSet[] = [
  {
    column: new Set(['hand', 'handed', 'handedness', 'hands']),
    codes: {
      L: ['left', 'left-handed', 'left hand', 'left-hander', 'left-handers', 'lefty', 'lefties', 'southpaw', 'southpaws'],
      R: ['right', 'right-handed', 'right hand', 'right-hander', 'right-handers', 'righty', 'righties'],
    },
  },
  {
    column: new Set(['gender', 'sex']),
    codes: {
      M: ['male', 'males', 'man', 'men', 'boy', 'boys', 'gentleman', 'gentlemen'],
      F: ['female', 'females', 'woman', 'women', 'girl', 'girls', 'lady', 'ladies'],
    },
  },
];

/** Stored forms of yes and no. */
const YES = new Set(['y', 'yes', 't', 'true']);
const NO = new Set(['n', 'no', 'f', 'false']);
const FLAG_YES = new Set([...YES, '1']);
const FLAG_NO = new Set([...NO, '0']);
/** Name parts that mark a flag, not what it flags: is_member, has_car, vip_flag, smoker_yn. */
const FLAG_PARTS = new Set(['is', 'has', 'flag', 'yn', 'ind', 'bool']);

/**
 * For a column whose name says what its letters code (hand L/R, gender or sex M/F), the words for each code
 * ("lefties", "women"); a bare "left" or "right" stays a direction. For a yes/no column (Y/N, T/F), its name's words
 * name the yes value ("smoker" for smoker_yn = 'Y') and "not"/"non" with them the no value.
 */
export function codedValueAliases(set: ColumnValues): ((value: string) => ValueAlias[]) | undefined {
  const parts = splitIdentifier(set.column);
  const coded = CODED_SETS.find((candidate) => parts.some((part) => candidate.column.has(part)));
  if (coded) {
    return (value) => {
      const stored = normalizeValueText(value);
      const code = Object.keys(coded.codes).find((letter) => letter.toLowerCase() === stored || coded.codes[letter]!.some((word) => normalizeValueText(word) === stored));
      if (!code) return [];
      return coded.codes[code]!.filter((word) => word !== 'left' && word !== 'right').map((text) => ({ text, sameCase: false }));
    };
  }
  if (set.values.length === 0 || set.values.length > 2) return undefined;
  const stored = set.values.map((value) => normalizeValueText(value));
  // 1 and 0 are yes and no only in a column named as a flag (is_vegetarian, MySQL's BOOLEAN): elsewhere they are counts.
  const yes = parts.some((part) => FLAG_PARTS.has(part)) ? FLAG_YES : YES;
  const no = yes === FLAG_YES ? FLAG_NO : NO;
  const flag = stored.every((value) => yes.has(value) || no.has(value)) && stored.some((value) => yes.has(value));
  if (!flag) return undefined;
  const words = parts.filter((part) => !FLAG_PARTS.has(part));
  if (words.length === 0) return undefined;
  const phrase = words.join(' ');
  const named = (text: string): ValueAlias => (text.length <= 3 && !text.includes(' ') ? { text: text.toUpperCase(), sameCase: true } : { text, sameCase: false });
  const pair = codedPair(phrase);
  return (value) => {
    const normalized = normalizeValueText(value);
    if (yes.has(normalized)) return [named(phrase), ...(pair?.same ?? []).filter((text) => text !== phrase).map((text) => ({ text, sameCase: false }))];
    if (no.has(normalized)) return [{ text: `not ${phrase}`, sameCase: false }, { text: `non ${phrase}`, sameCase: false }, ...(pair?.other ?? []).map((text) => ({ text, sameCase: false }))];
    return [];
  };
}

/**
 * A flag named by one side of a coded pair (Is_male): its yes value is named by that side's words ("men"), its no value
 * by the other side's ("female", "women").
 */
function codedPair(phrase: string): { same: readonly string[]; other: readonly string[] } | undefined {
  for (const coded of CODED_SETS) {
    const letters = Object.keys(coded.codes);
    if (letters.length !== 2) continue;
    const at = letters.findIndex((letter) => coded.codes[letter]!.includes(phrase));
    if (at < 0) continue;
    const words = (letter: string) => coded.codes[letter]!.filter((word) => word !== 'left' && word !== 'right');
    return { same: words(letters[at]!), other: words(letters[1 - at]!) };
  }
  return undefined;
}
