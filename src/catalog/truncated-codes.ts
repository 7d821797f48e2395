import type { ColumnValues, ValueLookup, ValueTarget } from './build-value-lookup.js';
import { inflectionBases } from '../lexicon/derived-forms.js';
import { hasSense } from '../lexicon/has-sense.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import { ownerMemo } from './owner-memo.js';
import { STOP_WORDS } from './stop-words.js';

/** A column stores codes when it holds few distinct values, each one short word of letters, digits or _ ("BUNG", "fail"). */
const MAX_CODES = 20;
const CODE = /^[\p{L}][\p{L}\d_]{0,7}$/u;
/** A code a question word may shorten to: three letters or more ("SUM", "CANC"), never "E" or "EN". */
const MIN_TRUNCATION = 3;

/** The score of a code matched by the word it shortens: below a near spelling (0.8), so spelt values and names win. */
export const TRUNCATED_CODE_SCORE = 0.75;

/** Whether a column's stored values look like codes: few, short, one word each (capitals are asked of a shortened code). */
export function storesCodes(set: ColumnValues): boolean {
  const values = set.values.map((value) => value.trim()).filter((value) => value.length > 0);
  return values.length > 0 && values.length <= MAX_CODES && values.every((value) => CODE.test(value));
}

/** Per lookup and word; the count of aliases added is part of the key, so codes added later are seen. */
const memo = ownerMemo<ValueLookup, readonly ValueTarget[]>(5_000);

/**
 * "bungalows" for a stored 'BUNG', "emergency" for 'EMERG', "failed" for 'fail': the one code of one code-like column
 * that the word (normalised) starts with, the code in capitals and four letters or more (three, when the word is a noun
 * and the code no word of its own), or whose dictionary form the
 * word is an inflection of. The longest such code of the column; none when the word shortens codes of several columns.
 */
export function codesTruncating(lookup: ValueLookup, word: string): readonly ValueTarget[] {
  if (word.length <= MIN_TRUNCATION || STOP_WORDS.has(word) || !/^\p{L}+$/u.test(word)) return [];
  return memo(lookup, `${lookup.added.size}\u0000${word}`, () => {
    // A code the word can shorten or inflect starts as the word does, but for its last letter ('cry' of "cries"), so
    // at least in its first two; only then is the dictionary asked, so a question that names no code loads no WordNet.
    const candidates: Array<[string, ValueTarget[]]> = [];
    for (const code of lookup.codesByStart.get(word.slice(0, 2)) ?? []) {
      if (code.length >= MIN_TRUNCATION && code !== word && !STOP_WORDS.has(code) && word.startsWith(code.slice(0, -1))) candidates.push([code, lookup.codes.get(code)!]);
    }
    if (candidates.length === 0) return [];
    // "failed" is an inflection of 'fail'; "rating", a noun of its own, is none of 'RAT'.
    const bases = new Set(hasSense('noun', word) ? [] : inflectionBases(word));
    let noun: boolean | undefined;
    // Three letters start many words: 'SUP' shortens the noun "support", not the verb "supported"; 'CAR' is a word of its own, no shortening of "carried".
    const threeLetterShortening = (code: string): boolean => (noun ??= primaryPartOfSpeech(word) === 'noun') && primaryPartOfSpeech(code) === undefined;
    const byColumn = new Map<string, ValueTarget[]>();
    for (const [code, targets] of candidates) {
      const inflected = bases.has(code);
      const shortens = !inflected && word.length > code.length && word.startsWith(code) && (code.length > MIN_TRUNCATION || threeLetterShortening(code));
      const fits = targets.filter((target) => inflected || (shortens && /^\p{Lu}+$/u.test(target.value.trim())));
      for (const target of fits) {
        const column = `${target.table.toLowerCase()}\u0000${target.column.toLowerCase()}`;
        const known = byColumn.get(column);
        const knownLength = known?.[0]?.value.trim().length ?? 0;
        if (!known || code.length > knownLength) byColumn.set(column, [target]);
        else if (code.length === knownLength) known.push(target);
      }
    }
    if (byColumn.size !== 1) return [];
    const [targets] = [...byColumn.values()];
    return new Set(targets!.map((target) => target.value)).size === 1 ? targets! : [];
  });
}
