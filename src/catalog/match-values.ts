import { distance } from 'fastest-levenshtein';
import { otherEnglishWord } from '../lexicon/other-english-word.js';
import { primaryPartOfSpeech } from '../lexicon/primary-part-of-speech.js';
import type { MatchedValue } from '../context/context-schema.js';
import type { ValueLookup, ValueTarget } from './build-value-lookup.js';
import { normalizeValueText } from './normalize-value-text.js';
import { ownerMemo } from './owner-memo.js';
import { stemWord } from './stem-word.js';
import { wordRoot } from '../models/offline/word-root.js';
import { verbForms } from './verb-forms.js';
import { STOP_WORDS } from './stop-words.js';
import { codesSkeletoning, wordSkeletons } from './skeleton-codes.js';
import { codesListedFor } from './listed-short-codes.js';
import { codesTruncating, TRUNCATED_CODE_SCORE } from './truncated-codes.js';
import { valueAbbreviated, valuesEndingWith, valuesStartingAbbreviated, valuesStartingWith } from './values-by-start.js';
import { valuesInitialled } from './values-by-initials.js';
import { valuesPertainedTo } from './values-by-pertainym.js';
import { phraseSpelledOtherwise } from './values-by-variant-spelling.js';
import { glossWordTargets, isVerbForm } from './gloss-words.js';
import { FINITE_BE } from '../lexicon/auxiliaries.js';
import { ARTICLES, DEMONSTRATIVES } from '../lexicon/determiners.js';
import { pick, wordSet } from '../lexicon/word-set.js';

interface Token {
  text: string;
  normalized: string;
  /** The word as written, possessive ending kept ("mcdonalds" for "McDonald's"), when that differs from `normalized`. */
  written?: string;
  start: number;
  end: number;
}

const EXACT = 1;
const SAME_STEM = 0.9;
const ONE_EDIT = 0.8;
const TWO_EDITS = 0.7;
/** A code named by one word of its gloss (gloss-words.ts): below a code the word shortens. */
export const GLOSS_WORD_SCORE = 0.72;
const FINITE_BE_SET: ReadonlySet<string> = wordSet(FINITE_BE);
/** Determiners that make a noun refer to one known thing: "the", and the demonstratives. */
const DEFINITE: ReadonlySet<string> = wordSet(pick(ARTICLES, 'the'), DEMONSTRATIVES);

function tokenize(question: string): Token[] {
  const tokens: Token[] = [];
  for (const match of question.matchAll(/[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*|&/gu)) {
    const start = match.index ?? 0;
    // "Ravi Halvorsen's email": the owner is the stored name, without its possessive ending.
    const owner = /^(.{2,})['’]s$/u.exec(match[0])?.[1];
    const text = owner ?? match[0];
    tokens.push({ text, normalized: normalizeValueText(text), ...(owner ? { written: normalizeValueText(match[0]) } : {}), start, end: start + text.length });
  }
  return tokens;
}

/** Near aliases of a word, per lookup; the count of aliases added is part of the key, so values added later are seen. */
interface NearAlias {
  alias: string;
  score: number;
  /** Another form of the same verb ("failed" for 'Fail'), not a plural or a misspelling. */
  verbForm?: boolean;
}

const nearAliasMemo = ownerMemo<ValueLookup, ReadonlyArray<NearAlias>>(5_000);

function nearAliases(lookup: ValueLookup, word: string): ReadonlyArray<NearAlias> {
  return nearAliasMemo(lookup, `${lookup.added.size}\u0000${word}`, () => findNearAliases(lookup, word));
}

function findNearAliases(lookup: ValueLookup, word: string): NearAlias[] {
  const found: NearAlias[] = (lookup.stems.get(stemWord(word)) ?? []).map((alias) => ({ alias, score: SAME_STEM }));
  if (found.length > 0) return found;
  // "lose" where a gloss says 'lost': another form of the same verb.
  const forms = verbForms(word).filter((form) => lookup.aliases.has(form));
  if (forms.length > 0 || word.length < 5) return forms.map((alias) => ({ alias, score: SAME_STEM, verbForm: true }));
  const maxEdits = word.length >= 8 ? 2 : 1;
  for (let length = word.length - maxEdits; length <= word.length + maxEdits; length++) {
    for (const alias of lookup.wordsByLength.get(length) ?? []) {
      const edits = distance(word, alias);
      if (edits <= maxEdits) found.push({ alias, score: edits === 1 ? ONE_EDIT : TWO_EDITS });
    }
  }
  return found;
}

/**
 * Without the targets only an everyday name reaches when some column stores the words as they are: "USA" is the
 * airlines' stored USA, not the airports' United States; "Netherlands" is NL only where nothing stores Netherlands.
 */
function storedFirst(lookup: ValueLookup, targets: readonly ValueTarget[], token: Pick<Token, 'text' | 'normalized'>): readonly ValueTarget[] {
  if (lookup.everyday.size === 0) return targets;
  const everyday = (target: ValueTarget) => lookup.everyday.has(`${token.text}\u0000${target.key}`) || lookup.everyday.has(`${token.normalized}\u0000${target.key}`);
  const kept = targets.filter((target) => !everyday(target));
  return kept.length > 0 ? kept : targets;
}

/**
 * Finds the stored values a question names: whole phrases first ("New York" before "York"), then
 * case-insensitive exact words, then near words (same stem or one or two edits; a dictionary word in lower case is
 * never taken for a near spelling of a capitalised name).
 */
export function matchValues(
  lookup: ValueLookup,
  question: string,
  /** Whether a verb written in another form than a value's ("passed" for 'pass') names something else of the schema. */
  verbNamesOther: (word: string, targets: readonly ValueTarget[]) => boolean = () => false,
): MatchedValue[] {
  const tokens = tokenize(question);
  const used = new Array<boolean>(tokens.length).fill(false);
  const matches = new Map<string, MatchedValue>();
  const record = (targets: readonly ValueTarget[], from: number, to: number, score: number): void => {
    const matched_text = question.slice(tokens[from].start, tokens[to].end);
    for (const target of targets) {
      const key = target.key;
      const previous = matches.get(key);
      if (!previous || previous.score < score) {
        matches.set(key, { table: target.table, column: target.column, value: target.value, matched_text, score });
      }
    }
    for (let i = from; i <= to; i++) used[i] = true;
  };

  // Two words more than the longest value: a hyphenated compound may stand for a value's initials ("south-west", SW).
  const hyphenated = question.includes('-');
  for (let words = Math.min(lookup.maxWords + (hyphenated ? 2 : 0), tokens.length); words >= 1; words--) {
    for (let from = 0; from + words <= tokens.length; from++) {
      const to = from + words - 1;
      if (used.slice(from, to + 1).some(Boolean)) continue;
      if (words === 1) {
        const exactCase = lookup.exactCase.get(tokens[from].text);
        if (exactCase && tokens[from].text.length <= 2) {
          record(storedFirst(lookup, exactCase, tokens[from]), from, to, EXACT);
          continue;
        }
        // A code given as an alias ("GBR"), written in capitals; the word may be a stored value as well.
        if (exactCase && /^\p{Lu}+$/u.test(tokens[from].text)) {
          const stored = lookup.aliases.get(tokens[from].normalized) ?? [];
          record(storedFirst(lookup, [...exactCase, ...stored], tokens[from]), from, to, EXACT);
          continue;
        }
        if (tokens[from].normalized.length < 3 || STOP_WORDS.has(tokens[from].normalized)) continue;
      }
      const initialed = hyphenated && words > 1 ? withInitials(question, tokens, from, to) : undefined;
      const span = tokens.slice(from, to + 1);
      // "3-D" where 3D is stored, "e-bike" where ebike is: a hyphenated compound written closed.
      const closed = hyphenated && words > 1 && span.every((token, i) => i === 0 || question.slice(span[i - 1]!.end, token.start) === '-') ? span.map((token) => token.normalized).join('') : undefined;
      const closedCode = closed !== undefined && closed.length <= 2 ? lookup.exactCase.get(span.map((token) => token.text).join('')) : undefined;
      if (closedCode) {
        record(storedFirst(lookup, closedCode, { text: closed!, normalized: closed! }), from, to, EXACT);
        continue;
      }
      if (words > lookup.maxWords && initialed === undefined && closed === undefined) continue;
      const key = span.map((token) => token.normalized).join(' ');
      // A name stored with its "'s" ("McDonald's", "Kay's Yard") is matched as written.
      const written = span.some((token) => token.written !== undefined) ? span.map((token) => token.written ?? token.normalized).join(' ') : undefined;
      const found = lookup.aliases.has(key)
        ? key
        : written !== undefined && lookup.aliases.has(written)
          ? written
          : initialed !== undefined && lookup.aliases.has(initialed)
            ? initialed
            : closed !== undefined && (lookup.aliases.has(closed) || lookup.aliases.has(stemWord(closed)))
              ? lookup.aliases.has(closed) ? closed : stemWord(closed)
              : words > 1 && words <= lookup.maxWords
                ? (singularLast(key, lookup) ?? phraseSpelledOtherwise(lookup, key.split(' ')))
                : undefined;
      if (found !== undefined) record(storedFirst(lookup, lookup.aliases.get(found)!, { text: found, normalized: found }), from, to, EXACT);
    }
  }

  matchNameStarts(lookup, tokens, used, record);

  // "Texan towns" where TX is stored: a proper adjective names the stored place or people it pertains to.
  tokens.forEach((token, i) => {
    if (used[i] || !writtenAsName(tokens, i)) return;
    const targets = valuesPertainedTo(lookup, token.text);
    if (targets.length > 0) record(storedFirst(lookup, targets, token), i, i, EXACT);
  });

  matchInitials(lookup, question, tokens, used, record);

  tokens.forEach((token, i) => {
    if (used[i] || token.normalized.length < 4 || STOP_WORDS.has(token.normalized) || /^\d+$/.test(token.normalized)) return;
    let commonWord: boolean | undefined;
    // A common word written in lower case ("sales") is not a misspelt name ("Salem"); a spelling variant still is
    // ("canceled"). The dictionary is asked only when a near spelling of a name turns up.
    const isCommonWord = (): boolean => (commonWord ??= token.text === token.text.toLowerCase() && primaryPartOfSpeech(token.normalized) !== undefined);
    for (const { alias, score, verbForm } of nearAliases(lookup, token.normalized)) {
      if (verbForm && verbNamesOther(token.normalized, lookup.aliases.get(alias) ?? [])) continue;
      // "child" one letter from a stored 'CHLD' is the word's consonants, matched as such below.
      if (score < SAME_STEM && lookup.codes.has(alias) && wordSkeletons(token.normalized).includes(alias)) continue;
      // "score" is no misspelt 'store': a near spelling that is a word of its own names something else.
      if (score < SAME_STEM && isCommonWord() && otherEnglishWord(token.normalized, alias)) continue;
      const targets = lookup.aliases.get(alias) ?? [];
      const names = score < SAME_STEM ? targets.filter((target) => /^\p{Lu}/u.test(target.value)) : [];
      record(names.length > 0 && isCommonWord() ? targets.filter((target) => !names.includes(target)) : targets, i, i, score);
    }
  });

  tokens.forEach((token, i) => {
    if (used[i] || /^\d/.test(token.normalized)) return;
    const truncated = codesTruncating(lookup, token.normalized);
    const skeletoned = truncated.length > 0 ? truncated : codesSkeletoning(lookup, token.normalized);
    // "complaints" is no 'CMP' the comment glosses "completed": a code whose meaning the comment gives shortens only
    // a word of that meaning ("emergency" for 'EMERG' "emergency callout"), however its letters look.
    const shortened = skeletoned.filter((target) => glossAllows(lookup, target, token.normalized));
    const targets = skeletoned.length > 0 ? shortened : codesListedFor(lookup, token.normalized);
    if (targets.length > 0) record(targets, i, i, TRUNCATED_CODE_SCORE);
  });

  // "assistants" where 'L1' alone is glossed "Level 1 assistant teacher": a word one code's gloss alone holds.
  tokens.forEach((token, i) => {
    if (used[i] || token.text !== token.text.toLowerCase() || !/^\p{L}+$/u.test(token.normalized)) return;
    // "registered with the practice" where 'PN' is glossed "practice nurse": a noun after "the" refers to one thing, not a kind of row.
    if (i > 0 && DEFINITE.has(tokens[i - 1]!.normalized)) return;
    // Gloss targets first: the WordNet readings below are asked only of a word some code's gloss holds.
    const glossTargets = glossWordTargets(lookup, token.normalized);
    if (glossTargets.length === 0) return;
    // "failed deliveries" where "deliveries" already shortened 'DLV': a column already named keeps its value.
    // "playground size" where 'PORT' is glossed "portion size", "a wind turbine gearbox" where 'GBX_T' is "gearbox oil
    // temperature": a noun another noun narrows is that noun's, not the code's, unless the gloss says the other too.
    const before = tokens[i - 1];
    const nounBefore = before !== undefined && !STOP_WORDS.has(before.normalized) && primaryPartOfSpeech(before.normalized) === 'noun';
    if (nounBefore && isNominal(token.normalized) && !glossTargets.some((target) => glossSays(lookup, target, before!.normalized))) return;
    // "the iPhones we repaired were 256GB models": a verb of a clause inside the subject, before the main verb, says
    // which rows are meant, not the state a code records.
    if (isVerbForm(token.normalized) && tokens.slice(i + 1).some((later) => FINITE_BE_SET.has(later.normalized))) return;
    const targets = glossTargets.filter((target) => ![...matches.values()].some((match) => match.table === target.table && match.column === target.column && match.value !== target.value));
    if (targets.length > 0) record(targets, i, i, GLOSS_WORD_SCORE);
  });

  return [...matches.values()].sort((a, b) => b.score - a.score);
}

/**
 * "ring-tailed lemurs" for a stored 'Ring-tailed lemur': a phrase of several words whose last is a plural ("-s", "-es",
 * "-ies") of the stored value's last word. A value of one word meets its plural by stem (nearAliases).
 */
function singularLast(key: string, lookup: ValueLookup): string | undefined {
  const last = key.slice(key.lastIndexOf(' ') + 1);
  const stem = key.slice(0, key.lastIndexOf(' ') + 1);
  const singulars = last.endsWith('ies') ? [`${last.slice(0, -3)}y`] : last.endsWith('es') ? [last.slice(0, -2), last.slice(0, -1)] : last.endsWith('s') && !last.endsWith('ss') ? [last.slice(0, -1)] : [];
  return singulars.map((singular) => stem + singular).find((candidate) => lookup.aliases.has(candidate));
}

/**
 * "south-west approaches" for a stored "SW Approaches": the span's words with each hyphenated compound written as its
 * initials; undefined when the span has none, cuts one, or is nothing but one.
 */
function withInitials(question: string, tokens: readonly Token[], from: number, to: number): string | undefined {
  const joined = (i: number) => i + 1 < tokens.length && question.slice(tokens[i]!.end, tokens[i + 1]!.start) === '-';
  if ((from > 0 && joined(from - 1)) || joined(to)) return undefined;
  const parts: string[] = [];
  let compounds = 0;
  for (let i = from; i <= to; i++) {
    let end = i;
    while (end < to && joined(end)) end++;
    if (end > i) {
      compounds++;
      parts.push(tokens.slice(i, end + 1).map((token) => token.normalized[0]).join(''));
    } else parts.push(tokens[i]!.normalized);
    i = end;
  }
  return compounds > 0 && parts.length > 1 ? parts.join(' ') : undefined;
}

/** Whether the token is written as a name: a capital first, and, first in the question, no dictionary word ("Which"). */
function writtenAsName(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!/^\p{Lu}/u.test(token.text) || STOP_WORDS.has(token.normalized)) return false;
  return i > 0 || primaryPartOfSpeech(token.normalized) === undefined;
}

/**
 * "teachers from Bolton" where Bolton County Borough is stored, "When does Geog start?" where Geography is: a run of
 * words written as names that no stored value spells whole names the values of one column it starts, word for word
 * (unless it modifies a noun after it), or, one word and no dictionary word, the one value it abbreviates. Scored as
 * a same-stem match, the abbreviation as the name it is.
 */
function matchNameStarts(lookup: ValueLookup, tokens: readonly Token[], used: boolean[], record: (targets: readonly ValueTarget[], from: number, to: number, score: number) => void): void {
  for (let from = 0; from < tokens.length; from++) {
    if (used[from] || !writtenAsName(tokens, from)) continue;
    let to = from;
    while (to + 1 < tokens.length && !used[to + 1] && writtenAsName(tokens, to + 1)) to++;
    const name = tokens.slice(from, to + 1).map((token) => token.normalized).join(' ');
    // "the Latin side" where Latin victory is stored: a name modifying the noun after it is not the value named.
    const next = tokens[to + 1];
    const modifier = next !== undefined && next.text === next.normalized && !STOP_WORDS.has(next.normalized) && primaryPartOfSpeech(next.normalized) === 'noun';
    // ... unless the noun is what the stored name names: "the Ystrad depot" where depots.depot_nm holds Ystrad Yard.
    const namedStarts = modifier ? valuesStartingWith(lookup, name, next!.normalized) : [];
    const starts = !modifier ? startingWith(lookup, name) : namedStarts.length > 0 ? namedStarts : wholeAbbreviated(lookup, name);
    // "the Morag Dubh" where MV Morag Dubh is stored: a name of several words that ends one stored name.
    const endsOf = starts.length === 0 && from < to && !modifier ? valuesEndingWith(lookup, name) : [];
    if (starts.length > 0) record(starts, from, to, SAME_STEM);
    else if (endsOf.length > 0) record(endsOf, from, to, SAME_STEM);
    else if (from === to && primaryPartOfSpeech(name) === undefined) {
      const abbreviated = valueAbbreviated(lookup, name);
      // A surname no dictionary knows ("hosted by Bielecki") ends the stored full name; a shortening ("Ltd") is no surname.
      const surnameOf = abbreviated.length > 0 || modifier || name.length < 4 ? [] : valuesEndingWith(lookup, name);
      if (abbreviated.length > 0) record(abbreviated, from, to, EXACT);
      else if (surnameOf.length > 0) record(surnameOf, from, to, SAME_STEM);
    }
    from = to;
  }
}

/**
 * "Labradors" for a stored Labrador Retriever: a name's start as written, or, when its last word is the plural of a
 * dictionary noun (not a surname like "Williams"), with that word singular, or, when it is no dictionary word, cut
 * short ("Marlow St").
 */
function startingWith(lookup: ValueLookup, name: string): readonly ValueTarget[] {
  const found = valuesStartingWith(lookup, name);
  if (found.length > 0) return found;
  const singular = stemWord(name);
  const plural = singular === name ? [] : valuesStartingWith(lookup, singular);
  if (plural.length > 0 && primaryPartOfSpeech(singular.slice(singular.lastIndexOf(' ') + 1)) === 'noun') return plural;
  // "Marlow St" for Marlow Street Dental Practice: a last word no dictionary knows, cut short from the stored one.
  return primaryPartOfSpeech(name.slice(name.lastIndexOf(' ') + 1)) === undefined ? valuesStartingAbbreviated(lookup, name) : [];
}

/**
 * "the Queen St shop" for a stored 'Queen Street': a name whose last word, no dictionary word, is cut short from the
 * last word of a whole stored value names that value, also before a noun; "the Latin side" where 'Latin victory' is
 * stored still names no value, the stored one being longer than the name.
 */
function wholeAbbreviated(lookup: ValueLookup, name: string): readonly ValueTarget[] {
  if (primaryPartOfSpeech(name.slice(name.lastIndexOf(' ') + 1)) !== undefined) return [];
  const words = name.split(' ').length;
  return valuesStartingAbbreviated(lookup, name).filter((target) => normalizeValueText(target.value).split(' ').length === words);
}

/** Most words an initialism spells out ("Houses in Multiple Occupation" is four), small words inside included. */
const MAX_INITIALLED_WORDS = 6;

/**
 * "houses in multiple occupation" where HMO is stored, "UK Power Networks" where UKPN is: the longest run of unmatched
 * words whose initials are a value stored in capitals (values-by-initials.ts), matched as an alias would be.
 */
function matchInitials(lookup: ValueLookup, question: string, tokens: readonly Token[], used: boolean[], record: (targets: readonly ValueTarget[], from: number, to: number, score: number) => void): void {
  for (let words = Math.min(MAX_INITIALLED_WORDS, tokens.length); words >= 2; words--) {
    for (let from = 0; from + words <= tokens.length; from++) {
      const to = from + words - 1;
      if (used.slice(from, to + 1).some(Boolean)) continue;
      // Words an initialism spells out run on: no comma or full stop between them.
      if (tokens.slice(from + 1, to + 1).some((token, i) => !/^[\s-]+$/.test(question.slice(tokens[from + i]!.end, token.start)))) continue;
      const targets = valuesInitialled(lookup, tokens.slice(from, to + 1).map((token) => token.text));
      if (targets.length > 0) record(targets, from, to, EXACT);
    }
  }
}

/** Whether a code the word's letters shorten may be that word: no gloss says what it means, or a word of its gloss is the word or shares its stem. */
function glossAllows(lookup: ValueLookup, target: ValueTarget, word: string): boolean {
  const glosses = lookup.codeGlosses.get(target.key);
  if (!glosses) return true;
  const root = wordRoot(word);
  return glosses.some((gloss) => gloss.toLowerCase().split(/[^\p{L}]+/u).some((part) => part.length > 0 && (part === word || sharesStem(wordRoot(part), root))));
}

/** "treated" and the gloss "treatment started": one stem starts the other (four letters at least), as a word and its derived noun do. */
const sharesStem = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));

/** Whether the gloss of the code names the word (its stem) too: "portion" of "portion size". */
function glossSays(lookup: ValueLookup, target: ValueTarget, word: string): boolean {
  const stem = stemWord(word);
  return (lookup.codeGlosses.get(target.key) ?? []).some((gloss) => gloss.toLowerCase().split(/[^\p{L}]+/u).some((part) => part.length > 0 && stemWord(part) === stem));
}

/** A noun, or a word the dictionary does not know ("gearbox"): no verb, adjective or adverb. */
function isNominal(word: string): boolean {
  const part = primaryPartOfSpeech(word);
  return part === undefined || part === 'noun';
}
