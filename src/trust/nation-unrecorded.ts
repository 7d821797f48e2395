import type { NameVocabulary } from '../catalog/name-vocabulary.js';
import { normalizeValueText } from '../catalog/normalize-value-text.js';
import type { MatchedValue, TableSchema } from '../context/context-schema.js';
import { bareName } from '../models/offline/bare-name.js';
import { columnKinds, namesPlace } from './column-kind.js';
import { firstSenseAncestors } from '../lexicon/first-sense-ancestors.js';
import type { GroundedWord } from './ground-question.js';

/**
 * A nation the question names ("How many people die in the UK each year?", "the average cost of a wedding in the UK",
 * "the minimum age for driving on UK roads") where nothing in the namespace records which nation anything is in: no
 * table or column is named for countries or nations (country, nation, nationality, citizenship) and no stored value
 * spells the name. One organisation's rows cannot be told apart by a nation they do not record, so a question scoped
 * to one asks about the country at large, a fact of the world. A nation is a name whose first WordNet sense is a
 * country and a state, not a city ("England", "the UK" as U.K.; not "London", nor "Wales", a principality). A name
 * inside a longer capitalised one ("Riverside Scotland", "Bank of England") is an organisation's, left to the rules
 * for other organisations; a name opening the question may be any word written with a capital. Where a column records
 * countries, a nation no value spells ("How many of our donors live in France?") is left to the query.
 */
export function nationUnrecorded(
  question: string,
  words: readonly GroundedWord[],
  matchedValues: readonly MatchedValue[],
  vocabulary: NameVocabulary,
  tables: readonly TableSchema[],
): string | undefined {
  if (!NAME_START.test(question)) return undefined;
  if (NATION_NAMES.some((name) => vocabulary.column.has(name) || vocabulary.table.has(name))) return undefined;
  for (const match of question.matchAll(NAME)) {
    const name = match[0];
    const start = match.index;
    if (start === 0 || /^\s*$/.test(question.slice(0, start))) continue;
    const after = question.slice(start + name.length);
    // "Riverside Scotland", "Bank of England", "England Athletics": part of a longer name (the question's first word
    // aside, which any sentence capitalises).
    const previous = /(?:^|\s)(\S+)\s+(?:of\s+(?:the\s+)?)?$/.exec(question.slice(0, start));
    const opening = previous !== null && previous.index === question.search(/\S/);
    if ((previous && /^[A-Z]/.test(previous[1]!) && !opening) || /^\s+[A-Z]/.test(after)) continue;
    // A word of the name the data links (a stored value, a table or column name) is the data's own.
    const end = start + name.length;
    if (words.some((entry) => entry.word.offset >= start && entry.word.offset < end && entry.evidence !== undefined && entry.evidence !== 'text')) continue;
    // A stored value that spells the name or holds it as a word.
    const spelled = normalizeValueText(name);
    if (matchedValues.some((value) => normalizeValueText(value.value).split(/\s+/).includes(spelled))) continue;
    // "guests from Germany" where no linked table records a place at all: judge-place-unrecorded.ts declines it after
    // the query, having read the whole catalog; an acronym ("the UK") it does not read.
    if (!/^[A-Z]{2,3}$/.test(name) && !recordsPlaces(tables)) continue;
    // WordNet last: the checks above settle most names without loading it.
    if (!isNation(name)) continue;
    // The same nation written out ('United Kingdom' for "UK"); not a person's initials a lookup matched ('Umar Kershaw'
    // for "UK").
    if (matchedValues.some((value) => normalizeValueText(value.matched_text) === spelled && isNation(value.value))) continue;
    return name;
  }
  return undefined;
}

/** Whether a linked table records places: a table named for them or a column of places (column-kind.ts). */
const recordsPlaces = (tables: readonly TableSchema[]): boolean =>
  tables.some((table) => namesPlace(bareName(table.name)) || table.columns.some((column) => columnKinds(column, table).has('place')));

/** Whether a name's first WordNet sense is a nation: a country and a state, not a city. */
function isNation(name: string): boolean {
  const lemmas = /^[A-Z]{2,3}$/.test(name.trim()) ? [`${name.toLowerCase().split('').join('.')}.`, name.toLowerCase()] : [name.toLowerCase().split(/\s+/).join('_')];
  return lemmas.some((lemma) => {
    const ancestors = firstSenseAncestors(lemma);
    return ancestors.has('country') && ancestors.has('state') && !ancestors.has('city') && !ancestors.has('municipality');
  });
}

/** Name words that say a column or table records nations. */
const NATION_NAMES = ['country', 'countries', 'nation', 'nations', 'nationality', 'citizenship'];

/** A run of capitalised words, or an acronym of two or three capitals. */
const NAME = /\b(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*|[A-Z]{2,3})\b/g;
const NAME_START = /\s[A-Z]/;
