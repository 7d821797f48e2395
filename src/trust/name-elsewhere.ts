import { normalizeValueText } from '../catalog/normalize-value-text.js';
import type { MatchedValue } from '../context/context-schema.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import { hasSense } from '../lexicon/has-sense.js';
import type { GroundedWord } from './ground-question.js';
import { COORDINATORS } from '../lexicon/conjunctions.js';
import { PREPOSITIONS } from '../lexicon/prepositions.js';
import { ARTICLES } from '../lexicon/determiners.js';
import { pick, wordSet } from '../lexicon/word-set.js';

/** A run of words written with a capital inside a sentence, as the question wrote it: "Octopus Energy", "Ørsted". */
export interface NameRun {
  text: string;
  start: number;
  end: number;
}

/**
 * The names a question writes with capitals inside a sentence: runs of words each opening with a capital letter of any
 * script and holding a lower-case one ("Octopus Energy", "NextEra", "Ørsted"; not the acronym "UAL", which the other
 * rules read as a code), neither a sentence's first word nor inside quotes. "&", "of" and hyphens may join a run's
 * words ("Kettle & Crumb", "Bank of America").
 */
export function capitalisedRuns(question: string): NameRun[] {
  const runs: NameRun[] = [];
  for (const match of question.matchAll(NAME_RUN)) {
    const start = match.index;
    const before = question.slice(0, start);
    // The first word of a sentence is capitalised whatever it is.
    if (/^\s*$/.test(before) || /[.?!:]\s*$/.test(before) || /(?:^|[\s(])['"‘“]\S*$/.test(before)) continue;
    // "SKUs", "LRVs": an acronym in the plural.
    if (/^\p{Lu}{2,}s$/u.test(match[0])) continue;
    runs.push({ text: match[0], start, end: start + match[0].length });
  }
  return runs;
}

/** A capitalised word with a lower-case letter in it, then more such words, joined by spaces, "&" or "of". */
const NAME_RUN = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*(?:(?:\s+(?:&|of)\s+|\s+|-)\p{Lu}[\p{L}\p{N}]*\p{Ll}[\p{L}\p{N}]*)*/gu;

/**
 * Whether the data holds a name the question writes with capitals: one of its words links to the data, and, for a name
 * of several words, not only as a piece of another name. A stored value holds the name when the value's words are all
 * words of the name ("Business Class" over a stored 'business') or the name's words all words of the value ("Red Moss",
 * "Halden" for 'Halden Rail'); a value that shares one word with it ("Energy" of 'Octavia Energy Supply' in "Octopus
 * Energy") names something else. A word of a table's, column's or comment's name inside a longer name ("Milk" in "First
 * Milk" where a milk_prices table is) says nothing of the name, unless every word of the name links.
 */
export function nameHeld(run: NameRun, words: readonly GroundedWord[], matchedValues: readonly MatchedValue[]): boolean {
  const inside = words.filter((entry) => entry.word.offset >= run.start && entry.word.offset < run.end);
  if (inside.length === 0) return true;
  // "rsted" of "Ørsted" is a piece of a word the question's ASCII reading cut, and links to nothing of it ('rated').
  const linked = inside.filter((entry) => entry.evidence !== undefined && !/\p{L}/u.test(charBefore(run, entry.word.offset)));
  if (linked.length === 0) return false;
  // Its words as written, "First" of "First Milk" too, which grounding reads past as an ordinal.
  const nameWords = new Set(normalizeValueText(run.text).split(' ').filter((word) => word !== '' && !JOINERS.has(word)));
  if (nameWords.size <= 1 || linked.length === nameWords.size) return true;
  return matchedValues.some((match) => {
    const valueWords = normalizeValueText(match.value).split(' ').filter((word) => word !== '' && !JOINERS.has(word));
    if (!valueWords.some((word) => nameWords.has(word) || nameWords.has(`${word}s`))) return false;
    // "Marlow St" for 'Marlow Street Dental Practice': a name word may be cut short from the value's (values-by-start.ts).
    if ([...nameWords].every((word) => valueWords.includes(word) || valueWords.some((stored) => word.length >= 2 && stored.length >= 1.5 * word.length && stored.startsWith(word)))) return true;
    // "Business Class" over a stored 'business', "2 Burnside Road" over a stored estate; not "Ink Collective" over a
    // stored code INK, nor "David Lloyd Telford" over a stored town: the rest of the name names a person or a body.
    return valueWords.every((word) => nameWords.has(word)) && !inside.some((entry) => entry.evidence === undefined && !valueWords.includes(entry.word.text) && namesSomeoneElse(entry.word.text));
  });
}

/** Words that join a name's words ("Bank of America", "Kettle & Crumb"), not words of it. */
export const JOINERS: ReadonlySet<string> = wordSet(pick(COORDINATORS, 'and'), pick(PREPOSITIONS, 'of'), pick(ARTICLES, 'the'));

/** A word whose first sense is a person ("David", "Lloyd") or an organisation ("Collective", "School"), not a title ("Mrs"). */
function namesSomeoneElse(word: string): boolean {
  const kinds = firstSenseAncestors(word);
  return (kinds.has('person') || kinds.has('organization')) && !kinds.has('form_of_address');
}

/** The character right before a word's place, read from its run: a letter there means the word starts mid-word. */
const charBefore = (run: NameRun, offset: number): string => (offset > run.start ? run.text[offset - run.start - 1]! : '');

/**
 * A name the data does not hold, written with capitals inside the sentence, that the dictionary does not know either:
 * no word of it links to a stored value, table, column or doc, and none is an English word ("How many farms supply
 * Freshways?", "How many inverters does Ørsted operate?"). Such a name is another organisation's, person's or place's,
 * so no row answers for it, wherever it stands in the sentence. A name of dictionary words ("Octopus Energy", "First
 * Milk") is left to the rules on doers and owners, unless it has two or more words, none of them links to anything and
 * WordNet knows it as no place ("Further Maths"); acronyms ("SKUs", "UAL") to the rules on codes. Undefined otherwise.
 */
export function unknownName(question: string, words: readonly GroundedWord[], matchedValues: readonly MatchedValue[]): string | undefined {
  for (const run of capitalisedRuns(question)) {
    if (nameHeld(run, words, matchedValues) || possessiveInsideName(question, run, matchedValues)) continue;
    const parts = run.text.split(/[^\p{L}\p{N}]+/u).filter((part) => part !== '' && !/^(of|and)$/.test(part));
    const dictionary = parts.some((part) => /^[A-Za-z]+$/.test(part) && (hasSense('noun', part.toLowerCase()) || hasSense('verb', part.toLowerCase()) || hasSense('adj', part.toLowerCase()) || hasSense('adv', part.toLowerCase())));
    // "Further Maths", "a Silver Pearl ticket": a name of two or more dictionary words none of which links to
    // anything at all (no value, table, column, comment or doc) is a proper name the data has never heard of either.
    // A word a stored value matched counts as unlinked here: the value is only a piece of the name ("Telford" of "David
    // Lloyd Telford"), as nameHeld found.
    if (dictionary && !(parts.length >= 2 && !titleCased(question) && !namesPlace(parts) && wordsIn(run, words).every((entry) => entry.evidence === undefined || entry.evidence === 'value'))) continue;
    return run.text;
  }
  return undefined;
}

/**
 * Whether WordNet knows the name, or its first words, as a place ("New York City", "West End"): a place may be stored
 * under another spelling ('NorthCarolina'), and the place rules judge it (judge-place-unrecorded.ts).
 */
const namesPlace = (parts: readonly string[]): boolean =>
  parts.some((_, end) => ['location', 'region', 'geographical_area'].some((kind) => firstSenseAncestors(parts.slice(0, end + 1).join('_').toLowerCase()).has(kind)));

/** The question's words inside a run of capitalised words. */
const wordsIn = (run: NameRun, words: readonly GroundedWord[]): GroundedWord[] => words.filter((entry) => entry.word.offset >= run.start && entry.word.offset < run.end);

/** "What Is The Average Order Value?": a question written in title case, whose capitals mark no name. */
const titleCased = (question: string): boolean => {
  const words = question.match(/\b[A-Za-z]{3,}\b/g) ?? [];
  return words.length >= 3 && words.filter((word) => /^[A-Z]/.test(word)).length * 2 > words.length;
};

/**
 * An owner the data does not hold: a name written with capitals and "'s" ("Octopus Energy's average PPA price",
 * "What availability do Enso Energy's parks achieve?") that nameHeld says no stored value, table or column holds, or
 * an acronym no stored value spells ("the UK's", "the BBFC's"). What it owns is another organisation's, person's or
 * country's, which no row records. Undefined otherwise.
 */
export function ownerElsewhere(question: string, words: readonly GroundedWord[], matchedValues: readonly MatchedValue[]): string | undefined {
  for (const run of capitalisedRuns(question)) {
    if (!/^['’]s\b/.test(question.slice(run.end))) continue;
    if (possessiveInsideName(question, run, matchedValues)) continue;
    if (!nameHeld(run, words, matchedValues)) return run.text;
  }
  // "the UK's total installed capacity", "the BBFC's certificate": an acronym as an owner, which no stored value or name spells.
  for (const acronym of question.matchAll(ACRONYM_OWNER)) {
    const text = acronym[1]!.toLowerCase();
    const linked = words.some((entry) => entry.word.offset === acronym.index && entry.evidence !== undefined);
    const stored = matchedValues.some((match) => [match.value, match.matched_text].some((spelled) => normalizeValueText(spelled).split(' ').includes(text)));
    if (!linked && !stored) return acronym[1];
  }
  return undefined;
}

/**
 * "at St Clement's School Pool" where a pool is stored as 'St Clement's School Pool': the "'s" is part of a stored
 * name, which goes on in capitals after it, so "St Clement" owns nothing. The stored value must hold the whole name.
 */
function possessiveInsideName(question: string, run: NameRun, matchedValues: readonly MatchedValue[]): boolean {
  const rest = /^['’]s((?:\s+\p{Lu}[\p{L}\p{N}]*)+)/u.exec(question.slice(run.end))?.[1];
  if (rest === undefined) return false;
  const whole = normalizeValueText(`${run.text}'s${rest}`);
  return matchedValues.some((match) => ` ${normalizeValueText(match.value)} `.includes(` ${whole} `));
}

/** "UK's", "BBFC's": two to six capitals (captured) and "'s". */
const ACRONYM_OWNER = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})(?=['’]s\b)/gu;
